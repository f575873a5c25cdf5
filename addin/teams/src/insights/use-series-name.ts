import { useTranslation } from 'react-i18next';
import type { InsightsSeries, InsightsSplit } from '@interlog/api-client';

/** A series' name in the charts and tables: "All interactions" without a split, else the record's name and code. */
export function useSeriesName(by: InsightsSplit) {
  const { t } = useTranslation();
  return (series: InsightsSeries) => {
    if (by === 'none') return t('insights.weekly.all');
    if (!series.key) return t('insights.weekly.noKey');
    return series.name && series.name !== series.key ? `${series.name} (${series.key})` : series.key;
  };
}
