import { randomUUID } from 'node:crypto';
import type {
  Contact,
  InteractionGroup,
  InteractionLogEntry,
  InteractionTemplate,
  NumberSeries,
  Salesperson,
  Segment,
} from '@interlog/api-client';
import type { ApiClient } from './test-app';

const short = () => randomUUID().replace(/-/g, '').slice(0, 8).toUpperCase();

async function ok<T = any>(promise: Promise<{ status: number; body: T }>, expected = [200, 201]): Promise<T> {
  const res = await promise;
  if (!expected.includes(res.status))
    throw new Error(`Factory request failed with ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Small factories: each test makes the data it needs through the real API, typed by the resources' schemas. */
export function factories(api: ApiClient) {
  return {
    ok,
    async numberSeries(overrides: Record<string, unknown> = {}) {
      return ok(api.post<NumberSeries>('/number-series', { code: `NS${short()}`, startingNo: 'X00001', ...overrides }));
    },
    async group(overrides: Record<string, unknown> = {}) {
      return ok(
        api.post<InteractionGroup>('/interaction-groups', { code: `G${short()}`, description: 'Group', ...overrides }),
      );
    },
    async template(overrides: Record<string, unknown> = {}) {
      return ok(
        api.post<InteractionTemplate>('/interaction-templates', {
          code: `T${short()}`,
          description: 'Template',
          informationFlow: 'outbound',
          initiatedBy: 'us',
          unitCost: 2.5,
          unitDurationMin: 15,
          correspondenceType: 'email',
          ...overrides,
        }),
      );
    },
    async salesperson(overrides: Record<string, unknown> = {}) {
      return ok(api.post<Salesperson>('/salespeople', { code: `S${short()}`, name: 'Sales Person', ...overrides }));
    },
    async contact(overrides: Record<string, unknown> = {}) {
      const id = short();
      return ok(
        api.post<Contact>('/contacts', {
          no: `C${id}`,
          name: `Contact ${id}`,
          email: `c${id.toLowerCase()}@example.com`,
          ...overrides,
        }),
      );
    },
    async company(overrides: Record<string, unknown> = {}) {
      const id = short();
      return ok(
        api.post<Contact>('/contacts', {
          no: `CO${id}`,
          type: 'company',
          name: `Company ${id}`,
          email: `info@co${id.toLowerCase()}.example`,
          ...overrides,
        }),
      );
    },
    async segment(overrides: Record<string, unknown> = {}) {
      return ok(api.post<Segment>('/segments', { no: `SEG${short()}`, description: 'Segment', ...overrides }));
    },
    async interaction(overrides: Record<string, unknown>) {
      return ok(api.post<InteractionLogEntry>('/interactions', overrides));
    },
  };
}
