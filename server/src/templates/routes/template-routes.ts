import { Type } from '@sinclair/typebox';
import { defineRoute } from '../../lib/http/route-registry';
import { CodeSchema, ListOf, ListQuery, Versioned } from '../../lib/schema/common-schema';
import {
  CreateInteractionGroupBody,
  InteractionGroupSchema,
  PatchInteractionGroupBody,
} from '../domain/interaction-group-schema';
import {
  CreateInteractionTemplateBody,
  InteractionTemplateSchema,
  PatchInteractionTemplateBody,
} from '../domain/interaction-template-schema';
import {
  InteractionTemplateSetupSchema,
  PutInteractionTemplateSetupBody,
} from '../domain/interaction-template-setup-schema';
import * as service from '../domain/interaction-template-service';
import { interactionGroupRepository } from '../data-access/interaction-group-repository';
import { interactionTemplateRepository } from '../data-access/interaction-template-repository';

const tag = 'Interaction templates';
const CodeParams = Type.Object({ code: CodeSchema });
const VersionedGroup = Versioned(InteractionGroupSchema);
const VersionedTemplate = Versioned(InteractionTemplateSchema);
const VersionedSetup = Versioned(InteractionTemplateSetupSchema);
const TemplateListQuery = Type.Object(
  { ...ListQuery, interactionGroupCode: Type.Optional(CodeSchema) },
  { additionalProperties: false },
);

export const templateRoutes = [
  defineRoute({
    method: 'get',
    path: '/interaction-groups',
    tag,
    summary: 'List interaction groups',
    query: Type.Object(ListQuery, { additionalProperties: false }),
    versioned: 'list',
    responses: { 200: { description: 'A page of groups', schema: ListOf(VersionedGroup) } },
    handler: async ({ ctx, query }) => ({
      status: 200,
      body: await interactionGroupRepository.list(ctx.tenantId, { limit: query.limit ?? 50, cursor: query.cursor }),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/interaction-groups',
    tag,
    summary: 'Create an interaction group',
    body: CreateInteractionGroupBody,
    idempotent: true,
    versioned: 'record',
    responses: { 201: { description: 'Created', schema: VersionedGroup } },
    handler: async ({ ctx, body }) => ({ status: 201, body: await service.createInteractionGroup(ctx.tenantId, body) }),
  }),
  defineRoute({
    method: 'get',
    path: '/interaction-groups/:code',
    tag,
    summary: 'Read an interaction group',
    params: CodeParams,
    versioned: 'record',
    responses: { 200: { description: 'The group', schema: VersionedGroup } },
    handler: async ({ ctx, params }) => ({
      status: 200,
      body: await service.getInteractionGroup(ctx.tenantId, params.code),
    }),
  }),
  defineRoute({
    method: 'patch',
    path: '/interaction-groups/:code',
    tag,
    summary: 'Change an interaction group',
    params: CodeParams,
    body: PatchInteractionGroupBody,
    versioned: 'record',
    responses: { 200: { description: 'Changed', schema: VersionedGroup } },
    handler: async ({ ctx, params, body, ifMatch }) => ({
      status: 200,
      body: await service.patchInteractionGroup(ctx.tenantId, params.code, body, ifMatch),
    }),
  }),
  defineRoute({
    method: 'delete',
    path: '/interaction-groups/:code',
    tag,
    summary: 'Delete an interaction group (409 while a template uses it)',
    params: CodeParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async ({ ctx, params }) => {
      await service.deleteInteractionGroup(ctx.tenantId, params.code);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/interaction-templates',
    tag,
    summary: 'List interaction templates',
    query: TemplateListQuery,
    versioned: 'list',
    responses: { 200: { description: 'A page of templates', schema: ListOf(VersionedTemplate) } },
    handler: async ({ ctx, query }) => ({
      status: 200,
      body: await interactionTemplateRepository.list(
        ctx.tenantId,
        { limit: query.limit ?? 50, cursor: query.cursor },
        query.interactionGroupCode ? { interactionGroupCode: query.interactionGroupCode.toUpperCase() } : {},
      ),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/interaction-templates',
    tag,
    summary: 'Create an interaction template',
    body: CreateInteractionTemplateBody,
    idempotent: true,
    versioned: 'record',
    responses: { 201: { description: 'Created', schema: VersionedTemplate } },
    handler: async ({ ctx, body }) => ({
      status: 201,
      body: await service.createInteractionTemplate(ctx.tenantId, body),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/interaction-templates/:code',
    tag,
    summary: 'Read an interaction template',
    params: CodeParams,
    versioned: 'record',
    responses: { 200: { description: 'The template', schema: VersionedTemplate } },
    handler: async ({ ctx, params }) => ({
      status: 200,
      body: await service.getInteractionTemplate(ctx.tenantId, params.code),
    }),
  }),
  defineRoute({
    method: 'patch',
    path: '/interaction-templates/:code',
    tag,
    summary: 'Change an interaction template',
    params: CodeParams,
    body: PatchInteractionTemplateBody,
    versioned: 'record',
    responses: { 200: { description: 'Changed', schema: VersionedTemplate } },
    handler: async ({ ctx, params, body, ifMatch }) => ({
      status: 200,
      body: await service.patchInteractionTemplate(ctx.tenantId, params.code, body, ifMatch),
    }),
  }),
  defineRoute({
    method: 'delete',
    path: '/interaction-templates/:code',
    tag,
    summary: 'Delete an interaction template',
    params: CodeParams,
    responses: { 204: { description: 'Deleted' } },
    handler: async ({ ctx, params }) => {
      await service.deleteInteractionTemplate(ctx.tenantId, params.code);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/interaction-template-setup',
    tag,
    summary: 'Which template records each automatic interaction',
    versioned: 'record',
    responses: { 200: { description: 'The setup', schema: VersionedSetup } },
    handler: async ({ ctx }) => ({ status: 200, body: await service.getInteractionTemplateSetup(ctx.tenantId) }),
  }),
  defineRoute({
    method: 'put',
    path: '/interaction-template-setup',
    tag,
    summary: 'Change the interaction template setup',
    body: PutInteractionTemplateSetupBody,
    versioned: 'record',
    responses: { 200: { description: 'The setup', schema: VersionedSetup } },
    handler: async ({ ctx, body, ifMatch }) => ({
      status: 200,
      body: await service.putInteractionTemplateSetup(ctx.tenantId, body, ifMatch),
    }),
  }),
];
