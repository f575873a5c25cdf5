import { Type } from '@sinclair/typebox';
import { defineRoute } from '../../lib/http/route-registry';
import { fileDownload } from '../../lib/http/file-download';
import { CodeSchema, EntryNoSchema } from '../../lib/schema/common-schema';
import {
  DOCX_TYPE,
  LettersResultSchema,
  mergeFieldNames,
  UploadWordTemplateQuery,
  WORD_TEMPLATE_MAX_SIZE,
  WordTemplateInfoSchema,
} from '../domain/correspondence-schema';
import { EmailContentSchema, PutEmailContentBody } from '../domain/email-content-schema';
import { deleteEmailContent, getEmailContent, putEmailContent } from '../domain/email-content-service';
import * as wordTemplates from '../domain/word-template-service';
import { generateLetters, getAttachmentFile, getEntryAttachmentFile } from '../domain/letters-use-case';

const tag = 'Correspondence';
const CodeParams = Type.Object({ code: CodeSchema });
const EntryParams = Type.Object({ entryNo: EntryNoSchema });

export const correspondenceRoutes = [
  defineRoute({
    method: 'put',
    path: '/interaction-templates/:code/word-template',
    tag,
    summary: "Upload the template's Word template (the .docx its hard-copy letters are merged from)",
    description:
      `The body is the .docx itself (Content-Type ${DOCX_TYPE}, up to ${WORD_TEMPLATE_MAX_SIZE}). ` +
      'Merge fields are written {contactName}; {#field}…{/field} and {^field}…{/field} show text only when a ' +
      'field has or lacks a value. 400 when docxtemplater cannot compile the file or a tag is not a merge field ' +
      '(listed in unknownFields); the earlier document then stays. ' +
      'The file name comes from ?fileName=, else Content-Disposition, else <code>.docx.',
    params: CodeParams,
    query: UploadWordTemplateQuery,
    rawBody: { type: DOCX_TYPE, limit: WORD_TEMPLATE_MAX_SIZE },
    responses: { 200: { description: 'Stored: the document without its bytes', schema: WordTemplateInfoSchema } },
    handler: async ({ ctx, params, query, body, header }) => ({
      status: 200,
      body: await wordTemplates.putWordTemplate(ctx.tenantId, params.code, {
        data: body as unknown as Buffer,
        fileName: query.fileName ?? wordTemplates.fileNameFromContentDisposition(header('Content-Disposition')),
      }),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/interaction-templates/:code/word-template',
    tag,
    summary: "Download the template's Word template",
    params: CodeParams,
    responses: { 200: { description: 'The .docx as uploaded', contentType: DOCX_TYPE } },
    handler: async ({ ctx, params }) => {
      const { info, data } = await wordTemplates.getWordTemplateFile(ctx.tenantId, params.code);
      return fileDownload({ fileName: info.fileName, data });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/interaction-templates/:code/word-template/info',
    tag,
    summary: "The template's Word template without its bytes: file name, size, merge fields used, when it was uploaded",
    params: CodeParams,
    responses: { 200: { description: 'The Word template', schema: WordTemplateInfoSchema } },
    handler: async ({ ctx, params }) => ({
      status: 200,
      body: await wordTemplates.getWordTemplateInfo(ctx.tenantId, params.code),
    }),
  }),
  defineRoute({
    method: 'delete',
    path: '/interaction-templates/:code/word-template',
    tag,
    summary: "Remove the template's Word template (letters made before stay)",
    params: CodeParams,
    responses: { 204: { description: 'Removed' } },
    handler: async ({ ctx, params }) => {
      await wordTemplates.deleteWordTemplate(ctx.tenantId, params.code);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'put',
    path: '/interaction-templates/:code/email-content',
    tag,
    summary: 'Set the email the template sends to each contact of a segment logged with deliver',
    params: CodeParams,
    body: PutEmailContentBody,
    description:
      `Subject and plain-text body with merge fields written {contactName}: ${mergeFieldNames.join(', ')}. ` +
      '400 listing unknownFields when a {field} is not one of them (the earlier content then stays).',
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
    method: 'post',
    path: '/logged-segments/:entryNo/letters',
    tag,
    summary:
      "Make the logged segment's hard-copy letters: one Word document per template, one letter per hard-copy entry",
    description:
      'Entries whose correspondence type is hardCopy and whose template has a Word template get a letter, ' +
      'in entry order, a page break between letters; each entry is pointed at its document (attachmentNo). ' +
      'Logging a segment does this already; calling again returns the documents made before (never a second ' +
      'one) and makes those of templates given a Word template since.',
    params: EntryParams,
    body: Type.Object({}, { additionalProperties: false }),
    bodyRequired: false,
    responses: {
      200: {
        description:
          'The letters documents of the logged segment (empty when it has no hard-copy entries with a Word template)',
        schema: LettersResultSchema,
      },
    },
    handler: async ({ ctx, params }) => ({ status: 200, body: await generateLetters(ctx.tenantId, params.entryNo) }),
  }),
  defineRoute({
    method: 'get',
    path: '/attachments/:attachmentNo',
    tag,
    summary: 'Download an attachment (a letters document)',
    params: Type.Object({ attachmentNo: EntryNoSchema }),
    responses: { 200: { description: 'The .docx', contentType: DOCX_TYPE } },
    handler: async ({ ctx, params }) => fileDownload(await getAttachmentFile(ctx.tenantId, params.attachmentNo)),
  }),
  defineRoute({
    method: 'get',
    path: '/interaction-log-entries/:entryNo/attachment',
    tag,
    summary: "Download the document that holds the entry's letter (404 when it has none)",
    params: EntryParams,
    responses: { 200: { description: 'The .docx', contentType: DOCX_TYPE } },
    handler: async ({ ctx, params }) => fileDownload(await getEntryAttachmentFile(ctx.tenantId, params.entryNo)),
  }),
];
