import { Type } from '@sinclair/typebox';
import { defineRoute } from '../../lib/http/route-registry';
import { ListOf } from '../../lib/schema/common-schema';
import {
  AddressSchema,
  CreateContactFromCorrespondentBody,
  CreatedFromCorrespondentSchema,
  ListQuery,
  SightingsBody,
  SightingsResultSchema,
  UnknownCorrespondentDetailSchema,
  UnknownCorrespondentSchema,
} from '../domain/unknown-correspondent-schema';
import {
  clearUnknownCorrespondent,
  getUnknownCorrespondent,
  ignoreAddress,
  listUnknownCorrespondents,
  unignoreAddress,
} from '../domain/unknown-correspondent-service';
import { keepUnknownCorrespondents } from '../domain/keep-sightings-use-case';
import { createContactFromCorrespondent } from '../domain/create-contact-from-correspondent-use-case';

const tag = 'Unknown correspondents';
const params = Type.Object({ address: AddressSchema });
const done = { 204: { description: 'Done' } };

export const unknownCorrespondentRoutes = [
  defineRoute({
    method: 'get',
    path: '/unknown-correspondents',
    tag,
    summary: 'List the addresses met that match no contact, most recently seen first',
    query: ListQuery,
    responses: { 200: { description: 'A page of them', schema: ListOf(UnknownCorrespondentSchema) } },
    handler: async ({ ctx, query }) => ({ status: 200, body: await listUnknownCorrespondents(ctx.tenantId, query) }),
  }),
  defineRoute({
    method: 'post',
    path: '/unknown-correspondents/sightings',
    tag,
    summary: 'Keep the people of an email or meeting who match no contact (the pane and the on-send event call it)',
    description:
      'Contacts and ignored addresses are left out; an item kept already for an address is not counted again.',
    body: SightingsBody,
    responses: { 200: { description: 'What was kept', schema: SightingsResultSchema } },
    handler: async ({ ctx, body }) => ({
      status: 200,
      body: { kept: await keepUnknownCorrespondents(ctx, body.item, body.people) },
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/unknown-correspondents/:address',
    tag,
    summary: 'Read an unknown correspondent with its kept items',
    params,
    responses: { 200: { description: 'The correspondent', schema: UnknownCorrespondentDetailSchema } },
    handler: async ({ ctx, params: p }) => ({
      status: 200,
      body: await getUnknownCorrespondent(ctx.tenantId, p.address),
    }),
  }),
  defineRoute({
    method: 'delete',
    path: '/unknown-correspondents/:address',
    tag,
    summary: 'Clear an address from the list with its kept items (it is listed again when met again)',
    params,
    responses: done,
    handler: async ({ ctx, params: p }) => {
      await clearUnknownCorrespondent(ctx.tenantId, p.address);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/unknown-correspondents/:address/ignore',
    tag,
    summary: 'Never keep this address again: it leaves the list and its later sightings are dropped',
    params,
    body: Type.Object({}, { additionalProperties: false }),
    bodyRequired: false,
    responses: done,
    handler: async ({ ctx, params: p }) => {
      await ignoreAddress(ctx.tenantId, p.address);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/unknown-correspondents/:address/ignore',
    tag,
    summary: 'Keep this address again when it is met',
    params,
    responses: done,
    handler: async ({ ctx, params: p }) => {
      await unignoreAddress(ctx.tenantId, p.address);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/unknown-correspondents/:address/contact',
    tag,
    summary:
      'Create a contact from the address (company from its domain), optionally recording the missed interactions',
    description:
      'Each kept item is recorded once, keyed as the pane and automatic recording key it; the address then ' +
      'leaves the list. 409 when the address is a contact already.',
    params,
    body: CreateContactFromCorrespondentBody,
    bodyRequired: false,
    responses: { 201: { description: 'Created', schema: CreatedFromCorrespondentSchema } },
    handler: async ({ ctx, params: p, body }) => ({
      status: 201,
      body: await createContactFromCorrespondent(ctx, p.address, body),
    }),
  }),
];
