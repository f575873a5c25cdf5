import type { InteractionGroup, InteractionTemplate, InteractionTemplateSetup, Salesperson } from '../../../api-client/src/resources';
import { useInterlog } from '../context/InterlogContext';
import { useAsync } from './use-async';

export interface ReferenceData {
  templates: InteractionTemplate[];
  groups: InteractionGroup[];
  salespeople: Salesperson[];
  templateSetup: InteractionTemplateSetup;
}

/** Templates, groups, salespeople and the automatic-recording setup the forms choose from. */
export function useReferenceData() {
  const { api } = useInterlog();
  return useAsync<ReferenceData>(async () => {
    const [templates, groups, salespeople, templateSetup] = await Promise.all([api.templates.list(), api.templates.groups(), api.salespeople.list(), api.templates.setup()]);
    return { templates: templates.items, groups: groups.items, salespeople: salespeople.items, templateSetup };
  }, [api]);
}
