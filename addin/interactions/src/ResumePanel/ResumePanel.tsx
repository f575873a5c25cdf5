import { useRef, useState } from 'react';
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
import { ItemLine } from './ItemLine';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface ResumePanelProps {
  /** One postponed interaction, or those of one item (finished with the same values). */
  entries: InteractionLogEntry[];
  onFinished: (entries: InteractionLogEntry[]) => void;
  onCancel: () => void;
}

/** Finishes postponed interactions with the form prefilled from the first; names the contacts and the item. */
export function ResumePanel({ entries, onFinished, onCancel }: ResumePanelProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api } = useInterlog();
  const reference = useReferenceData();
  const first = entries[0]!;
  const [values, setValues] = useState<InteractionValues>(() => valuesFromEntry(first));
  const queryClient = useQueryClient();
  // Those finished already: pressing Finish again after a partial failure finishes only the rest.
  const finished = useRef(new Map<number, InteractionLogEntry>());
  const resume = useMutation({
    mutationFn: async () => {
      const input = toInteractionInput(values);
      const waiting = entries.filter((entry) => !finished.current.has(entry.entryNo));
      await Promise.all(
        waiting.map(async (entry) =>
          finished.current.set(entry.entryNo, await api.interactions.resume(entry.entryNo, input)),
        ),
      );
      return [...finished.current.values()];
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.interactions.all }),
    onSuccess: onFinished,
  });
  const saving = resume.isPending;
  const finish = () => !saving && resume.mutate();
  const names = entries.map((entry) => `${entry.contactName || entry.contactNo} (${entry.contactNo})`).join(', ');

  return (
    <section className={styles.panel} aria-labelledby="resume-heading">
      <Subtitle2 as="h2" id="resume-heading">
        {entries.length === 1
          ? t('form.resumeTitle', { entryNo: first.entryNo })
          : t('form.resumeTitleMany', { count: entries.length })}
      </Subtitle2>
      <Text data-testid="resume-contacts">{t('form.resumeContacts', { names })}</Text>
      <ItemLine entry={first} />
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
      {resume.error && (
        <Text role="alert" className={styles.error}>
          {problemText(t, resume.error)}
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
