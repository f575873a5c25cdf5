import { Type } from '@sinclair/typebox';
import { defineRoute } from '../../lib/http/route-registry';
import type { GraphAccess } from '../../lib/graph/graph-access';
import { CodeSchema, EntryNoSchema } from '../../lib/schema/common-schema';
import { graphMailer } from '../data-access/graph-mailer';
import { DeliverySummarySchema } from '../domain/delivery-schema';
import { SegmentLogPreviewSchema } from '../domain/email-preview-schema';
import { previewSegmentLog } from '../domain/preview-segment-emails';
import type { DeliveryService } from '../workers/delivery-service';

const tag = 'Correspondence';
const EntryParams = Type.Object({ entryNo: EntryNoSchema });

export function createDeliveryRoutes(graph: GraphAccess, deliveries: DeliveryService) {
  return [
    defineRoute({
      method: 'get',
      path: '/segments/:no/log-preview',
      tag: 'Segments',
      summary: 'What logging the segment would record and send, before anything is',
      params: Type.Object({ no: CodeSchema }),
      description:
        'Lines without an interaction template (logging them is refused), the number of emails, their sender ' +
        "(the caller), and the first contact's email with its merge fields filled in. Writes nothing.",
      responses: { 200: { description: 'The preview', schema: SegmentLogPreviewSchema } },
      handler: async ({ ctx, params }) => ({ status: 200, body: await previewSegmentLog(ctx, params.no) }),
    }),
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
