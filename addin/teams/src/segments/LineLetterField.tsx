import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular, DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { DOCX_MEDIA_TYPE, type SegmentLine } from '@interlog/api-client';
import { FileButton, ProblemBar, useAction } from '@interlog/ui-kit';
import { useInterlog } from '@interlog/app-shell';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface LineLetterFieldProps {
  segmentNo: string;
  line: SegmentLine;
  /** The line's letter was uploaded (true) or removed (false). */
  onChanged: (hasOwnLetter: boolean) => void;
}

/** A hard-copy line's own letter: an uploaded .docx that this contact gets instead of the merged one. */
export function LineLetterField({ segmentNo, line, onChanged }: LineLetterFieldProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api } = useInterlog();
  const action = useAction();
  const upload = (file: File) =>
    action.run(async () => {
      await api.segments.uploadLineLetter(segmentNo, line.lineNo, file, file.name);
      onChanged(true);
    });
  const remove = () =>
    action.run(async () => {
      await api.segments.removeLineLetter(segmentNo, line.lineNo);
      onChanged(false);
    });
  return (
    <section className={styles.root} aria-labelledby="line-letter-heading">
      <Text id="line-letter-heading" weight="semibold">
        {t('segments.lines.letter.heading')}
      </Text>
      <Text>{t(line.hasOwnLetter ? 'segments.lines.letter.own' : 'segments.lines.letter.merged')}</Text>
      <Text size={200} className={styles.hint}>
        {t('segments.lines.letter.hint')}
      </Text>
      <ProblemBar error={action.error} />
      <div className={styles.buttons}>
        <FileButton
          accept={`.docx,${DOCX_MEDIA_TYPE}`}
          icon={<ArrowUploadRegular />}
          disabled={action.busy}
          onFile={upload}
        >
          {t(line.hasOwnLetter ? 'segments.lines.letter.replace' : 'segments.lines.letter.upload')}
        </FileButton>
        {line.hasOwnLetter && (
          <Button icon={<DeleteRegular />} disabled={action.busy} onClick={remove}>
            {t('segments.lines.letter.remove')}
          </Button>
        )}
      </div>
    </section>
  );
}
