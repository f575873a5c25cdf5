import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema } from '../../lib/schema/common-schema';

const Count = Type.Integer({ minimum: 0 });
const Amount = Type.Number({ minimum: 0 });
const DateOrNull = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);

/** The figures an entry adds to a record: counted when finished (not canceled, postponed nor deleted). */
const Sums = {
  noOfInteractions: Count,
  costLcy: Amount,
  durationMin: Amount,
};

/** Named after the entry's evaluation values ('' is `none`). */
export const EvaluationCountsSchema = Type.Object({
  veryPositive: Count,
  positive: Count,
  neutral: Count,
  negative: Count,
  veryNegative: Count,
  none: Count,
});
export type EvaluationCounts = Static<typeof EvaluationCountsSchema>;

export const MonthFiguresSchema = Type.Object({
  month: Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'YYYY-MM (UTC)' }),
  ...Sums,
});

/** Business Central's FlowFields of a contact, template, group, salesperson or logged segment. */
export const RecordStatisticsSchema = Type.Object({
  ...Sums,
  attemptsFailed: Count,
  evaluations: EvaluationCountsSchema,
  dateOfLastInteraction: Type.Union([DateOrNull], {
    description: 'The latest date of an entry whose attempt did not fail and that is not postponed (contacts)',
  }),
  lastDateAttempted: Type.Union([DateOrNull], {
    description: 'The latest date of an entry initiated by us that is not postponed (contacts)',
  }),
  perMonth: Type.Array(MonthFiguresSchema, { description: 'The last 12 months ending at the current one' }),
});
export type RecordStatistics = Static<typeof RecordStatisticsSchema>;

export const LoggedSegmentStatisticsSchema = Type.Composite([
  RecordStatisticsSchema,
  Type.Object({ emailsDelivered: Count, emailsFailed: Count, emailsPending: Count }),
]);
export type LoggedSegmentStatistics = Static<typeof LoggedSegmentStatisticsSchema>;

export const statisticsKinds = [
  'contacts',
  'interaction-templates',
  'interaction-groups',
  'salespeople',
  'logged-segments',
] as const;
export type StatisticsKind = (typeof statisticsKinds)[number];

export const StatisticsKindParams = Type.Object({
  kind: Type.Union(statisticsKinds.map((k) => Type.Literal(k))),
});
export const ManyStatisticsQuery = Type.Object(
  {
    codes: Type.String({
      minLength: 1,
      maxLength: 200 * 21,
      description: 'Up to 200 codes (entry numbers for logged segments), comma-separated',
    }),
  },
  { additionalProperties: false },
);
export const ManyStatisticsSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      code: Type.String(),
      statistics: Type.Union([LoggedSegmentStatisticsSchema, RecordStatisticsSchema]),
    }),
  ),
});

export const insightDimensions = ['none', 'template', 'group', 'salesperson'] as const;
export type InsightDimension = (typeof insightDimensions)[number];
const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

export const InsightsQuery = Type.Object(
  {
    from: DateOnly,
    to: DateOnly,
    by: Type.Optional(
      Type.Union(
        insightDimensions.map((d) => Type.Literal(d)),
        { default: 'none' },
      ),
    ),
  },
  { additionalProperties: false },
);
export type InsightsQuery = Static<typeof InsightsQuery>;

export const WeekFiguresSchema = Type.Object({ week: DateOnly, ...Sums });
export type WeekFigures = Static<typeof WeekFiguresSchema>;

export const InteractionInsightsSchema = Type.Object({
  from: DateOnly,
  to: DateOnly,
  by: Type.Union(insightDimensions.map((d) => Type.Literal(d))),
  weeks: Type.Array(DateOnly, { description: 'The ISO weeks (their Mondays, UTC) the period touches' }),
  series: Type.Array(
    Type.Object({
      key: Type.String({ description: 'The code of the template, group or salesperson ("" for none; "all" by none)' }),
      name: Type.String(),
      points: Type.Array(WeekFiguresSchema),
    }),
  ),
  totals: Type.Object(Sums),
});
export type InteractionInsights = Static<typeof InteractionInsightsSchema>;

export const LoggedSegmentInsightsQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })) },
  { additionalProperties: false },
);
export const LoggedSegmentInsightsSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      entryNo: Type.Integer({ minimum: 1 }),
      segmentNo: Type.String(),
      description: Type.String(),
      createdAt: Type.String({ format: 'date-time' }),
      canceled: Type.Boolean(),
      statistics: LoggedSegmentStatisticsSchema,
    }),
  ),
});

export const CodeParams = Type.Object({ code: CodeSchema });
export const NoParams = Type.Object({ no: CodeSchema });
export const EntryNoParams = Type.Object({ entryNo: Type.Integer({ minimum: 1 }) });
