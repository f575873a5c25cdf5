import { Type } from '@sinclair/typebox';
import { defineRoute } from '../../lib/http/route-registry';
import { CodeSchema, ListOf, ListQuery } from '../../lib/schema/common-schema';
import {
  ContactListQuery,
  ContactSchema,
  CreateContactBody,
  ImportContactsBody,
  PatchContactBody,
} from '../domain/contact-schema';
import { CreateSalespersonBody, PatchSalespersonBody, SalespersonSchema } from '../domain/salesperson-schema';
import { createContact, getContact, importContacts, listContacts, patchContact } from '../domain/contact-service';
import { createSalesperson, getSalesperson, patchSalesperson } from '../domain/salesperson-service';
import { salespersonRepository } from '../data-access/salesperson-repository';

const tag = 'Contacts';

export const contactRoutes = [
  defineRoute({
    method: 'get',
    path: '/salespeople',
    tag,
    summary: 'List salespeople',
    query: Type.Object(ListQuery, { additionalProperties: false }),
    responses: { 200: { description: 'A page of salespeople', schema: ListOf(SalespersonSchema) } },
    handler: async ({ ctx, query }) => ({
      status: 200,
      body: await salespersonRepository.list(ctx.tenantId, { limit: query.limit ?? 50, cursor: query.cursor }),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/salespeople',
    tag,
    summary: 'Create a salesperson',
    body: CreateSalespersonBody,
    idempotent: true,
    responses: { 201: { description: 'Created', schema: SalespersonSchema } },
    handler: async ({ ctx, body }) => ({ status: 201, body: await createSalesperson(ctx.tenantId, body) }),
  }),
  defineRoute({
    method: 'get',
    path: '/salespeople/:code',
    tag,
    summary: 'Read a salesperson',
    params: Type.Object({ code: CodeSchema }),
    responses: { 200: { description: 'The salesperson', schema: SalespersonSchema } },
    handler: async ({ ctx, params }) => ({ status: 200, body: await getSalesperson(ctx.tenantId, params.code) }),
  }),
  defineRoute({
    method: 'patch',
    path: '/salespeople/:code',
    tag,
    summary: 'Change a salesperson',
    params: Type.Object({ code: CodeSchema }),
    body: PatchSalespersonBody,
    responses: { 200: { description: 'Changed', schema: SalespersonSchema } },
    handler: async ({ ctx, params, body }) => ({
      status: 200,
      body: await patchSalesperson(ctx.tenantId, params.code, body),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/contacts',
    tag,
    summary: 'List or find contacts',
    query: ContactListQuery,
    description: '`email` matches the address case-insensitively; `search` matches name, email or company.',
    responses: { 200: { description: 'A page of contacts', schema: ListOf(ContactSchema) } },
    handler: async ({ ctx, query }) => ({ status: 200, body: await listContacts(ctx.tenantId, query) }),
  }),
  defineRoute({
    method: 'post',
    path: '/contacts',
    tag,
    summary: 'Create a contact (number from the contact number series when omitted)',
    body: CreateContactBody,
    idempotent: true,
    responses: { 201: { description: 'Created', schema: ContactSchema } },
    handler: async ({ ctx, body, idempotencyKey }) => ({
      status: 201,
      body: await createContact(ctx.tenantId, body, idempotencyKey),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/contacts/batch',
    tag,
    summary: 'Import up to 1000 contacts at once; numbers already taken are left as they are',
    body: ImportContactsBody,
    responses: {
      200: {
        description: 'How many were created and how many existed',
        schema: Type.Object({ created: Type.Integer(), existing: Type.Integer() }),
      },
    },
    handler: async ({ ctx, body }) => ({ status: 200, body: await importContacts(ctx.tenantId, body.contacts) }),
  }),
  defineRoute({
    method: 'get',
    path: '/contacts/:no',
    tag,
    summary: 'Read a contact',
    params: Type.Object({ no: CodeSchema }),
    responses: { 200: { description: 'The contact', schema: ContactSchema } },
    handler: async ({ ctx, params }) => ({ status: 200, body: await getContact(ctx.tenantId, params.no) }),
  }),
  defineRoute({
    method: 'patch',
    path: '/contacts/:no',
    tag,
    summary: 'Change a contact',
    params: Type.Object({ no: CodeSchema }),
    body: PatchContactBody,
    responses: { 200: { description: 'Changed', schema: ContactSchema } },
    handler: async ({ ctx, params, body }) => ({
      status: 200,
      body: await patchContact(ctx.tenantId, params.no, body),
    }),
  }),
];
