import { useState } from 'react';
import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ChoiceField, DateField } from '@interlog/ui-kit';
import type { ReferenceData } from '@interlog/interactions';
import { emptyDraft, type LogFilterDraft } from './log-filter';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'end',
    '> *': { minWidth: 0 },
  },
  control: { minWidth: 0, width: '100%' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** Business Central's interaction log filters; applied together with Enter or *Apply filters*. */
export function LogFilterBar({
  initial,
  reference,
  onApply,
}: {
  initial: LogFilterDraft;
  reference: ReferenceData;
  onApply: (draft: LogFilterDraft) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [draft, setDraft] = useState(initial);
  const set = (change: Partial<LogFilterDraft>) => setDraft((d) => ({ ...d, ...change }));
  const any = t('segments.criteria.any');
  return (
    <form
      className={styles.form}
      aria-label={t('interaction-log.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <div className={styles.grid}>
        <Field label={t('segments.lines.contactNo')}>
          <Input
            className={styles.control}
            value={draft.contactNo}
            maxLength={20}
            onChange={(_, d) => set({ contactNo: d.value })}
          />
        </Field>
        <ChoiceField
          label={t('form.salesperson')}
          value={draft.salespersonCode}
          choices={[
            { value: '', label: any },
            ...reference.salespeople.map((s) => ({ value: s.code, label: `${s.name} (${s.code})` })),
          ]}
          onChange={(salespersonCode) => set({ salespersonCode })}
        />
        <ChoiceField
          label={t('form.template')}
          value={draft.templateCode}
          choices={[
            { value: '', label: any },
            ...reference.templates.map((x) => ({ value: x.code, label: `${x.description} (${x.code})` })),
          ]}
          onChange={(templateCode) => set({ templateCode })}
        />
        <Field label={t('segments.list.no')}>
          <Input
            className={styles.control}
            value={draft.segmentNo}
            maxLength={20}
            onChange={(_, d) => set({ segmentNo: d.value })}
          />
        </Field>
        <Field label={t('interaction-log.loggedSegment')}>
          <Input
            className={styles.control}
            type="number"
            min={1}
            value={draft.loggedSegmentEntryNo}
            onChange={(_, d) => set({ loggedSegmentEntryNo: d.value })}
          />
        </Field>
        <DateField label={t('interaction-log.from')} clearable value={draft.from} onChange={(from) => set({ from })} />
        <DateField label={t('interaction-log.to')} clearable value={draft.to} onChange={(to) => set({ to })} />
        <ChoiceField
          label={t('interaction-log.canceled')}
          value={draft.canceled}
          choices={[
            { value: '', label: t('interaction-log.canceledAll') },
            { value: 'true', label: t('interaction-log.canceledOnly') },
            { value: 'false', label: t('interaction-log.canceledNot') },
          ]}
          onChange={(canceled) => set({ canceled })}
        />
      </div>
      <div className={styles.actions}>
        <Checkbox
          checked={draft.postponed}
          onChange={(_, d) => set({ postponed: Boolean(d.checked) })}
          label={t('interaction-log.postponed')}
        />
        <Button type="submit" appearance="primary">
          {t('interaction-log.apply')}
        </Button>
        <Button
          onClick={() => {
            setDraft(emptyDraft);
            onApply(emptyDraft);
          }}
        >
          {t('interaction-log.clear')}
        </Button>
      </div>
    </form>
  );
}
