import { Type } from '@sinclair/typebox';
import { defineRoute } from '../../lib/http/route-registry';
import type { GraphAccess } from '../../lib/graph/graph-access';
import { CodeSchema, EntryNoSchema } from '../../lib/schema/common-schema';
import { graphMailer } from '../data-access/graph-mailer';
import { DeliverySummarySchema } from '../domain/delivery-schema';
import type { DeliveryService } from '../domain/delivery-service';
import { EmailContentSchema, PutEmailContentBody } from '../domain/email-content-schema';
import { deleteEmailContent, getEmailContent, putEmailContent } from '../domain/email-content-service';
import { mergeFieldNames } from '../../correspondence/domain/merge-fields';

const tag = 'Correspondence';
const CodeParams = Type.Object({ code: CodeSchema });
const EntryParams = Type.Object({ entryNo: EntryNoSchema });

export function createDeliveryRoutes(graph: GraphAccess, deliveries: DeliveryService) {
  return [
    defineRoute({
      method: 'put',
      path: '/interaction-templates/:code/email-content',
      tag,
      summary: 'Set the email the template sends to each contact of a segment logged with deliver',
      params: CodeParams,
      body: PutEmailContentBody,
      description: `Subject and plain-text body with merge fields written {contactName}: ${mergeFieldNames.join(', ')}. 400 listing unknownFields when a {field} is not one of them (the earlier content then stays).`,
      responses: { 200: { description: 'Stored', schema: EmailContentSchema } },
      handler: async ({ ctx, params, body }) => ({
        status: 200,
        body: await putEmailContent(ctx.tenantId, params.code, body),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/interaction-templates/:code/email-content',
      tag,
      summary: 'The email the template sends (404 when it has none)',
      params: CodeParams,
      responses: { 200: { description: 'The email content', schema: EmailContentSchema } },
      handler: async ({ ctx, params }) => ({ status: 200, body: await getEmailContent(ctx.tenantId, params.code) }),
    }),
    defineRoute({
      method: 'delete',
      path: '/interaction-templates/:code/email-content',
      tag,
      summary: "Remove the template's email content",
      params: CodeParams,
      responses: { 204: { description: 'Removed' } },
      handler: async ({ ctx, params }) => {
        await deleteEmailContent(ctx.tenantId, params.code);
        return { status: 204 };
      },
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
        'Answers at once (202) and sends in the background through Microsoft Graph on behalf of the caller; poll GET …/deliveries. An email that may have gone already (its draft was sent) is never sent twice. 503 when Graph is not configured.',
      responses: { 202: { description: 'Sending', schema: DeliverySummarySchema } },
      handler: async ({ ctx, params }) => ({
        status: 202,
        body: await deliveries.sendAgain(ctx.tenantId, params.entryNo, () => graphMailer(graph.asUser(ctx))),
      }),
    }),
  ];
}
