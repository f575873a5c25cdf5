import { createHttpClient, type HttpClientOptions } from './http-client';
import { createSegmentApi } from './segment-api';
import { createCorrespondenceApi } from './correspondence-api';
import { createSetupApi } from './setup-api';
import { createMeApi } from './me-api';
import { createPeopleApi } from './people-api';
import type {
  Contact,
  CreateContactInput,
  CreateInteractionInput,
  InteractionGroup,
  InteractionLogEntry,
  InteractionLogEntryListQuery,
  DeleteCanceledInput,
  ContactListFilter,
  InteractionTemplate,
  InteractionTemplateSetup,
  Page,
  PatchInteractionLogEntryInput,
  ResumeInteractionInput,
  Salesperson,
  MeetingAttendees,
} from './resources';

export interface RecordResult {
  entry: InteractionLogEntry;
  /** The server had already recorded this request (same Idempotency-Key). */
  replayed: boolean;
}

/** Every call the web clients make to the Interlog API, typed by the server's schemas. */
export function createInterlogApi(options: HttpClientOptions) {
  const http = createHttpClient(options);
  const get = async <T>(path: string, query?: Record<string, string | number | boolean | undefined>) =>
    (await http<T>('GET', path, { query })).body;

  return {
    http,
    contacts: {
      findByEmail: (email: string) => get<Page<Contact>>('/contacts', { email, limit: 20 }),
      search: (search: string, limit = 20) => get<Page<Contact>>('/contacts', { search, limit }),
      companiesAtDomain: (emailDomain: string) =>
        get<Page<Contact>>('/contacts', { type: 'company', emailDomain, limit: 20 }),
      list: (query: Partial<ContactListFilter> = {}) => get<Page<Contact>>('/contacts', query),
      get: (no: string) => get<Contact>(`/contacts/${encodeURIComponent(no)}`),
      create: async (input: CreateContactInput, idempotencyKey?: string) =>
        (await http<Contact>('POST', '/contacts', { body: input, idempotencyKey })).body,
    },
    salespeople: {
      list: () => get<Page<Salesperson>>('/salespeople', { limit: 500 }),
    },
    templates: {
      list: () => get<Page<InteractionTemplate>>('/interaction-templates', { limit: 500 }),
      groups: () => get<Page<InteractionGroup>>('/interaction-groups', { limit: 500 }),
      setup: () => get<InteractionTemplateSetup>('/interaction-template-setup'),
    },
    meetings: {
      attendees: (chatId: string) => get<MeetingAttendees>('/meetings/attendees', { chatId }),
    },
    interactions: {
      record: async (input: CreateInteractionInput, idempotencyKey: string): Promise<RecordResult> => {
        const result = await http<InteractionLogEntry>('POST', '/interactions', { body: input, idempotencyKey });
        return { entry: result.body, replayed: result.replayed || result.status === 200 };
      },
      list: (query: InteractionLogEntryListQuery) => get<Page<InteractionLogEntry>>('/interaction-log-entries', query),
      get: (entryNo: number) => get<InteractionLogEntry>(`/interaction-log-entries/${entryNo}`),
      patch: async (entryNo: number, input: PatchInteractionLogEntryInput) =>
        (await http<InteractionLogEntry>('PATCH', `/interaction-log-entries/${entryNo}`, { body: input })).body,
      resume: async (entryNo: number, input: ResumeInteractionInput) =>
        (await http<InteractionLogEntry>('POST', `/interaction-log-entries/${entryNo}/resume`, { body: input })).body,
      deletePostponed: async (entryNo: number) => {
        await http<void>('DELETE', `/interaction-log-entries/${entryNo}`);
      },
      count: (query: Omit<InteractionLogEntryListQuery, 'limit' | 'cursor'>) =>
        get<{ count: number }>('/interaction-log-entries/count', query),
      deleteCanceled: async (filter: DeleteCanceledInput) =>
        (await http<{ deleted: number }>('POST', '/interaction-log-entries/delete-canceled', { body: filter })).body,
    },
    ...createSegmentApi(http, get),
    ...createCorrespondenceApi(http, get),
    setup: createSetupApi(http, get),
    me: createMeApi(http, get),
    people: createPeopleApi(get),
  };
}

export type InterlogApi = ReturnType<typeof createInterlogApi>;
