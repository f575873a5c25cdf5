import { Button, Spinner, Text } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { SegmentLine } from '@interlog/api-client';
import { DialogFrame, ProblemBar, saveFile, useAction, useDialogFrameStyles } from '@interlog/ui-kit';
import { useInterlog } from '@interlog/app-shell';
import { useEmailCardStyles } from './email-card-styles';
import { Addressee } from './Addressee';

/** What one line's contact would receive if the segment were logged now: the merged email and letter. */
export function LinePreviewDialog({
  segmentNo,
  line,
  onClose,
}: {
  segmentNo: string;
  line: SegmentLine;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const styles = useEmailCardStyles();
  const frame = useDialogFrameStyles();
  const { api } = useInterlog();
  const download = useAction();
  const preview = useQuery({
    queryKey: ['segments', 'one', segmentNo, 'line-preview', line.lineNo],
    queryFn: () => api.segments.linePreview(segmentNo, line.lineNo),
    gcTime: 0,
  });
  const { email, letter } = preview.data ?? { email: null, letter: null };
  return (
    <DialogFrame
      title={t('segments.lines.preview.title', { name: line.contactName })}
      onDismiss={onClose}
      contentClassName={frame.stack}
      actions={
        <Button appearance="secondary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      {preview.isPending && <Spinner size="tiny" label={t('segments.lines.preview.loading')} />}
      <ProblemBar
        error={preview.error ?? download.error}
        onDismiss={download.error ? download.clearError : undefined}
      />
      {preview.data && !email && !letter && <Text>{t('segments.lines.preview.nothing')}</Text>}
      {email && (
        <div className={styles.email} role="group" aria-label={t('segments.lines.preview.email')}>
          <Text className={styles.label}>{t('segments.log.emails.to')}</Text>
          <Text>
            <Addressee name={line.contactName} address={email.address} />
          </Text>
          <Text className={styles.label}>{t('segments.log.emails.subject')}</Text>
          <Text weight="semibold">{email.subject}</Text>
          <Text className={styles.body}>{email.text}</Text>
        </div>
      )}
      {letter && (
        <div>
          <Button
            icon={<ArrowDownloadRegular />}
            disabled={download.busy}
            onClick={() =>
              void download.run(async () => saveFile(await api.segments.linePreviewLetter(segmentNo, line.lineNo)))
            }
          >
            {t('segments.lines.preview.letter', { fileName: letter.fileName })}
          </Button>
        </div>
      )}
    </DialogFrame>
  );
}
