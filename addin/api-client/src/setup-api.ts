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
  const send = async <T>(method: string, path: string, body?: unknown) => (await http<T>(method, path, { body })).body;
  const at = (base: string, code: string) => `${base}/${encodeURIComponent(code)}`;
  return {
    marketingSetup: {
      get: () => get<MarketingSetup>('/marketing-setup'),
      put: (input: PutMarketingSetupInput) => send<MarketingSetup>('PUT', '/marketing-setup', input),
    },
    numberSeries: {
      list: () => get<Page<NumberSeries>>('/number-series', { limit: 500 }),
      create: (input: CreateNumberSeriesInput) => send<NumberSeries>('POST', '/number-series', input),
      put: (code: string, input: PutNumberSeriesInput) => send<NumberSeries>('PUT', at('/number-series', code), input),
    },
    interactionGroups: {
      create: (input: CreateInteractionGroupInput) => send<InteractionGroup>('POST', '/interaction-groups', input),
      patch: (code: string, input: PatchInteractionGroupInput) =>
        send<InteractionGroup>('PATCH', at('/interaction-groups', code), input),
      remove: (code: string) => send<void>('DELETE', at('/interaction-groups', code)),
    },
    interactionTemplates: {
      create: (input: CreateInteractionTemplateInput) =>
        send<InteractionTemplate>('POST', '/interaction-templates', input),
      patch: (code: string, input: PatchInteractionTemplateInput) =>
        send<InteractionTemplate>('PATCH', at('/interaction-templates', code), input),
      remove: (code: string) => send<void>('DELETE', at('/interaction-templates', code)),
    },
    templateSetup: {
      put: (input: PutInteractionTemplateSetupInput) =>
        send<InteractionTemplateSetup>('PUT', '/interaction-template-setup', input),
    },
    salespeople: {
      create: (input: CreateSalespersonInput) => send<Salesperson>('POST', '/salespeople', input),
      patch: (code: string, input: PatchSalespersonInput) =>
        send<Salesperson>('PATCH', at('/salespeople', code), input),
    },
  };
}
