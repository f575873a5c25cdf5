import { useId, useMemo } from 'react';
import { Caption1 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { summarizeTrend, monthStart, type MonthFigures } from './trend-summary';
import { TREND, useContactCardStyles } from './useContactCardStyles.styles';

/** Interactions per month as small bars, said in words beside them and as a table for screen readers. */
export function MonthTrend({ months }: { months: readonly MonthFigures[] }) {
  const { t, i18n } = useTranslation();
  const styles = useContactCardStyles();
  const summaryId = useId();
  const monthName = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    [i18n.language],
  );
  const { total, busiest, max } = summarizeTrend(months);
  const summary = busiest
    ? t('contactCard.trend', { count: total, month: monthName.format(monthStart(busiest)) })
    : t('contactCard.trendNone');
  const step = TREND.barWidth + TREND.gap;
  const width = months.length * step - TREND.gap;

  return (
    <div className={styles.trend}>
      <svg
        className={styles.bars}
        width={width}
        height={TREND.height}
        viewBox={`0 0 ${width} ${TREND.height}`}
        role="img"
        aria-labelledby={summaryId}
        data-testid="contact-trend"
      >
        {months.map((month, i) => {
          const height = month.noOfInteractions
            ? Math.max(3, Math.round((month.noOfInteractions / max) * TREND.height))
            : 1;
          return (
            <rect
              key={month.month}
              data-month={month.month}
              data-count={month.noOfInteractions}
              className={month.noOfInteractions ? styles.bar : styles.emptyBar}
              x={i * step}
              y={TREND.height - height}
              width={TREND.barWidth}
              height={height}
              rx={1}
            >
              <title>{`${monthName.format(monthStart(month.month))}: ${month.noOfInteractions}`}</title>
            </rect>
          );
        })}
      </svg>
      <Caption1 id={summaryId} className={styles.trendText}>
        {summary}
      </Caption1>
      <table className={styles.visuallyHidden}>
        <caption>{t('contactCard.perMonth')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('contactCard.month')}</th>
            <th scope="col">{t('contactCard.interactions')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.month}>
              <th scope="row">{monthName.format(monthStart(month.month))}</th>
              <td>{month.noOfInteractions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
