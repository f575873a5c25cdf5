import type { Getter, HttpClient } from './http-client';
import type {
  CreateInteractionGroupInput,
  CreateInteractionTemplateInput,
  CreateNumberSeriesInput,
  CreateSalespersonInput,
  InteractionGroup,
  InteractionTemplate,
  InteractionTemplateSetup,
  MarketingSetup,
  NumberSeries,
  Page,
  PatchInteractionGroupInput,
  PatchInteractionTemplateInput,
  PatchSalespersonInput,
  PutInteractionTemplateSetupInput,
  PutMarketingSetupInput,
  PutNumberSeriesInput,
  Salesperson,
} from './resources';

/** The setup pages: marketing setup, number series, interaction groups and templates, template setup, salespeople. */
export function createSetupApi(http: HttpClient, get: Getter) {
  const at = (code: string) => ({ path: { code } });
  return {
    marketingSetup: {
      get: (): Promise<MarketingSetup> => get('/marketing-setup'),
      put: async (input: PutMarketingSetupInput): Promise<MarketingSetup> =>
        (await http('PUT', '/marketing-setup', { body: input })).body,
    },
    numberSeries: {
      list: (): Promise<Page<NumberSeries>> => get('/number-series', { query: { limit: 500 } }),
      create: async (input: CreateNumberSeriesInput): Promise<NumberSeries> =>
        (await http('POST', '/number-series', { body: input })).body,
      put: async (code: string, input: PutNumberSeriesInput): Promise<NumberSeries> =>
        (await http('PUT', '/number-series/{code}', { ...at(code), body: input })).body,
    },
    interactionGroups: {
      create: async (input: CreateInteractionGroupInput): Promise<InteractionGroup> =>
        (await http('POST', '/interaction-groups', { body: input })).body,
      patch: async (code: string, input: PatchInteractionGroupInput): Promise<InteractionGroup> =>
        (await http('PATCH', '/interaction-groups/{code}', { ...at(code), body: input })).body,
      remove: async (code: string): Promise<void> => {
        await http('DELETE', '/interaction-groups/{code}', at(code));
      },
    },
    interactionTemplates: {
      create: async (input: CreateInteractionTemplateInput): Promise<InteractionTemplate> =>
        (await http('POST', '/interaction-templates', { body: input })).body,
      patch: async (code: string, input: PatchInteractionTemplateInput): Promise<InteractionTemplate> =>
        (await http('PATCH', '/interaction-templates/{code}', { ...at(code), body: input })).body,
      remove: async (code: string): Promise<void> => {
        await http('DELETE', '/interaction-templates/{code}', at(code));
      },
    },
    templateSetup: {
      put: async (input: PutInteractionTemplateSetupInput): Promise<InteractionTemplateSetup> =>
        (await http('PUT', '/interaction-template-setup', { body: input })).body,
    },
    salespeople: {
      create: async (input: CreateSalespersonInput): Promise<Salesperson> =>
        (await http('POST', '/salespeople', { body: input })).body,
      patch: async (code: string, input: PatchSalespersonInput): Promise<Salesperson> =>
        (await http('PATCH', '/salespeople/{code}', { ...at(code), body: input })).body,
    },
  };
}
