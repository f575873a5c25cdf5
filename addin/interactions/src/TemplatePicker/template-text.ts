import type { InteractionTemplate } from '@interlog/api-client';

/** A template as the picker shows it: "E-mail received (EMAIL-IN)". */
export const templateText = (template: InteractionTemplate) => `${template.description} (${template.code})`;
