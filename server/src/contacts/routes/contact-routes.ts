import { Type } from '@sinclair/typebox';
import { defineRoute } from '../../lib/http/route-registry';
import { CodeSchema, ListOf, ListQuery, Versioned } from '../../lib/schema/common-schema';
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
const VersionedSalesperson = Versioned(SalespersonSchema);
const VersionedContact = Versioned(ContactSchema);

export const contactRoutes = [
  defineRoute({
    method: 'get',
    path: '/salespeople',
    tag,
    summary: 'List salespeople',
    query: Type.Object(ListQuery, { additionalProperties: false }),
    versioned: 'list',
    responses: { 200: { description: 'A page of salespeople', schema: ListOf(VersionedSalesperson) } },
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
    versioned: 'record',
    responses: { 201: { description: 'Created', schema: VersionedSalesperson } },
    handler: async ({ ctx, body }) => ({ status: 201, body: await createSalesperson(ctx.tenantId, body) }),
  }),
  defineRoute({
    method: 'get',
    path: '/salespeople/:code',
    tag,
    summary: 'Read a salesperson',
    params: Type.Object({ code: CodeSchema }),
    versioned: 'record',
    responses: { 200: { description: 'The salesperson', schema: VersionedSalesperson } },
    handler: async ({ ctx, params }) => ({ status: 200, body: await getSalesperson(ctx.tenantId, params.code) }),
  }),
  defineRoute({
    method: 'patch',
    path: '/salespeople/:code',
    tag,
    summary: 'Change a salesperson',
    params: Type.Object({ code: CodeSchema }),
    body: PatchSalespersonBody,
    versioned: 'record',
    responses: { 200: { description: 'Changed', schema: VersionedSalesperson } },
    handler: async ({ ctx, params, body, ifMatch }) => ({
      status: 200,
      body: await patchSalesperson(ctx.tenantId, params.code, body, ifMatch),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/contacts',
    tag,
    summary: 'List or find contacts',
    query: ContactListQuery,
    description: '`email` matches the address case-insensitively; `search` matches name, email or company.',
    versioned: 'list',
    responses: { 200: { description: 'A page of contacts', schema: ListOf(VersionedContact) } },
    handler: async ({ ctx, query }) => ({ status: 200, body: await listContacts(ctx.tenantId, query) }),
  }),
  defineRoute({
    method: 'post',
    path: '/contacts',
    tag,
    summary: 'Create a contact (number from the contact number series when omitted)',
    body: CreateContactBody,
    idempotent: true,
    versioned: 'record',
    responses: { 201: { description: 'Created', schema: VersionedContact } },
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
    versioned: 'record',
    responses: { 200: { description: 'The contact', schema: VersionedContact } },
    handler: async ({ ctx, params }) => ({ status: 200, body: await getContact(ctx.tenantId, params.no) }),
  }),
  defineRoute({
    method: 'patch',
    path: '/contacts/:no',
    tag,
    summary: 'Change a contact',
    params: Type.Object({ no: CodeSchema }),
    body: PatchContactBody,
    versioned: 'record',
    responses: { 200: { description: 'Changed', schema: VersionedContact } },
    handler: async ({ ctx, params, body, ifMatch }) => ({
      status: 200,
      body: await patchContact(ctx.tenantId, params.no, body, ifMatch),
    }),
  }),
];
