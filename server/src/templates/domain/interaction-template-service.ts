import { businessRule, conflict, notFound } from '../../lib/errors/app-error';
import { interactionGroupRepository } from '../data-access/interaction-group-repository';
import { interactionTemplateRepository } from '../data-access/interaction-template-repository';
import { interactionTemplateSetupRepository } from '../data-access/interaction-template-setup-repository';
import type {
  CreateInteractionGroupInput,
  InteractionGroup,
  PatchInteractionGroupInput,
} from './interaction-group-schema';
import {
  templateDefaults,
  type CreateInteractionTemplateInput,
  type InteractionTemplate,
  type PatchInteractionTemplateInput,
} from './interaction-template-schema';
import {
  automaticInteractions,
  type InteractionTemplateSetup,
  type PutInteractionTemplateSetupInput,
} from './interaction-template-setup-schema';

export function createInteractionGroup(
  tenantId: string,
  input: CreateInteractionGroupInput,
): Promise<InteractionGroup> {
  return interactionGroupRepository.insert(tenantId, {
    code: input.code.toUpperCase(),
    description: input.description ?? '',
  });
}

export async function getInteractionGroup(tenantId: string, code: string): Promise<InteractionGroup> {
  const group = await interactionGroupRepository.get(tenantId, code.toUpperCase());
  if (!group) throw notFound('Interaction group', code.toUpperCase());
  return group;
}

export async function patchInteractionGroup(
  tenantId: string,
  code: string,
  input: PatchInteractionGroupInput,
  ifMatch?: number,
): Promise<InteractionGroup> {
  const group = await interactionGroupRepository.update(tenantId, code.toUpperCase(), input, ifMatch);
  if (!group) throw notFound('Interaction group', code.toUpperCase());
  return group;
}

/** Templates named when a group in use cannot be deleted. */
const TEMPLATES_NAMED = 10;

export async function deleteInteractionGroup(tenantId: string, code: string): Promise<void> {
  const key = code.toUpperCase();
  await getInteractionGroup(tenantId, key);
  const usedBy = await interactionTemplateRepository.usingGroup(tenantId, key, TEMPLATES_NAMED);
  if (usedBy.length) {
    const names = usedBy.map((t) => (t.description ? `${t.code} (${t.description})` : t.code)).join(', ');
    const more = usedBy.length === TEMPLATES_NAMED ? ', …' : '';
    throw conflict(
      `Interaction group ${key} is in use by interaction template ${names}${more}; give those templates another ` +
        'group first.',
      { usedBy },
    );
  }
  await interactionGroupRepository.remove(tenantId, key);
}

function normalizeTemplate<T extends Partial<InteractionTemplate>>(input: T): T {
  const out = { ...input };
  if (out.interactionGroupCode !== undefined) out.interactionGroupCode = out.interactionGroupCode.toUpperCase();
  if (out.languageCode !== undefined) out.languageCode = out.languageCode.toUpperCase();
  if (out.campaignNo !== undefined) out.campaignNo = out.campaignNo.toUpperCase();
  return out;
}

async function checkGroup(tenantId: string, code: string | undefined) {
  if (code && !(await interactionGroupRepository.exists(tenantId, code))) {
    throw businessRule(`Interaction group ${code} does not exist.`, {
      errors: [{ path: '/body/interactionGroupCode', message: 'names no interaction group' }],
    });
  }
}

export async function createInteractionTemplate(
  tenantId: string,
  input: CreateInteractionTemplateInput,
): Promise<InteractionTemplate> {
  const template = normalizeTemplate({ ...templateDefaults, ...input, code: input.code.toUpperCase() });
  await checkGroup(tenantId, template.interactionGroupCode);
  return interactionTemplateRepository.insert(tenantId, template);
}

/** The template's code as stored (upper case); 404 when there is no such template. */
export async function existingTemplateCode(tenantId: string, code: string): Promise<string> {
  const key = code.toUpperCase();
  if (!(await interactionTemplateRepository.exists(tenantId, key))) throw notFound('Interaction template', key);
  return key;
}

export async function getInteractionTemplate(tenantId: string, code: string): Promise<InteractionTemplate> {
  const template = await interactionTemplateRepository.get(tenantId, code.toUpperCase());
  if (!template) throw notFound('Interaction template', code.toUpperCase());
  return template;
}

export async function patchInteractionTemplate(
  tenantId: string,
  code: string,
  input: PatchInteractionTemplateInput,
  ifMatch?: number,
): Promise<InteractionTemplate> {
  const key = code.toUpperCase();
  await getInteractionTemplate(tenantId, key);
  const changes = normalizeTemplate(input);
  await checkGroup(tenantId, changes.interactionGroupCode);
  return (await interactionTemplateRepository.update(tenantId, key, changes, ifMatch))!;
}

export async function deleteInteractionTemplate(tenantId: string, code: string): Promise<void> {
  const key = code.toUpperCase();
  await getInteractionTemplate(tenantId, key);
  if (await interactionTemplateSetupRepository.usesTemplate(tenantId, key)) {
    throw conflict(
      `Interaction template ${key} records automatic interactions (interaction template setup) and cannot be deleted.`,
    );
  }
  await interactionTemplateRepository.remove(tenantId, key);
}

export const getInteractionTemplateSetup = (tenantId: string) => interactionTemplateSetupRepository.get(tenantId);

export async function putInteractionTemplateSetup(
  tenantId: string,
  input: PutInteractionTemplateSetupInput,
  ifMatch?: number,
): Promise<InteractionTemplateSetup> {
  const changes: Partial<InteractionTemplateSetup> = {};
  const problems = [];
  for (const name of automaticInteractions) {
    const code = input[name];
    if (code === undefined) continue;
    changes[name] = code.toUpperCase();
    if (changes[name] && !(await interactionTemplateRepository.exists(tenantId, changes[name]!))) {
      problems.push({ path: `/body/${name}`, message: `names no interaction template (${changes[name]})` });
    }
  }
  if (problems.length)
    throw businessRule('The interaction template setup names templates that do not exist.', { errors: problems });
  return interactionTemplateSetupRepository.put(tenantId, changes, ifMatch);
}
