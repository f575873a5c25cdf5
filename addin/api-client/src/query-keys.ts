import type { InteractionLogEntryListQuery, InsightsSplit, StatisticsKind } from './resources';

/**
 * The keys the pages cache server state under (TanStack Query), one family per resource. A key starts with
 * its resource, so a change invalidates the whole family (`queryKeys.segments.all`) or one record of it.
 */
export const queryKeys = {
  /** Templates, groups, salespeople and the template setup the record forms and segment screens share. */
  referenceData: ['reference-data'] as const,
  contacts: {
    all: ['contacts'] as const,
    search: (text: string) => ['contacts', 'search', text] as const,
    companies: ['contacts', 'companies'] as const,
    companiesAt: (domain: string) => ['contacts', 'companies-at', domain] as const,
    companyNamed: (name: string) => ['contacts', 'company-named', name] as const,
  },
  interactions: {
    all: ['interactions'] as const,
    list: (query: Omit<InteractionLogEntryListQuery, 'cursor'>) => ['interactions', 'list', query] as const,
  },
  segments: {
    all: ['segments'] as const,
    list: ['segments', 'list'] as const,
    one: (no: string) => ['segments', 'one', no] as const,
    lines: (no: string) => ['segments', 'one', no, 'lines'] as const,
    logPreview: (no: string) => ['segments', 'one', no, 'log-preview'] as const,
  },
  savedCriteria: ['saved-criteria'] as const,
  loggedSegments: {
    all: ['logged-segments'] as const,
    list: ['logged-segments', 'list'] as const,
    /** The first page's items, offered to pick from (reusing a logged segment's contacts). */
    choices: ['logged-segments', 'choices'] as const,
    deliveries: (entryNo: number) => ['logged-segments', entryNo, 'deliveries'] as const,
    letters: (entryNo: number) => ['logged-segments', entryNo, 'letters'] as const,
  },
  templates: {
    all: ['interaction-templates'] as const,
    list: ['interaction-templates', 'list'] as const,
    correspondence: (code: string) => ['interaction-templates', code, 'correspondence'] as const,
  },
  groups: ['interaction-groups'] as const,
  templateSetup: ['interaction-template-setup'] as const,
  salespeople: ['salespeople'] as const,
  marketingSetup: ['marketing-setup'] as const,
  numberSeries: ['number-series'] as const,
  automaticRecording: ['me', 'automatic-recording'] as const,
  unknownCorrespondents: {
    all: ['unknown-correspondents'] as const,
    list: ['unknown-correspondents', 'list'] as const,
    one: (address: string) => ['unknown-correspondents', 'one', address] as const,
  },
  meetingAttendees: (chatId: string) => ['meetings', chatId, 'attendees'] as const,
  /** Statistics are sums over the interaction log: under its key, so whatever changes entries refreshes them. */
  statistics: {
    of: (kind: StatisticsKind, code: string) => ['interactions', 'statistics', kind, code] as const,
    ofMany: (kind: StatisticsKind, codes: string[]) => ['interactions', 'statistics', kind, 'many', codes] as const,
    insights: (query: { from: string; to: string; by: InsightsSplit }) =>
      ['interactions', 'statistics', 'insights', query] as const,
  },
};
