import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SegmentLogPreview } from '@interlog/api-client';
import { useFormat } from '@interlog/i18n';

/** Personal notes that logging would drop because a template has no {personalNote}: said, not silently lost. */
export function NotesWarning({ preview }: { preview: SegmentLogPreview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { lines, templatesWithoutField } = preview.personalNotes;
  if (templatesWithoutField.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {t('segments.lines.notesDropped', {
          count: lines,
          formatted: format.number(lines),
          templates: templatesWithoutField.join(', '),
        })}
      </MessageBarBody>
    </MessageBar>
  );
}
