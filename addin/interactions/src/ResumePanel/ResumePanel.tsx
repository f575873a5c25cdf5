import { useState } from 'react';
import { Button, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys, type InteractionLogEntry } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { useReferenceData } from '../hooks/use-reference-data';
import { InteractionFields } from '../InteractionFields/InteractionFields';
import {
  applyTemplate,
  toInteractionInput,
  valuesFromEntry,
  type InteractionValues,
} from '../InteractionFields/interaction-values';
import { TemplatePicker } from '../TemplatePicker/TemplatePicker';
import { problemText } from '@interlog/ui-kit';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface ResumePanelProps {
  entry: InteractionLogEntry;
  onFinished: (entry: InteractionLogEntry) => void;
  onCancel: () => void;
}

/** Finishes a postponed interaction with the form prefilled from it. */
export function ResumePanel({ entry, onFinished, onCancel }: ResumePanelProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api } = useInterlog();
  const reference = useReferenceData();
  const [values, setValues] = useState<InteractionValues>(() => valuesFromEntry(entry));
  const queryClient = useQueryClient();
  const resume = useMutation({
    mutationFn: () => api.interactions.resume(entry.entryNo, toInteractionInput(values)),
    onSuccess: (finished) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.interactions.all });
      onFinished(finished);
    },
  });
  const saving = resume.isPending;
  const error = resume.error;
  const finish = () => !saving && resume.mutate();

  return (
    <section className={styles.panel} aria-labelledby="resume-heading">
      <Subtitle2 as="h2" id="resume-heading">
        {t('form.resumeTitle', { entryNo: entry.entryNo })}
      </Subtitle2>
      <Text>{entry.contactNo}</Text>
      {reference.data ? (
        <>
          <TemplatePicker
            templates={reference.data.templates}
            groups={reference.data.groups}
            value={values.templateCode}
            onChange={(template) => setValues((current) => applyTemplate(current, template))}
          />
          <InteractionFields
            values={values}
            salespeople={reference.data.salespeople}
            onChange={(change) => setValues((current) => ({ ...current, ...change }))}
          />
        </>
      ) : (
        <Spinner size="tiny" label={t('common.loading')} />
      )}
      {error && (
        <Text role="alert" className={styles.error}>
          {problemText(t, error)}
        </Text>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={saving || !values.templateCode}
          onClick={() => void finish()}
          icon={saving ? <Spinner size="tiny" /> : undefined}
        >
          {saving ? t('status.saving') : t('form.finish')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancelResume')}</Button>
      </div>
    </section>
  );
}
