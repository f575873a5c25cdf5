import { createHttpClient, getterOf, type HttpClientOptions } from './http-client';
import { createSegmentApi } from './segment-api';
import { createCorrespondenceApi } from './correspondence-api';
import { createSetupApi } from './setup-api';
import { createMeApi } from './me-api';
import { createPeopleApi } from './people-api';
import { createStatisticsApi } from './statistics-api';
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
  ReferenceData,
  ResumeInteractionInput,
  Salesperson,
  MeetingAttendees,
  CalendarEventKey,
} from './resources';

export interface RecordResult {
  entry: InteractionLogEntry;
  /** The server had already recorded this request (same Idempotency-Key). */
  replayed: boolean;
}

/**
 * Every call the web clients make to the Interlog API: paths, parameters and bodies typed by the server's
 * OpenAPI document (generated/openapi.ts), answers by the server's schemas (resources.ts).
 */
export function createInterlogApi(options: HttpClientOptions) {
  const http = createHttpClient(options);
  const get = getterOf(http);
  const entry = (entryNo: number) => ({ path: { entryNo } });

  return {
    http,
    contacts: {
      findByEmail: (email: string): Promise<Page<Contact>> => get('/contacts', { query: { email, limit: 20 } }),
      search: (search: string, limit = 20): Promise<Page<Contact>> => get('/contacts', { query: { search, limit } }),
      companiesAtDomain: (emailDomain: string): Promise<Page<Contact>> =>
        get('/contacts', { query: { type: 'company', emailDomain, limit: 20 } }),
      list: (query: Partial<ContactListFilter> = {}): Promise<Page<Contact>> => get('/contacts', { query }),
      get: (no: string): Promise<Contact> => get('/contacts/{no}', { path: { no } }),
      create: async (input: CreateContactInput, idempotencyKey?: string): Promise<Contact> =>
        (await http('POST', '/contacts', { body: input, idempotencyKey })).body,
    },
    salespeople: {
      list: (): Promise<Page<Salesperson>> => get('/salespeople', { query: { limit: 500 } }),
    },
    /** The templates, groups, salespeople and template setup the forms offer, in one read. */
    referenceData: (): Promise<ReferenceData> => get('/reference-data'),
    templates: {
      list: (): Promise<Page<InteractionTemplate>> => get('/interaction-templates', { query: { limit: 500 } }),
      groups: (): Promise<Page<InteractionGroup>> => get('/interaction-groups', { query: { limit: 500 } }),
      setup: (): Promise<InteractionTemplateSetup> => get('/interaction-template-setup'),
    },
    meetings: {
      attendees: (chatId: string): Promise<MeetingAttendees> => get('/meetings/attendees', { query: { chatId } }),
      calendarEvent: (eventId: string): Promise<CalendarEventKey> =>
        get('/meetings/calendar-event', { query: { eventId } }),
    },
    interactions: {
      record: async (input: CreateInteractionInput, idempotencyKey: string): Promise<RecordResult> => {
        const result = await http('POST', '/interactions', { body: input, idempotencyKey });
        return { entry: result.body, replayed: result.replayed || result.status === 200 };
      },
      list: (query: InteractionLogEntryListQuery): Promise<Page<InteractionLogEntry>> =>
        get('/interaction-log-entries', { query }),
      get: (entryNo: number): Promise<InteractionLogEntry> => get('/interaction-log-entries/{entryNo}', entry(entryNo)),
      patch: async (entryNo: number, input: PatchInteractionLogEntryInput): Promise<InteractionLogEntry> =>
        (await http('PATCH', '/interaction-log-entries/{entryNo}', { ...entry(entryNo), body: input })).body,
      resume: async (entryNo: number, input: ResumeInteractionInput): Promise<InteractionLogEntry> =>
        (await http('POST', '/interaction-log-entries/{entryNo}/resume', { ...entry(entryNo), body: input })).body,
      deletePostponed: async (entryNo: number): Promise<void> => {
        await http('DELETE', '/interaction-log-entries/{entryNo}', entry(entryNo));
      },
      count: (query: Omit<InteractionLogEntryListQuery, 'limit' | 'cursor'>): Promise<{ count: number }> =>
        get('/interaction-log-entries/count', { query }),
      deleteCanceled: async (filter: DeleteCanceledInput): Promise<{ deleted: number }> =>
        (await http('POST', '/interaction-log-entries/delete-canceled', { body: filter })).body,
    },
    ...createSegmentApi(http, get),
    ...createCorrespondenceApi(http, get),
    setup: createSetupApi(http, get),
    me: createMeApi(http, get),
    people: createPeopleApi(get),
    ...createStatisticsApi(get),
  };
}

export type InterlogApi = ReturnType<typeof createInterlogApi>;
