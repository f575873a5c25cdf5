import { useState } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { presetPeriod, isoDate, type Period } from './period';
import { PeriodPicker, type PeriodChoice } from './PeriodPicker';
import { WeeklyInsights } from './WeeklyInsights';
import { SegmentResults } from './SegmentResults';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
});

const initialChoice = (): PeriodChoice => {
  const last4Weeks = presetPeriod('last4Weeks');
  return { preset: 'last4Weeks', by: 'none', custom: { from: last4Weeks.from, to: isoDate(new Date()) } };
};

const periodOf = (choice: PeriodChoice): Period =>
  choice.preset === 'custom' ? choice.custom : presetPeriod(choice.preset);

/** Insights: interactions per week in a period, split by template, group or salesperson; a logged segment's results. */
export function InsightsView() {
  const { t } = useTranslation();
  const styles = useStyles();
  const [choice, setChoice] = useState(initialChoice);
  return (
    <section className={styles.stack} aria-labelledby="insights-heading">
      <Text as="h2" id="insights-heading" size={500} weight="semibold">
        {t('insights.title')}
      </Text>
      <PeriodPicker value={choice} onChange={setChoice} />
      <WeeklyInsights period={periodOf(choice)} by={choice.by} />
      <SegmentResults />
    </section>
  );
}
