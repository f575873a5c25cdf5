import { Type } from '@sinclair/typebox';
import { defineRoute } from '../../lib/http/route-registry';
import type { GraphAccess } from '../../lib/graph/graph-access';
import { CodeSchema, EntryNoSchema } from '../../lib/schema/common-schema';
import { graphMailer } from '../data-access/graph-mailer';
import { DeliverySummarySchema } from '../domain/delivery-schema';
import { SegmentLogPreviewSchema } from '../domain/email-preview-schema';
import { previewSegmentLog } from '../domain/preview-segment-emails';
import { LinePreviewSchema } from '../domain/line-preview-schema';
import { previewSegmentLine, previewSegmentLineLetter } from '../domain/preview-segment-line';
import { fileDownload } from '../../lib/http/file-download';
import type { DeliveryService } from '../workers/delivery-service';

const tag = 'Correspondence';
const EntryParams = Type.Object({ entryNo: EntryNoSchema });
const LineParams = Type.Object({ no: CodeSchema, lineNo: Type.Integer({ minimum: 1 }) });

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
      path: '/segments/:no/lines/:lineNo/preview',
      tag: 'Segments',
      summary: "What one line's contact would receive if the segment were logged now",
      params: LineParams,
      description:
        'The merged email (subject, plain text and HTML, as it is sent) and where to download the merged letter. ' +
        'Only the entry number ({entryNo}) is left empty: it is given when the segment is logged. Writes nothing.',
      responses: { 200: { description: 'The preview', schema: LinePreviewSchema } },
      handler: async ({ ctx, params }) => ({
        status: 200,
        body: await previewSegmentLine(ctx, params.no, params.lineNo),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/segments/:no/lines/:lineNo/preview/letter.docx',
      tag: 'Segments',
      summary: "The merged letter one line's contact would receive, as a .docx",
      params: LineParams,
      responses: {
        200: {
          description: 'The merged letter',
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        },
      },
      handler: async ({ ctx, params }) => fileDownload(await previewSegmentLineLetter(ctx, params.no, params.lineNo)),
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
