import { Type } from '@sinclair/typebox';
import { defineRoute } from '../../lib/http/route-registry';
import { EntryNoSchema, ListOf } from '../../lib/schema/common-schema';
import {
  CreateInteractionBody,
  DeleteCanceledBody,
  InteractionLogEntryListQuery,
  InteractionLogEntryCountQuery,
  InteractionLogEntryExportQuery,
  InteractionLogEntrySchema,
  PatchInteractionLogEntryBody,
  ResumeInteractionBody,
} from '../domain/interaction-log-entry-schema';
import * as service from '../domain/interaction-service';
import { refuseWhilePostponed } from '../domain/postponed-for-item';
import { interactionLogExport } from '../domain/entry-export';
import { tableDownload } from '../../lib/export/table-download';
import { pickExportLanguage } from '../../lib/export/export-language';
import { exportResponses } from '../../lib/schema/export-schema';

const tag = 'Interactions';
const EntryParams = Type.Object({ entryNo: EntryNoSchema });

export const interactionRoutes = [
  defineRoute({
    method: 'post',
    path: '/interactions',
    tag,
    summary: 'Record an interaction for one contact',
    body: CreateInteractionBody,
    idempotent: true,
    description:
      'Missing values come from the template, then the contact, then the marketing setup. `postpone: true` ' +
      'stores a postponed interaction. With an Idempotency-Key, a retry returns the first entry (200) and ' +
      'records nothing new. When the contact has a postponed interaction for the same email or meeting ' +
      '(source), recording is refused with 409 and `postponedEntryNo`: finish that one instead.',
    responses: {
      201: { description: 'Recorded', schema: InteractionLogEntrySchema },
      200: { description: 'Already recorded with this Idempotency-Key', schema: InteractionLogEntrySchema },
    },
    handler: async ({ ctx, body, idempotencyKey }) => {
      await refuseWhilePostponed(ctx.tenantId, body);
      const { entry, created } = await service.createInteraction(ctx, body, idempotencyKey);
      return {
        status: created ? 201 : 200,
        body: entry,
        headers: { Location: `/api/v1/interaction-log-entries/${entry.entryNo}` },
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/interaction-log-entries',
    tag,
    summary: 'List interaction log entries, newest first',
    query: InteractionLogEntryListQuery,
    responses: { 200: { description: 'A page of entries', schema: ListOf(InteractionLogEntrySchema) } },
    handler: async ({ ctx, query }) => ({ status: 200, body: await service.listInteractionLogEntries(ctx, query) }),
  }),
  defineRoute({
    method: 'get',
    path: '/interaction-log-entries/count',
    tag,
    summary: 'Count the entries that match the list filters (e.g. before deleting canceled ones)',
    query: InteractionLogEntryCountQuery,
    responses: { 200: { description: 'How many match', schema: Type.Object({ count: Type.Integer({ minimum: 0 }) }) } },
    handler: async ({ ctx, query }) => ({ status: 200, body: await service.countInteractionLogEntries(ctx, query) }),
  }),
  defineRoute({
    method: 'get',
    path: '/interaction-log-entries/export',
    tag,
    summary: 'Download the entries that match the list filters as an Excel workbook or CSV',
    description:
      'Newest first, every matching entry (no paging); column headers in `lang` or the Accept-Language. ' +
      'Streamed: bad input is answered as a problem before the file starts.',
    query: InteractionLogEntryExportQuery,
    responses: exportResponses('The entries'),
    handler: async ({ ctx, query, header }) =>
      tableDownload(interactionLogExport(ctx, query, pickExportLanguage(query.lang, header('accept-language')))),
  }),
  defineRoute({
    method: 'post',
    path: '/interaction-log-entries/delete-canceled',
    tag,
    summary: 'Delete the canceled entries that match the filters',
    body: DeleteCanceledBody,
    bodyRequired: false,
    responses: { 200: { description: 'How many were deleted', schema: Type.Object({ deleted: Type.Integer() }) } },
    handler: async ({ ctx, body }) => ({ status: 200, body: await service.deleteCanceledEntries(ctx.tenantId, body) }),
  }),
  defineRoute({
    method: 'get',
    path: '/interaction-log-entries/:entryNo',
    tag,
    summary: 'Read an interaction log entry',
    params: EntryParams,
    responses: { 200: { description: 'The entry', schema: InteractionLogEntrySchema } },
    handler: async ({ ctx, params }) => ({
      status: 200,
      body: await service.getInteractionLogEntry(ctx.tenantId, params.entryNo),
    }),
  }),
  defineRoute({
    method: 'patch',
    path: '/interaction-log-entries/:entryNo',
    tag,
    summary: 'Evaluate, correct or cancel an entry',
    params: EntryParams,
    body: PatchInteractionLogEntryBody,
    responses: { 200: { description: 'Changed', schema: InteractionLogEntrySchema } },
    handler: async ({ ctx, params, body }) => ({
      status: 200,
      body: await service.patchInteractionLogEntry(ctx.tenantId, params.entryNo, body),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/interaction-log-entries/:entryNo/resume',
    tag,
    summary: 'Finish a postponed interaction (409 if it is not postponed)',
    params: EntryParams,
    body: ResumeInteractionBody,
    bodyRequired: false,
    responses: { 200: { description: 'Finished', schema: InteractionLogEntrySchema } },
    handler: async ({ ctx, params, body }) => ({
      status: 200,
      body: await service.resumeInteraction(ctx, params.entryNo, body),
    }),
  }),
  defineRoute({
    method: 'delete',
    path: '/interaction-log-entries/:entryNo',
    tag,
    summary: 'Delete a postponed interaction (409 for any other entry)',
    params: EntryParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async ({ ctx, params }) => {
      await service.deletePostponedInteraction(ctx.tenantId, params.entryNo);
      return { status: 204 };
    },
  }),
];
