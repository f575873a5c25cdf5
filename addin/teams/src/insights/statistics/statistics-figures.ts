import type { TFunction } from 'i18next';
import type { RecordStatistics, StatisticsKind } from '@interlog/api-client';
import type { useFormat } from '@interlog/i18n';
import type { Figure } from './Figures';

type Format = ReturnType<typeof useFormat>;

export const evaluationKeys = ['veryPositive', 'positive', 'neutral', 'negative', 'veryNegative', 'none'] as const;

/** The three sums every record with statistics has, as Business Central names them. */
export const sumFigures = (
  t: TFunction,
  format: Format,
  s: Pick<RecordStatistics, 'noOfInteractions' | 'costLcy' | 'durationMin'>,
): Figure[] => [
  { label: t('insights.statistics.noOfInteractions'), value: format.number(s.noOfInteractions) },
  { label: t('insights.statistics.costLcy'), value: format.amount(s.costLcy) },
  { label: t('insights.statistics.durationMin'), value: format.number(s.durationMin) },
];

/** Where Business Central shows the evaluations and attempts failed: templates and logged segments. */
export const hasEvaluations = (kind: StatisticsKind) => kind === 'interaction-templates' || kind === 'logged-segments';

/** A record's statistics as figures: the sums, attempts failed (where it counts) and the last dates (contacts). */
export function recordFigures(t: TFunction, format: Format, kind: StatisticsKind, s: RecordStatistics): Figure[] {
  const date = (value: string | null) => (value ? format.date(value) : t('insights.statistics.none'));
  return [
    ...sumFigures(t, format, s),
    ...(hasEvaluations(kind)
      ? [{ label: t('insights.statistics.attemptsFailed'), value: format.number(s.attemptsFailed) }]
      : []),
    ...(kind === 'contacts'
      ? [
          { label: t('insights.statistics.dateOfLastInteraction'), value: date(s.dateOfLastInteraction) },
          { label: t('insights.statistics.lastDateAttempted'), value: date(s.lastDateAttempted) },
        ]
      : []),
  ];
}
