import type {
  InterlogApi,
  InteractionGroup,
  InteractionTemplate,
  InteractionTemplateSetup,
  Salesperson,
} from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { useAsync } from '@interlog/ui-kit';

export interface ReferenceData {
  templates: InteractionTemplate[];
  groups: InteractionGroup[];
  salespeople: Salesperson[];
  templateSetup: InteractionTemplateSetup;
}

const loaded = new WeakMap<InterlogApi, Promise<ReferenceData>>();

/**
 * Templates, groups, salespeople and the automatic-recording setup, read once per page:
 * a shell may start this before its first render, and every form after it reuses it.
 */
export function loadReferenceData(api: InterlogApi): Promise<ReferenceData> {
  let request = loaded.get(api);
  if (!request) {
    request = Promise.all([
      api.templates.list(),
      api.templates.groups(),
      api.salespeople.list(),
      api.templates.setup(),
    ]).then(([templates, groups, salespeople, templateSetup]) => ({
      templates: templates.items,
      groups: groups.items,
      salespeople: salespeople.items,
      templateSetup,
    }));
    request.catch(() => loaded.delete(api));
    loaded.set(api, request);
  }
  return request;
}

/** After a setup page changed templates, groups, salespeople or the template setup. */
export function forgetReferenceData(api: InterlogApi) {
  loaded.delete(api);
}

export function useReferenceData() {
  const { api } = useInterlog();
  return useAsync<ReferenceData>(() => loadReferenceData(api), [api]);
}
