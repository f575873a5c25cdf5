import type { Getter, HttpClient } from './http-client';
import type {
  CreateSegmentInput,
  CriteriaAction,
  CriteriaFilter,
  CriteriaStep,
  LoggedSegment,
  LogSegmentInput,
  LogSegmentResult,
  DeliverySummary,
  Page,
  PatchSegmentInput,
  PatchSegmentLineInput,
  SavedSegmentCriteria,
  Segment,
  SegmentLine,
  SegmentLogProgress,
} from './resources';

export interface CriteriaResult {
  noOfLines: number;
  changed: number;
}

/** Segments, their lines and criteria, logging, logged segments and saved criteria. */
export function createSegmentApi(http: HttpClient, get: Getter) {
  const post = async <T>(path: string, body?: unknown, options: { idempotencyKey?: string; timeoutMs?: number } = {}) =>
    (await http<T>('POST', path, { body, ...options })).body;
  const seg = (no: string) => `/segments/${encodeURIComponent(no)}`;
  return {
    segments: {
      list: (cursor?: string) => get<Page<Segment>>('/segments', { limit: 50, cursor }),
      get: (no: string) => get<Segment>(seg(no)),
      create: (input: CreateSegmentInput, idempotencyKey?: string) =>
        post<Segment>('/segments', input, { idempotencyKey }),
      patch: async (no: string, input: PatchSegmentInput) =>
        (await http<Segment>('PATCH', seg(no), { body: input })).body,
      remove: async (no: string) => {
        await http<void>('DELETE', seg(no));
      },
      lines: (no: string, cursor?: string, limit = 50) => get<Page<SegmentLine>>(`${seg(no)}/lines`, { limit, cursor }),
      addLine: (no: string, contactNo: string) => post<SegmentLine>(`${seg(no)}/lines`, { contactNo }),
      patchLine: async (no: string, lineNo: number, input: PatchSegmentLineInput) =>
        (await http<SegmentLine>('PATCH', `${seg(no)}/lines/${lineNo}`, { body: input })).body,
      removeLine: async (no: string, lineNo: number) => {
        await http<void>('DELETE', `${seg(no)}/lines/${lineNo}`);
      },
      applyCriteria: (no: string, action: CriteriaAction, filter: CriteriaFilter, allowExisting?: boolean) =>
        post<CriteriaResult>(`${seg(no)}/${action}-contacts`, {
          filter,
          ...(allowExisting === undefined ? {} : { allowExisting }),
        }),
      criteria: (no: string) => get<{ items: CriteriaStep[] }>(`${seg(no)}/criteria`),
      undo: (no: string) => post<CriteriaResult & { undoneStep: CriteriaStep }>(`${seg(no)}/undo`),
      saveCriteria: (no: string, code: string, description: string) =>
        post<SavedSegmentCriteria>(`${seg(no)}/save-criteria`, { code, description }),
      reuseCriteria: (no: string, code: string) => post<CriteriaResult>(`${seg(no)}/reuse-criteria`, { code }),
      reuseLoggedSegment: (no: string, loggedSegmentEntryNo: number) =>
        post<CriteriaResult>(`${seg(no)}/reuse-logged-segment`, { loggedSegmentEntryNo }),
      /** Long for a large segment: the caller follows `logProgress` meanwhile and may retry (the server finishes, never duplicates). */
      log: (no: string, input: LogSegmentInput, timeoutMs: number) =>
        post<LogSegmentResult>(`${seg(no)}/log`, input, { timeoutMs }),
      logProgress: (no: string) => get<SegmentLogProgress>(`${seg(no)}/log-progress`),
    },
    savedCriteria: {
      list: () => get<Page<SavedSegmentCriteria>>('/saved-segment-criteria', { limit: 500 }),
    },
    loggedSegments: {
      list: (cursor?: string) => get<Page<LoggedSegment>>('/logged-segments', { limit: 50, cursor }),
      get: (entryNo: number) => get<LoggedSegment>(`/logged-segments/${entryNo}`),
      setCanceled: async (entryNo: number, canceled: boolean) =>
        (await http<LoggedSegment>('PATCH', `/logged-segments/${entryNo}`, { body: { canceled } })).body,
      createFollowUp: (entryNo: number) => post<{ segmentNo: string }>(`/logged-segments/${entryNo}/follow-up-segment`),
      /** How its emails went out (a segment logged with deliver). */
      deliveries: (entryNo: number) => get<DeliverySummary>(`/logged-segments/${entryNo}/deliveries`),
      /** Sends its failed and pending emails again, as the caller; answers at once. */
      sendAgain: (entryNo: number) => post<DeliverySummary>(`/logged-segments/${entryNo}/deliveries/send`, {}),
    },
  };
}
