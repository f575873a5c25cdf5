import { useState, type ReactElement } from 'react';
import { Button, Field, Input, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { LineOverridableField, PatchSegmentLineInput, SegmentLine } from '@interlog/api-client';
import { ChoiceField, FormDialog } from '@interlog/ui-kit';
import { TemplatePicker } from '@interlog/interactions';
import type { ReferenceData } from '@interlog/interactions';
import { interactionChoices } from './interaction-choices';
import { LineLetterField } from './LineLetterField';

type Values = Pick<SegmentLine, LineOverridableField>;

const useStyles = makeStyles({
  row: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    '> :first-child': { flexGrow: 1, minWidth: 0 },
  },
  // The note takes the dialog's width; its Remove button sits under it.
  note: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: tokens.spacingVerticalXS },
  noteField: { alignSelf: 'stretch' },
});

export interface LineEditDialogProps {
  segmentNo: string;
  line: SegmentLine;
  reference: ReferenceData;
  busy: boolean;
  error: unknown;
  onSave: (input: PatchSegmentLineInput) => void;
  onCancel: () => void;
  /** Reads the line again (after a save refused because someone else changed it). */
  onReload: () => void;
  /** The line's own letter was uploaded or removed (that is stored at once, not on Save). */
  onLetterChanged: (hasOwnLetter: boolean) => void;
}

/**
 * A line's own interaction values: a changed field overrides the header;
 * "Use the segment's" gives it back to the header.
 */
export function LineEditDialog(props: LineEditDialogProps) {
  const { segmentNo, line, reference, busy, error, onSave, onCancel, onReload, onLetterChanged } = props;
  const { t } = useTranslation();
  const styles = useStyles();
  const [values, setValues] = useState<Values>({
    templateCode: line.templateCode,
    description: line.description,
    subject: line.subject,
    correspondenceType: line.correspondenceType,
    languageCode: line.languageCode,
  });
  const [reset, setReset] = useState<Set<LineOverridableField>>(new Set());
  const [note, setNote] = useState(line.personalNote);
  const choices = interactionChoices(t, reference.salespeople);
  const set = (change: Partial<Values>) => {
    setValues((v) => ({ ...v, ...change }));
    setReset((r) => new Set([...r].filter((f) => !(f in change))));
  };
  const overridden = (field: LineOverridableField) =>
    !reset.has(field) && (line.overridden.includes(field) || values[field] !== line[field]);
  const submit = () => {
    const input: PatchSegmentLineInput = {};
    for (const field of Object.keys(values) as LineOverridableField[]) {
      if (!reset.has(field) && values[field] !== line[field]) (input as Record<string, unknown>)[field] = values[field];
    }
    if (reset.size) input.resetOverrides = [...reset];
    if (note.trim() !== line.personalNote) input.personalNote = note;
    if (Object.keys(input).length) onSave(input);
    else onCancel();
  };
  const withReset = (field: LineOverridableField, control: ReactElement) => (
    <div className={styles.row}>
      {control}
      {overridden(field) && (
        <Button
          size="small"
          onClick={() => setReset((r) => new Set(r).add(field))}
          aria-label={t('segments.lines.resetField', { field: t(`segments.lines.field.${field}`) })}
        >
          {t('segments.lines.reset')}
        </Button>
      )}
    </div>
  );
  return (
    <FormDialog
      open
      title={t('segments.lines.editTitle', { name: line.contactName, no: line.contactNo })}
      submitLabel={t('segments.lines.save')}
      busy={busy}
      error={error}
      onSubmit={submit}
      onCancel={onCancel}
      onReload={onReload}
    >
      <Text>{t('segments.lines.editIntro')}</Text>
      {withReset(
        'templateCode',
        <TemplatePicker
          templates={reference.templates}
          groups={reference.groups}
          value={values.templateCode}
          onChange={(template) => set({ templateCode: template.code })}
        />,
      )}
      {withReset(
        'description',
        <Field label={t('form.description')}>
          <Input value={values.description} maxLength={100} onChange={(_, d) => set({ description: d.value })} />
        </Field>,
      )}
      {withReset(
        'subject',
        <Field label={t('segments.fields.subject')}>
          <Input value={values.subject} maxLength={250} onChange={(_, d) => set({ subject: d.value })} />
        </Field>,
      )}
      {withReset(
        'correspondenceType',
        <ChoiceField
          label={t('segments.fields.correspondenceType')}
          value={values.correspondenceType}
          choices={choices.correspondence}
          onChange={(correspondenceType) => set({ correspondenceType })}
        />,
      )}
      {withReset(
        'languageCode',
        <Field label={t('segments.fields.languageCode')}>
          <Input value={values.languageCode} maxLength={10} onChange={(_, d) => set({ languageCode: d.value })} />
        </Field>,
      )}
      <div className={styles.note}>
        <Field
          className={styles.noteField}
          label={t('segments.lines.personalNote')}
          hint={t('segments.lines.personalNoteHint')}
        >
          <Textarea value={note} maxLength={4000} rows={4} resize="vertical" onChange={(_, d) => setNote(d.value)} />
        </Field>
        {note !== '' && (
          <Button size="small" onClick={() => setNote('')}>
            {t('segments.lines.clearNote')}
          </Button>
        )}
      </div>
      {line.correspondenceType === 'hardCopy' && (
        <LineLetterField segmentNo={segmentNo} line={line} onChanged={onLetterChanged} />
      )}
    </FormDialog>
  );
}
