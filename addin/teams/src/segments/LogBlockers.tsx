import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SegmentLogPreview } from '@interlog/api-client';
import { useFormat } from '@interlog/i18n';

const useStyles = makeStyles({
  lines: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Whether logging would be refused: lines without an interaction template, or templates that do not exist. */
export const logIsBlocked = (preview: SegmentLogPreview) =>
  preview.linesWithoutTemplate.count > 0 || preview.missingTemplates.length > 0;

/** Why the segment cannot be logged as it is, naming the lines to fix. */
export function LogBlockers({ preview }: { preview: SegmentLogPreview }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const format = useFormat();
  const { count, lines } = preview.linesWithoutTemplate;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('segments.log.blocked.title')}</MessageBarTitle>
        {count > 0 && (
          <>
            {t('segments.log.blocked.linesWithoutTemplate', { count, formatted: format.number(count) })}
            <ul className={styles.lines}>
              {lines.map((line) => (
                <li key={line.lineNo}>{`${line.contactName || line.contactNo} (${line.contactNo})`}</li>
              ))}
              {count > lines.length && (
                <li>{t('segments.log.blocked.more', { formatted: format.number(count - lines.length) })}</li>
              )}
            </ul>
          </>
        )}
        {preview.missingTemplates.length > 0 &&
          t('segments.log.blocked.missingTemplates', { templates: preview.missingTemplates.join(', ') })}
      </MessageBarBody>
    </MessageBar>
  );
}
