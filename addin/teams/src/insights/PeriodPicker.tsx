import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { InsightsSplit } from '@interlog/api-client';
import { ChoiceField, DateField } from '@interlog/ui-kit';
import { periodPresets, type Period, type PeriodPreset } from './period';

export const insightsSplits: readonly InsightsSplit[] = ['none', 'template', 'group', 'salesperson'];

export interface PeriodChoice {
  preset: PeriodPreset;
  /** The custom period's dates (kept when a preset is chosen, so switching back restores them). */
  custom: Period;
  by: InsightsSplit;
}

const useStyles = makeStyles({
  // One row on a desktop, stacked on a phone.
  bar: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
});

/** The period (a preset or custom dates) and the split the insights charts show. */
export function PeriodPicker({ value, onChange }: { value: PeriodChoice; onChange: (value: PeriodChoice) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const custom = (patch: Partial<Period>) => onChange({ ...value, custom: { ...value.custom, ...patch } });
  return (
    <div className={styles.bar}>
      <ChoiceField
        label={t('insights.period')}
        value={value.preset}
        choices={periodPresets.map((preset) => ({ value: preset, label: t(`insights.presets.${preset}`) }))}
        onChange={(preset) => onChange({ ...value, preset })}
      />
      {value.preset === 'custom' && (
        <>
          <DateField label={t('insights.from')} value={value.custom.from} onChange={(from) => custom({ from })} />
          <DateField label={t('insights.to')} value={value.custom.to} onChange={(to) => custom({ to })} />
        </>
      )}
      <ChoiceField
        label={t('insights.split')}
        value={value.by}
        choices={insightsSplits.map((by) => ({ value: by, label: t(`insights.splits.${by}`) }))}
        onChange={(by) => onChange({ ...value, by })}
      />
    </div>
  );
}
