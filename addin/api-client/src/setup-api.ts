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

/**
 * The setup pages: marketing setup, number series, interaction groups and templates, template setup, salespeople.
 * A write given the `version` the record was read at is refused (412) when someone else changed it since.
 */
export function createSetupApi(http: HttpClient, get: Getter) {
  const at = (code: string) => ({ path: { code } });
  return {
    marketingSetup: {
      get: (): Promise<MarketingSetup> => get('/marketing-setup'),
      put: async (input: PutMarketingSetupInput, version?: number): Promise<MarketingSetup> =>
        (await http('PUT', '/marketing-setup', { body: input, ifMatch: version })).body,
    },
    numberSeries: {
      list: (): Promise<Page<NumberSeries>> => get('/number-series', { query: { limit: 500 } }),
      create: async (input: CreateNumberSeriesInput): Promise<NumberSeries> =>
        (await http('POST', '/number-series', { body: input })).body,
      put: async (code: string, input: PutNumberSeriesInput, version?: number): Promise<NumberSeries> =>
        (await http('PUT', '/number-series/{code}', { ...at(code), body: input, ifMatch: version })).body,
    },
    interactionGroups: {
      create: async (input: CreateInteractionGroupInput): Promise<InteractionGroup> =>
        (await http('POST', '/interaction-groups', { body: input })).body,
      patch: async (code: string, input: PatchInteractionGroupInput, version?: number): Promise<InteractionGroup> =>
        (await http('PATCH', '/interaction-groups/{code}', { ...at(code), body: input, ifMatch: version })).body,
      remove: async (code: string): Promise<void> => {
        await http('DELETE', '/interaction-groups/{code}', at(code));
      },
    },
    interactionTemplates: {
      create: async (input: CreateInteractionTemplateInput): Promise<InteractionTemplate> =>
        (await http('POST', '/interaction-templates', { body: input })).body,
      patch: async (
        code: string,
        input: PatchInteractionTemplateInput,
        version?: number,
      ): Promise<InteractionTemplate> =>
        (await http('PATCH', '/interaction-templates/{code}', { ...at(code), body: input, ifMatch: version })).body,
      remove: async (code: string): Promise<void> => {
        await http('DELETE', '/interaction-templates/{code}', at(code));
      },
    },
    templateSetup: {
      put: async (input: PutInteractionTemplateSetupInput, version?: number): Promise<InteractionTemplateSetup> =>
        (await http('PUT', '/interaction-template-setup', { body: input, ifMatch: version })).body,
    },
    salespeople: {
      create: async (input: CreateSalespersonInput): Promise<Salesperson> =>
        (await http('POST', '/salespeople', { body: input })).body,
      patch: async (code: string, input: PatchSalespersonInput, version?: number): Promise<Salesperson> =>
        (await http('PATCH', '/salespeople/{code}', { ...at(code), body: input, ifMatch: version })).body,
    },
  };
}
