// Interaction groups, interaction templates and the interaction template setup: what other components may use.
import { interactionTemplateRepository } from './data-access/interaction-template-repository';
import { interactionGroupRepository } from './data-access/interaction-group-repository';

export {
  createInteractionGroup,
  createInteractionTemplate,
  existingTemplateCode,
  getInteractionTemplateSetup,
  putInteractionTemplateSetup,
} from './domain/interaction-template-service';
export type { InteractionTemplate } from './domain/interaction-template-schema';
export { receivedEmailTemplate } from './domain/interaction-template-setup-schema';

/** Templates as they are stored (null or absent when missing), for components that work with many at once. */
export const templateLookup: Pick<typeof interactionTemplateRepository, 'get' | 'cached' | 'getMany' | 'list'> =
  interactionTemplateRepository;

/** Interaction groups by code (null or absent when missing), and a page of them. */
export const interactionGroupLookup: Pick<typeof interactionGroupRepository, 'get' | 'getMany' | 'list'> =
  interactionGroupRepository;
