import { useState } from 'react';
import { Button, Card, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { versionOf, type PatchSegmentInput, type Segment, type SegmentInteraction } from '@interlog/api-client';
import { useMutation } from '@tanstack/react-query';
import { AmountField, ChoiceField, DateField, ProblemBar } from '@interlog/ui-kit';
import { TemplatePicker } from '@interlog/interactions';
import { useInterlog } from '@interlog/app-shell';
import type { ReferenceData } from '@interlog/interactions';
import { interactionChoices } from './interaction-choices';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    // A label that wraps to two lines pushes only itself up: the inputs of a row stay level.
    alignItems: 'end',
    '> *': { minWidth: 0 },
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type Draft = Pick<Segment, 'description' | 'date' | 'salespersonCode'> & { interaction: SegmentInteraction };
const draftOf = (segment: Segment): Draft => ({
  description: segment.description,
  date: segment.date,
  salespersonCode: segment.salespersonCode,
  interaction: segment.interaction,
});

/** Only what the user changed goes to the server, so a line's own overrides stay as they are. */
function changesOf(saved: Draft, draft: Draft): PatchSegmentInput | null {
  const changes: PatchSegmentInput = {};
  for (const key of ['description', 'date', 'salespersonCode'] as const)
    if (draft[key] !== saved[key]) changes[key] = draft[key];
  const interaction: Partial<SegmentInteraction> = {};
  for (const key of Object.keys(draft.interaction) as (keyof SegmentInteraction)[]) {
    if (draft.interaction[key] !== saved.interaction[key])
      (interaction as Record<string, unknown>)[key] = draft.interaction[key];
  }
  if (Object.keys(interaction).length) changes.interaction = interaction;
  return Object.keys(changes).length ? changes : null;
}

/**
 * The segment header: its description, date, salesperson and the interaction every line
 * logs unless the line overrides a field. Choosing a template saves at once (the server
 * fills the fields from it); other changes are saved together.
 */
export function SegmentHeaderForm({
  segment,
  reference,
  onSaved,
  onReload,
}: {
  segment: Segment;
  reference: ReferenceData;
  onSaved: (segment: Segment) => void;
  /** Reads the segment again (after a save refused because someone else changed the header). */
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api } = useInterlog();
  const [draft, setDraft] = useState<Draft>(() => draftOf(segment));
  const choices = interactionChoices(t, reference.salespeople);
  const changes = changesOf(draftOf(segment), draft);
  const setInteraction = (change: Partial<SegmentInteraction>) =>
    setDraft((d) => ({ ...d, interaction: { ...d.interaction, ...change } }));
  const action = useMutation({
    mutationFn: (input: PatchSegmentInput) => api.segments.patch(segment.no, input, versionOf(segment)),
    onSuccess: (saved) => {
      setDraft(draftOf(saved));
      onSaved(saved);
    },
  });
  const save = (input: PatchSegmentInput) => !action.isPending && action.mutate(input);
  const { interaction } = draft;
  return (
    <Card className={styles.card} aria-labelledby="segment-header-heading">
      <Text as="h3" id="segment-header-heading" weight="semibold">
        {t('segments.header.title')}
      </Text>
      <div className={styles.grid}>
        <Field label={t('segments.header.description')}>
          <Input
            value={draft.description}
            maxLength={100}
            onChange={(_, d) => setDraft({ ...draft, description: d.value })}
          />
        </Field>
        <DateField
          label={t('segments.header.date')}
          value={draft.date}
          onChange={(date) => date && setDraft({ ...draft, date })}
        />
        <ChoiceField
          label={t('form.salesperson')}
          value={draft.salespersonCode}
          choices={choices.salespeople}
          onChange={(salespersonCode) => setDraft({ ...draft, salespersonCode })}
        />
      </div>
      <Text as="h3" weight="semibold">
        {t('segments.header.interaction')}
      </Text>
      <div className={styles.grid}>
        <TemplatePicker
          templates={reference.templates}
          groups={reference.groups}
          value={interaction.templateCode}
          onChange={(template) =>
            save({ ...(changes ?? {}), interaction: { ...(changes?.interaction ?? {}), templateCode: template.code } })
          }
        />
        <Field label={t('form.description')}>
          <Input
            value={interaction.description}
            maxLength={100}
            onChange={(_, d) => setInteraction({ description: d.value })}
          />
        </Field>
        <Field label={t('segments.fields.subject')}>
          <Input
            value={interaction.subject}
            maxLength={250}
            onChange={(_, d) => setInteraction({ subject: d.value })}
          />
        </Field>
        <ChoiceField
          label={t('segments.fields.correspondenceType')}
          value={interaction.correspondenceType}
          choices={choices.correspondence}
          onChange={(correspondenceType) => setInteraction({ correspondenceType })}
        />
        <Field label={t('segments.fields.languageCode')}>
          <Input
            value={interaction.languageCode}
            maxLength={10}
            onChange={(_, d) => setInteraction({ languageCode: d.value })}
          />
        </Field>
        <ChoiceField
          label={t('form.informationFlow')}
          value={interaction.informationFlow}
          choices={choices.flows}
          onChange={(informationFlow) => setInteraction({ informationFlow })}
        />
        <ChoiceField
          label={t('form.initiatedBy')}
          value={interaction.initiatedBy}
          choices={choices.initiators}
          onChange={(initiatedBy) => setInteraction({ initiatedBy })}
        />
        <AmountField
          label={t('segments.fields.unitCost')}
          step={0.01}
          value={interaction.unitCost}
          onChange={(unitCost) => setInteraction({ unitCost })}
        />
        <AmountField
          label={t('segments.fields.unitDuration')}
          step={1}
          value={interaction.unitDurationMin}
          onChange={(unitDurationMin) => setInteraction({ unitDurationMin })}
        />
        <Field label={t('segments.fields.campaignNo')}>
          <Input
            value={interaction.campaignNo}
            maxLength={20}
            onChange={(_, d) => setInteraction({ campaignNo: d.value })}
          />
        </Field>
      </div>
      <ProblemBar error={action.error} onDismiss={action.reset} onReload={onReload} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!changes || action.isPending} onClick={() => changes && save(changes)}>
          {t('segments.header.save')}
        </Button>
        <Button disabled={!changes || action.isPending} onClick={() => setDraft(draftOf(segment))}>
          {t('segments.header.discard')}
        </Button>
      </div>
    </Card>
  );
}
