import { Type } from '@sinclair/typebox';
import { defineRoute } from '../../lib/http/route-registry';
import { CodeSchema, EntryNoSchema, ListOf, ListQuery, Versioned } from '../../lib/schema/common-schema';
import { CreateSegmentBody, PatchSegmentBody, SegmentLogProgressSchema, SegmentSchema } from '../domain/segment-schema';
import { CreateSegmentLineBody, PatchSegmentLineBody, SegmentLineSchema } from '../domain/segment-line-schema';
import {
  CriteriaBody,
  CriteriaResultSchema,
  CriteriaStepSchema,
  ReuseCriteriaBody,
  ReuseLoggedSegmentBody,
  SaveCriteriaBody,
  SavedSegmentCriteriaSchema,
  type CriteriaAction,
} from '../domain/segment-criteria-schema';
import {
  LogSegmentBody,
  LogSegmentResultSchema,
  LoggedSegmentSchema,
  PatchLoggedSegmentBody,
} from '../domain/logged-segment-schema';
import * as segments from '../domain/segment-service';
import * as criteria from '../domain/segment-criteria-service';
import * as logged from '../domain/logged-segment-service';
import { getLogProgress, logSegment, type LogSegmentOptions } from '../domain/log-segment-use-case';
import type { SegmentEventEmitter } from '../domain/segment-events';
import { segmentLineExport } from '../domain/segment-line-export';
import { tableDownload } from '../../lib/export/table-download';
import { pickExportLanguage } from '../../lib/export/export-language';
import { exportQueryFields, exportResponses } from '../../lib/schema/export-schema';

const tag = 'Segments';
const NoParams = Type.Object({ no: CodeSchema });
const LineParams = Type.Object({ no: CodeSchema, lineNo: Type.Integer({ minimum: 1 }) });
const EntryParams = Type.Object({ entryNo: EntryNoSchema });
const PageQuery = Type.Object(ListQuery, { additionalProperties: false });
const ExportQuery = Type.Object(exportQueryFields, { additionalProperties: false });
const page = (q: { limit?: number; cursor?: string }) => ({ limit: q.limit ?? 50, cursor: q.cursor });

const criteriaRoute = (action: CriteriaAction, summary: string) =>
  defineRoute({
    method: 'post',
    path: `/segments/:no/${action}-contacts`,
    tag,
    summary,
    params: NoParams,
    body: CriteriaBody,
    responses: { 200: { description: 'Lines now and lines changed', schema: CriteriaResultSchema } },
    handler: async ({ ctx, params, body }) => ({
      status: 200,
      body: await criteria.applyCriteria(ctx.tenantId, params.no, action, body),
    }),
  });

const VersionedSegment = Versioned(SegmentSchema);
const VersionedLine = Versioned(SegmentLineSchema);

