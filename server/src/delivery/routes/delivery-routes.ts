import { Type } from '@sinclair/typebox';
import { defineRoute } from '../../lib/http/route-registry';
import type { GraphAccess } from '../../lib/graph/graph-access';
import { EntryNoSchema } from '../../lib/schema/common-schema';
import { graphMailer } from '../data-access/graph-mailer';
import { DeliverySummarySchema } from '../domain/delivery-schema';
import type { DeliveryService } from '../workers/delivery-service';

const tag = 'Correspondence';
const EntryParams = Type.Object({ entryNo: EntryNoSchema });

export function createDeliveryRoutes(graph: GraphAccess, deliveries: DeliveryService) {
  return [
    defineRoute({
      method: 'get',
      path: '/logged-segments/:entryNo/deliveries',
      tag,
      summary: "How the logged segment's emails went out: counts per state, and the failed ones with why",
      params: EntryParams,
      responses: { 200: { description: 'The delivery summary', schema: DeliverySummarySchema } },
      handler: async ({ ctx, params }) => ({
        status: 200,
        body: await deliveries.summary(ctx.tenantId, params.entryNo),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/logged-segments/:entryNo/deliveries/send',
      tag,
      summary: "Send the logged segment's failed and pending emails again, as the caller",
      params: EntryParams,
      body: Type.Object({}, { additionalProperties: false }),
      bodyRequired: false,
      description:
        'Answers at once (202) and sends in the background through Microsoft Graph on behalf of the caller; ' +
        'poll GET …/deliveries. An email that may have gone already (its draft was sent) is never sent ' +
        'twice. 503 when Graph is not configured.',
      responses: { 202: { description: 'Sending', schema: DeliverySummarySchema } },
      handler: async ({ ctx, params }) => ({
        status: 202,
        body: await deliveries.sendAgain(ctx.tenantId, params.entryNo, () => graphMailer(graph.asUser(ctx))),
      }),
    }),
  ];
}
