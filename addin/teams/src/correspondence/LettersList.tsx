import { useId } from 'react';
import { Button, Caption1, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { queryKeys, type Attachment, type DownloadedFile } from '@interlog/api-client';
import { useFormat } from '@interlog/i18n';
import { useInterlog } from '@interlog/app-shell';
import { useQuery } from '@tanstack/react-query';
import { useAction, saveFile, ProblemBar } from '@interlog/ui-kit';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '720px' },
  heading: { margin: 0 },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  icon: { fontSize: '24px', color: tokens.colorBrandForeground1, flexShrink: 0 },
  file: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  summary: { color: tokens.colorNeutralForeground3 },
});

/**
 * The letters documents of a logged segment (one per template with a Word template), each to
 * download. None: nothing shown, or `emptyText` where the list is what the user came for.
 */
export function LettersList({ loggedSegmentEntryNo, emptyText }: { loggedSegmentEntryNo: number; emptyText?: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const format = useFormat();
  const { api } = useInterlog();
  const headingId = useId();
  const download = useAction();
  // The server made them when the segment was logged: this finds them (and never makes a second copy).
  const letters = useQuery({
    queryKey: queryKeys.loggedSegments.letters(loggedSegmentEntryNo),
    queryFn: () => api.letters.generate(loggedSegmentEntryNo),
  });

  const items = letters.data?.attachments ?? [];
  const own = letters.data?.ownLetters ?? [];
  // Quiet (no emptyText): shown only once there are letters.
  if (!emptyText && items.length + own.length === 0)
    return letters.status === 'error' ? <ProblemBar error={letters.error} /> : null;
  const save = (file: () => Promise<DownloadedFile>) => void download.run(async () => saveFile(await file()));
  const item = (key: string, fileName: string, summary: string, file: () => Promise<DownloadedFile>) => (
    <li key={key} className={styles.item}>
      <DocumentRegular className={styles.icon} aria-hidden />
      <div className={styles.file}>
        <Text weight="semibold">{fileName}</Text>
        <Caption1 className={styles.summary}>{summary}</Caption1>
      </div>
      <Button
        icon={<ArrowDownloadRegular />}
        disabled={download.busy}
        aria-label={t('correspondence.letters.downloadFile', { fileName })}
        onClick={() => save(file)}
      >
        {t('correspondence.letters.download')}
      </Button>
    </li>
  );
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {t('correspondence.letters.heading')}
      </Text>
      {letters.isFetching && items.length === 0 && <Spinner size="tiny" label={t('correspondence.letters.loading')} />}
      {letters.isSuccess && !letters.isFetching && items.length + own.length === 0 && <Text>{emptyText}</Text>}
      {items.length + own.length > 0 && (
        <ul className={styles.list}>
          {items.map((attachment: Attachment) =>
            item(
              `a${attachment.attachmentNo}`,
              attachment.fileName,
              t('correspondence.letters.summary', {
                count: attachment.letters,
                formatted: format.number(attachment.letters),
                size: format.fileSize(attachment.size),
              }),
              () => api.letters.download(attachment),
            ),
          )}
          {own.map((letter) =>
            item(
              `e${letter.entryNo}`,
              letter.fileName,
              t('correspondence.letters.ownSummary', {
                contactNo: letter.contactNo,
                size: format.fileSize(letter.size),
              }),
              () => api.letters.downloadOwn(letter),
            ),
          )}
        </ul>
      )}
      <ProblemBar
        error={letters.status === 'error' ? letters.error : download.error}
        onDismiss={letters.status === 'error' ? undefined : download.clearError}
      />
    </section>
  );
}
