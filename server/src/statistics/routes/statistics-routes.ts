import type { TObject } from '@sinclair/typebox';
import { defineRoute } from '../../lib/http/route-registry';
import {
  CodeParams,
  EntryNoParams,
  InsightsQuery,
  InteractionInsightsSchema,
  LoggedSegmentInsightsQuery,
  LoggedSegmentInsightsSchema,
  LoggedSegmentStatisticsSchema,
  ManyStatisticsQuery,
  ManyStatisticsSchema,
  NoParams,
  RecordStatisticsSchema,
  StatisticsKindParams,
  type StatisticsKind,
} from '../domain/statistics-schema';
import * as service from '../domain/statistics-service';

const tag = 'Statistics';

/** GET /statistics/<kind>/{key}: one record's statistics. */
function recordRoute(kind: StatisticsKind, param: 'no' | 'code' | 'entryNo', params: TObject, what: string) {
  return defineRoute({
    method: 'get',
    path: `/statistics/${kind}/:${param}`,
    tag,
    summary: `Statistics of ${what}`,
    description:
      'No. of interactions, cost and duration of its entries that are not canceled and not postponed, ' +
      'attempts failed, evaluations, and per month over the last 12 months (Business Central FlowFields).',
    params,
    responses: {
      200: {
        description: 'The statistics',
        schema: kind === 'logged-segments' ? LoggedSegmentStatisticsSchema : RecordStatisticsSchema,
      },
      404: { description: `No such ${what.replace(/^an? /, '')} in the tenant` },
    },
    handler: async ({ ctx, params: p }) => ({
      status: 200,
      body: await service.recordStatistics(ctx.tenantId, kind, String((p as Record<string, unknown>)[param])),
    }),
  });
}

export const statisticsRoutes = [
  recordRoute('contacts', 'no', NoParams, 'a contact (a company: with its persons)'),
  recordRoute('interaction-templates', 'code', CodeParams, 'an interaction template'),
  recordRoute('interaction-groups', 'code', CodeParams, 'an interaction group'),
  recordRoute('salespeople', 'code', CodeParams, 'a salesperson'),
  recordRoute('logged-segments', 'entryNo', EntryNoParams, 'a logged segment'),
  defineRoute({
    method: 'get',
    path: '/statistics/:kind',
    tag,
    summary: 'Statistics of many records of a kind',
    description: 'Up to 200 codes in one request (a list page); codes of records that do not exist are left out.',
    params: StatisticsKindParams,
    query: ManyStatisticsQuery,
    responses: { 200: { description: 'Each record found with its statistics', schema: ManyStatisticsSchema } },
    handler: async ({ ctx, params, query }) => ({
      status: 200,
      body: await service.manyStatistics(ctx.tenantId, params.kind, query.codes),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/insights/interactions',
    tag,
    summary: 'Interactions per week',
    description:
      'Counted entries per ISO week (Mondays, UTC) over the weeks a period touches (at most 157), ' +
      'split by template, group or salesperson, with the totals.',
    query: InsightsQuery,
    responses: { 200: { description: 'The weekly series', schema: InteractionInsightsSchema } },
    handler: async ({ ctx, query }) => ({ status: 200, body: await service.interactionInsights(ctx.tenantId, query) }),
  }),
  defineRoute({
    method: 'get',
    path: '/insights/logged-segments',
    tag,
    summary: 'The latest logged segments with their statistics',
    query: LoggedSegmentInsightsQuery,
    responses: { 200: { description: 'Newest first', schema: LoggedSegmentInsightsSchema } },
    handler: async ({ ctx, query }) => ({
      status: 200,
      body: await service.loggedSegmentInsights(ctx.tenantId, query.limit ?? 20),
    }),
  }),
];
