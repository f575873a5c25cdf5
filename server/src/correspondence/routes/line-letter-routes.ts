import { Type } from '@sinclair/typebox';
import { defineRoute } from '../../lib/http/route-registry';
import { fileDownload } from '../../lib/http/file-download';
import { CodeSchema } from '../../lib/schema/common-schema';
import { DOCX_TYPE, UploadWordTemplateQuery, WORD_TEMPLATE_MAX_SIZE } from '../domain/correspondence-schema';
import { LineLetterInfoSchema } from '../domain/line-letter-schema';
import { deleteLineLetter, getLineLetter, putLineLetter } from '../domain/line-letter-service';
import { fileNameFromContentDisposition } from '../domain/word-template-service';

const tag = 'Segments';
const LineParams = Type.Object({ no: CodeSchema, lineNo: Type.Integer({ minimum: 1 }) });
const path = '/segments/:no/lines/:lineNo/letter';

export const lineLetterRoutes = [
  defineRoute({
    method: 'put',
    path,
    tag,
    summary: "Upload a letter for this line's contact, in place of the letter merged from the Word template",
    description:
      `The body is the .docx itself (Content-Type ${DOCX_TYPE}, up to ${WORD_TEMPLATE_MAX_SIZE}); it is kept ` +
      'as it is, without merging. When the segment is logged it becomes the entry’s own letter ' +
      '(GET /interaction-log-entries/{entryNo}/attachment) and the merged letters document leaves this contact ' +
      'out. The line then shows hasOwnLetter. 400 when the file is not a .docx, 413 when it is too large, 422 ' +
      'when the line is not sent as a hard copy; the earlier letter then stays. The file name comes from ' +
      '?fileName=, else Content-Disposition, else "Letter <contactNo>.docx".',
    params: LineParams,
    query: UploadWordTemplateQuery,
    rawBody: { type: DOCX_TYPE, limit: WORD_TEMPLATE_MAX_SIZE },
    responses: { 200: { description: 'Stored: the letter without its bytes', schema: LineLetterInfoSchema } },
    handler: async ({ ctx, params, query, body, header }) => ({
      status: 200,
      body: await putLineLetter(ctx, params.no, params.lineNo, {
        data: body as unknown as Buffer,
        fileName: query.fileName ?? fileNameFromContentDisposition(header('Content-Disposition')),
      }),
    }),
  }),
  defineRoute({
    method: 'get',
    path,
    tag,
    summary: "Download the letter uploaded for this line's contact (404 when there is none)",
    params: LineParams,
    responses: { 200: { description: 'The .docx as uploaded', contentType: DOCX_TYPE } },
    handler: async ({ ctx, params }) => fileDownload(await getLineLetter(ctx, params.no, params.lineNo)),
  }),
  defineRoute({
    method: 'delete',
    path,
    tag,
    summary: "Remove the uploaded letter: the line's contact gets the merged letter again",
    params: LineParams,
    responses: { 204: { description: 'Removed' } },
    handler: async ({ ctx, params }) => {
      await deleteLineLetter(ctx, params.no, params.lineNo);
      return { status: 204 };
    },
  }),
];
