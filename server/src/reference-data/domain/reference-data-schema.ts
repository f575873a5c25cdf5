import { Type, type Static } from '@sinclair/typebox';
import { Versioned } from '../../lib/schema/common-schema';
import { SalespersonSchema } from '../../contacts/domain/salesperson-schema';
import { InteractionGroupSchema } from '../../templates/domain/interaction-group-schema';
import { InteractionTemplateSchema } from '../../templates/domain/interaction-template-schema';
import { InteractionTemplateSetupSchema } from '../../templates/domain/interaction-template-setup-schema';

/** How many of each list the reference data holds (by code), as many as the forms offer. */
export const REFERENCE_LIST_LIMIT = 500;

/** What every form of the add-in reads once per page, in one answer: each list as its first page of 500, by code. */
export const ReferenceDataSchema = Type.Object({
  templates: Type.Array(Versioned(InteractionTemplateSchema)),
  groups: Type.Array(Versioned(InteractionGroupSchema)),
  salespeople: Type.Array(Versioned(SalespersonSchema)),
  templateSetup: Versioned(InteractionTemplateSetupSchema),
});
export type ReferenceData = Static<typeof ReferenceDataSchema>;
