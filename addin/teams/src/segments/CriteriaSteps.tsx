import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CriteriaFilter, CriteriaStep } from '@interlog/api-client';
import { useReferenceData } from '@interlog/interactions';
import { nameWithNo } from '@interlog/ui-kit';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
});

/** "type = person, email domain = contoso.com" in the user's language. */
export function useDescribeFilter() {
  const { t } = useTranslation();
  // Salespeople are reference data the tab has loaded already: their names cost no request per step.
  const salespeople = useReferenceData().data?.salespeople ?? [];
  return (filter: CriteriaFilter) =>
    (Object.entries(filter) as [keyof CriteriaFilter, unknown][])
      .map(([key, value]) => {
        const shown =
          key === 'type'
            ? t(`contactType.${value as 'person'}`)
            : key === 'salespersonCode'
              ? nameWithNo(salespeople.find((s) => s.code === String(value).toUpperCase())?.name, String(value))
              : Array.isArray(value)
                ? t('segments.steps.contacts', { count: value.length })
                : String(value);
        return t('segments.steps.criterion', { field: t(`segments.steps.field.${key}`), value: shown });
      })
      .join(', ');
}

/** The add/reduce/refine steps that built the segment, oldest first: what Undo reverts and Save criteria keeps. */
export function CriteriaSteps({ steps }: { steps: CriteriaStep[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const describe = useDescribeFilter();
  if (steps.length === 0) return null;
  return (
    <section aria-label={t('segments.steps.title')}>
      <Text weight="semibold">{t('segments.steps.title')}</Text>
      <ol className={styles.list}>
        {steps.map((step) => (
          <li key={step.stepNo}>
            <Text>
              {t(`segments.steps.action.${step.action}`, { criteria: describe(step.filter), count: step.changed })}
            </Text>
          </li>
        ))}
      </ol>
    </section>
  );
}
