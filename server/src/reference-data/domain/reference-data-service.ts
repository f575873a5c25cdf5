import { getInteractionTemplateSetup, interactionGroupLookup, templateLookup } from '../../templates';
import { salespersonLookup } from '../../contacts';
import { REFERENCE_LIST_LIMIT } from './reference-data-schema';

const FIRST_PAGE = { limit: REFERENCE_LIST_LIMIT };

/** The templates, groups, salespeople and template setup of a tenant, read at once. */
export async function readReferenceData(tenantId: string) {
  const [templates, groups, salespeople, templateSetup] = await Promise.all([
    templateLookup.list(tenantId, FIRST_PAGE),
    interactionGroupLookup.list(tenantId, FIRST_PAGE),
    salespersonLookup.list(tenantId, FIRST_PAGE),
    getInteractionTemplateSetup(tenantId),
  ]);
  return { templates: templates.items, groups: groups.items, salespeople: salespeople.items, templateSetup };
}
