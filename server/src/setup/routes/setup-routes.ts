import { Type } from '@sinclair/typebox';
import { defineRoute } from '../../lib/http/route-registry';
import { CodeSchema, ListOf, ListQuery, Versioned } from '../../lib/schema/common-schema';
import { MarketingSetupSchema, PutMarketingSetupBody } from '../domain/marketing-setup-schema';
import { CreateNumberSeriesBody, NumberSeriesSchema, PutNumberSeriesBody } from '../domain/number-series-schema';
import { getMarketingSetup, putMarketingSetup } from '../domain/marketing-setup-service';
import { createNumberSeries, getNumberSeries, putNumberSeries } from '../domain/number-series-service';
import { numberSeriesRepository } from '../data-access/number-series-repository';

const CodeParams = Type.Object({ code: CodeSchema });
const tag = 'Setup';
const VersionedSetup = Versioned(MarketingSetupSchema);
const VersionedSeries = Versioned(NumberSeriesSchema);

export const setupRoutes = [
  defineRoute({
    method: 'get',
    path: '/marketing-setup',
    tag,
    summary: 'Read the marketing setup',
    versioned: 'record',
    responses: { 200: { description: 'The setup', schema: VersionedSetup } },
    handler: async ({ ctx }) => ({ status: 200, body: await getMarketingSetup(ctx.tenantId) }),
  }),
  defineRoute({
    method: 'put',
    path: '/marketing-setup',
    tag,
    summary: 'Change the marketing setup',
    body: PutMarketingSetupBody,
    versioned: 'record',
    responses: { 200: { description: 'The setup', schema: VersionedSetup } },
    handler: async ({ ctx, body, ifMatch }) => ({
      status: 200,
      body: await putMarketingSetup(ctx.tenantId, body, ifMatch),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/number-series',
    tag,
    summary: 'List number series',
    query: Type.Object(ListQuery, { additionalProperties: false }),
    versioned: 'list',
    responses: { 200: { description: 'A page of number series', schema: ListOf(VersionedSeries) } },
    handler: async ({ ctx, query }) => ({
      status: 200,
      body: await numberSeriesRepository.list(ctx.tenantId, { limit: query.limit ?? 50, cursor: query.cursor }),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/number-series',
    tag,
    summary: 'Create a number series',
    body: CreateNumberSeriesBody,
    idempotent: true,
    versioned: 'record',
    responses: { 201: { description: 'Created', schema: VersionedSeries } },
    handler: async ({ ctx, body }) => ({ status: 201, body: await createNumberSeries(ctx.tenantId, body) }),
  }),
  defineRoute({
    method: 'get',
    path: '/number-series/:code',
    tag,
    summary: 'Read a number series',
    params: CodeParams,
    versioned: 'record',
    responses: { 200: { description: 'The number series', schema: VersionedSeries } },
    handler: async ({ ctx, params }) => ({ status: 200, body: await getNumberSeries(ctx.tenantId, params.code) }),
  }),
  defineRoute({
    method: 'put',
    path: '/number-series/:code',
    tag,
    summary: 'Create or replace a number series',
    params: CodeParams,
    body: PutNumberSeriesBody,
    versioned: 'record',
    responses: {
      200: { description: 'Changed', schema: VersionedSeries },
      201: { description: 'Created', schema: VersionedSeries },
    },
    handler: async ({ ctx, params, body, ifMatch }) => {
      const { series, created } = await putNumberSeries(ctx.tenantId, params.code, body, ifMatch);
      return { status: created ? 201 : 200, body: series };
    },
  }),
];