/** `events`: where a logged segment is told to the other components (wired where the server is assembled). */
export function createSegmentRoutes(logOptions: LogSegmentOptions, events: SegmentEventEmitter) {
  return [
    defineRoute({
      method: 'get',
      path: '/segments',
      tag,
      summary: 'List segments',
      query: PageQuery,
      versioned: 'list',
      responses: { 200: { description: 'A page of segments', schema: ListOf(VersionedSegment) } },
      handler: async ({ ctx, query }) => ({
        status: 200,
        body: await segments.listSegments(ctx.tenantId, page(query)),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/segments',
      tag,
      summary: 'Create a segment (number from the segment number series when omitted)',
      description:
        "Without a salesperson code the segment gets the caller's salesperson: the one whose email is the " +
        "caller's, as Business Central takes it from the User Setup.",
      body: CreateSegmentBody,
      bodyRequired: false,
      idempotent: true,
      versioned: 'record',
      responses: { 201: { description: 'Created', schema: VersionedSegment } },
      handler: async ({ ctx, body, idempotencyKey }) => ({
        status: 201,
        body: await segments.createSegment(ctx.tenantId, body, idempotencyKey, ctx.userEmail),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/segments/:no',
      tag,
      summary: 'Read a segment header',
      params: NoParams,
      versioned: 'record',
      responses: { 200: { description: 'The segment', schema: VersionedSegment } },
      handler: async ({ ctx, params }) => ({ status: 200, body: await segments.getSegment(ctx.tenantId, params.no) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/segments/:no',
      tag,
      summary: 'Change a segment header; its interaction fills every line that has not overridden that field',
      params: NoParams,
      body: PatchSegmentBody,
      versioned: 'record',
      responses: { 200: { description: 'Changed', schema: VersionedSegment } },
      handler: async ({ ctx, params, body, ifMatch }) => ({
        status: 200,
        body: await segments.patchSegment(ctx.tenantId, params.no, body, ifMatch),
      }),
    }),
    defineRoute({
      method: 'delete',
      path: '/segments/:no',
      tag,
      summary: 'Delete a segment and its lines',
      params: NoParams,
      responses: { 204: { description: 'Deleted' } },
      handler: async ({ ctx, params }) => {
        await segments.deleteSegment(ctx.tenantId, params.no);
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/segments/:no/lines',
      tag,
      summary: 'List segment lines',
      params: NoParams,
      query: PageQuery,
      versioned: 'list',
      responses: { 200: { description: 'A page of lines', schema: ListOf(VersionedLine) } },
      handler: async ({ ctx, params, query }) => ({
        status: 200,
        body: await segments.listSegmentLines(ctx.tenantId, params.no, page(query)),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/segments/:no/lines/export',
      tag,
      summary: "Download a segment's lines as an Excel workbook or CSV",
      description: 'In line order, every line; column headers in `lang` or the Accept-Language.',
      params: NoParams,
      query: ExportQuery,
      responses: exportResponses('The lines'),
      handler: async ({ ctx, params, query, header }) =>
        tableDownload(
          await segmentLineExport(
            ctx.tenantId,
            params.no,
            query.format,
            pickExportLanguage(query.lang, header('accept-language')),
          ),
        ),
    }),
    defineRoute({
      method: 'post',
      path: '/segments/:no/lines',
      tag,
      summary: 'Add a contact to a segment (409 if it is in already)',
      params: NoParams,
      body: CreateSegmentLineBody,
      idempotent: true,
      versioned: 'record',
      responses: { 201: { description: 'Added', schema: VersionedLine } },
      handler: async ({ ctx, params, body }) => ({
        status: 201,
        body: await segments.addSegmentLine(ctx.tenantId, params.no, body),
      }),
    }),
    defineRoute({
      method: 'patch',
      path: '/segments/:no/lines/:lineNo',
      tag,
      summary: "Override a line's interaction fields (or reset them to the header's)",
      params: LineParams,
      body: PatchSegmentLineBody,
      versioned: 'record',
      responses: { 200: { description: 'Changed', schema: VersionedLine } },
      handler: async ({ ctx, params, body, ifMatch }) => ({
        status: 200,
        body: await segments.patchSegmentLine(ctx.tenantId, params.no, params.lineNo, body, ifMatch),
      }),
    }),
    defineRoute({
      method: 'delete',
      path: '/segments/:no/lines/:lineNo',
      tag,
      summary: 'Remove a line',
      params: LineParams,
      responses: { 204: { description: 'Removed' } },
      handler: async ({ ctx, params }) => {
        await segments.deleteSegmentLine(ctx.tenantId, params.no, params.lineNo);
        return { status: 204 };
      },
    }),
    criteriaRoute('add', 'Add the contacts matching a filter'),
    criteriaRoute('reduce', 'Take the lines whose contacts match a filter out'),
    criteriaRoute('refine', 'Keep only the lines whose contacts match a filter'),
    defineRoute({
      method: 'get',
      path: '/segments/:no/criteria',
      tag,
      summary: "The segment's criteria steps, oldest first",
      params: NoParams,
      responses: { 200: { description: 'Steps', schema: Type.Object({ items: Type.Array(CriteriaStepSchema) }) } },
      handler: async ({ ctx, params }) => ({
        status: 200,
        body: { items: (await segments.loadSegment(ctx.tenantId, params.no)).steps },
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/segments/:no/undo',
      tag,
      summary: 'Revert the last add/reduce/refine step (409 when there is none)',
      params: NoParams,
      body: Type.Object({}, { additionalProperties: false }),
      bodyRequired: false,
      responses: {
        200: {
          description: 'Reverted',
          schema: Type.Composite([CriteriaResultSchema, Type.Object({ undoneStep: CriteriaStepSchema })]),
        },
      },
      handler: async ({ ctx, params }) => ({ status: 200, body: await criteria.undoLastStep(ctx.tenantId, params.no) }),
    }),
    defineRoute({
      method: 'post',
      path: '/segments/:no/save-criteria',
      tag,
      summary: "Save the segment's criteria steps under a code",
      params: NoParams,
      body: SaveCriteriaBody,
      idempotent: true,
      responses: { 201: { description: 'Saved', schema: SavedSegmentCriteriaSchema } },
      handler: async ({ ctx, params, body }) => ({
        status: 201,
        body: await criteria.saveCriteria(ctx.tenantId, params.no, body),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/segments/:no/reuse-criteria',
      tag,
      summary: 'Replay saved criteria steps on this segment',
      params: NoParams,
      body: ReuseCriteriaBody,
      responses: { 200: { description: 'Applied', schema: CriteriaResultSchema } },
      handler: async ({ ctx, params, body }) => ({
        status: 200,
        body: await criteria.reuseCriteria(ctx.tenantId, params.no, body.code),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/segments/:no/reuse-logged-segment',
      tag,
      summary: 'Add the contacts of a logged segment',
      params: NoParams,
      body: ReuseLoggedSegmentBody,
      responses: { 200: { description: 'Applied', schema: CriteriaResultSchema } },
      handler: async ({ ctx, params, body }) => ({
        status: 200,
        body: await criteria.reuseLoggedSegment(ctx.tenantId, params.no, body.loggedSegmentEntryNo),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/segments/:no/log',
      tag,
      summary: 'Log the segment: one interaction log entry per line',
      params: NoParams,
      body: LogSegmentBody,
      bodyRequired: false,
      idempotent: true,
      description:
        'Creates the logged segment and removes the segment. ' +
        'Safe to retry: a run that died part-way is finished by the next one, with exactly one entry per line. ' +
        '409 while another request logs the same segment.',
      responses: { 200: { description: 'Logged', schema: LogSegmentResultSchema } },
      handler: async ({ ctx, params, body }) => ({
        status: 200,
        body: await logSegment(ctx, params.no, body, logOptions, events),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/segments/:no/log-progress',
      tag,
      summary: 'Where logging the segment stands (for a progress bar while POST /log runs)',
      params: NoParams,
      description:
        'notStarted, logging (entries written so far) or logged (the segment is gone; its logged segment). ' +
        '404 when neither the segment nor a logged segment of that number exists.',
      responses: { 200: { description: 'Progress', schema: SegmentLogProgressSchema } },
      handler: async ({ ctx, params }) => ({ status: 200, body: await getLogProgress(ctx.tenantId, params.no) }),
    }),
    defineRoute({
      method: 'get',
      path: '/saved-segment-criteria',
      tag,
      summary: 'List saved segment criteria',
      query: PageQuery,
      responses: { 200: { description: 'A page of saved criteria', schema: ListOf(SavedSegmentCriteriaSchema) } },
      handler: async ({ ctx, query }) => ({
        status: 200,
        body: await criteria.listSavedCriteria(ctx.tenantId, page(query)),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/saved-segment-criteria/:code',
      tag,
      summary: 'Read saved segment criteria',
      params: Type.Object({ code: CodeSchema }),
      responses: { 200: { description: 'The saved criteria', schema: SavedSegmentCriteriaSchema } },
      handler: async ({ ctx, params }) => ({
        status: 200,
        body: await criteria.getSavedCriteria(ctx.tenantId, params.code),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/logged-segments',
      tag,
      summary: 'List logged segments',
      query: Type.Object({ ...ListQuery, segmentNo: Type.Optional(CodeSchema) }, { additionalProperties: false }),
      responses: { 200: { description: 'A page of logged segments', schema: ListOf(LoggedSegmentSchema) } },
      handler: async ({ ctx, query }) => ({ status: 200, body: await logged.listLoggedSegments(ctx.tenantId, query) }),
    }),
    defineRoute({
      method: 'get',
      path: '/logged-segments/:entryNo',
      tag,
      summary: 'Read a logged segment',
      params: EntryParams,
      responses: { 200: { description: 'The logged segment', schema: LoggedSegmentSchema } },
      handler: async ({ ctx, params }) => ({
        status: 200,
        body: await logged.getLoggedSegment(ctx.tenantId, params.entryNo),
      }),
    }),
    defineRoute({
      method: 'patch',
      path: '/logged-segments/:entryNo',
      tag,
      summary: 'Cancel (or restore) a logged segment and every entry it created',
      params: EntryParams,
      body: PatchLoggedSegmentBody,
      responses: { 200: { description: 'Changed', schema: LoggedSegmentSchema } },
      handler: async ({ ctx, params, body }) => ({
        status: 200,
        body: await logged.setLoggedSegmentCanceled(ctx.tenantId, params.entryNo, body.canceled),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/logged-segments/:entryNo/follow-up-segment',
      tag,
      summary: 'Create a segment with the same contacts',
      params: EntryParams,
      body: Type.Object({}, { additionalProperties: false }),
      bodyRequired: false,
      idempotent: true,
      responses: { 201: { description: 'Created', schema: Type.Object({ segmentNo: CodeSchema }) } },
      handler: async ({ ctx, params, idempotencyKey }) => ({
        status: 201,
        body: await logged.createFollowUpFromLogged(ctx.tenantId, params.entryNo, idempotencyKey),
      }),
    }),
  ];
}
