import type { PathWith } from './api-paths';
import type { Getter, HttpClient } from './http-client';
import { DOCX_MEDIA_TYPE, fileNameOf, type DownloadedFile } from './correspondence-api';
import type {
  CreateSegmentInput,
  CriteriaAction,
  CriteriaFilter,
  CriteriaStep,
  LoggedSegment,
  LogSegmentInput,
  LogSegmentResult,
  LinePreview,
  DeliverySummary,
  Page,
  PatchSegmentInput,
  PatchSegmentLineInput,
  SavedSegmentCriteria,
  Segment,
  SegmentLine,
  SegmentLogProgress,
  SegmentLogPreview,
} from './resources';

export interface CriteriaResult {
  noOfLines: number;
  changed: number;
}

/** A log preview walks every line of the segment: 11 s for 100,000 lines on the embedded database, more under load. */
export const LOG_PREVIEW_TIMEOUT_MS = 5 * 60_000;

/** Segments, their lines and criteria, logging, logged segments and saved criteria. */
export function createSegmentApi(http: HttpClient, get: Getter) {
  const seg = (no: string) => ({ path: { no } });
  const logged = (entryNo: number) => ({ path: { entryNo } });
  const criteriaPath = {
    add: '/segments/{no}/add-contacts',
    reduce: '/segments/{no}/reduce-contacts',
    refine: '/segments/{no}/refine-contacts',
  } as const satisfies Record<CriteriaAction, PathWith<'POST'>>;
  return {
    segments: {
      list: (cursor?: string): Promise<Page<Segment>> => get('/segments', { query: { limit: 50, cursor } }),
      get: (no: string): Promise<Segment> => get('/segments/{no}', seg(no)),
      create: async (input: CreateSegmentInput, idempotencyKey?: string): Promise<Segment> =>
        (await http('POST', '/segments', { body: input, idempotencyKey })).body,
      /** `version`: the header as read; someone else's change since is not overwritten (412). */
      patch: async (no: string, input: PatchSegmentInput, version?: number): Promise<Segment> =>
        (await http('PATCH', '/segments/{no}', { ...seg(no), body: input, ifMatch: version })).body,
      remove: async (no: string): Promise<void> => {
        await http('DELETE', '/segments/{no}', seg(no));
      },
      lines: (no: string, cursor?: string, limit = 50): Promise<Page<SegmentLine>> =>
        get('/segments/{no}/lines', { ...seg(no), query: { limit, cursor } }),
      addLine: async (no: string, contactNo: string): Promise<SegmentLine> =>
        (await http('POST', '/segments/{no}/lines', { ...seg(no), body: { contactNo } })).body,
      /** `version`: the line as read; someone else's change since is not overwritten (412). */
      patchLine: async (
        no: string,
        lineNo: number,
        input: PatchSegmentLineInput,
        version?: number,
      ): Promise<SegmentLine> =>
        (await http('PATCH', '/segments/{no}/lines/{lineNo}', { path: { no, lineNo }, body: input, ifMatch: version }))
          .body,
      removeLine: async (no: string, lineNo: number): Promise<void> => {
        await http('DELETE', '/segments/{no}/lines/{lineNo}', { path: { no, lineNo } });
      },
      applyCriteria: async (
        no: string,
        action: CriteriaAction,
        filter: CriteriaFilter,
        allowExisting?: boolean,
      ): Promise<CriteriaResult> =>
        (
          await http('POST', criteriaPath[action], {
            ...seg(no),
            body: { filter, ...(allowExisting === undefined ? {} : { allowExisting }) },
          })
        ).body,
      criteria: (no: string): Promise<{ items: CriteriaStep[] }> => get('/segments/{no}/criteria', seg(no)),
      undo: async (no: string): Promise<CriteriaResult & { undoneStep: CriteriaStep }> =>
        (await http('POST', '/segments/{no}/undo', seg(no))).body,
      saveCriteria: async (no: string, code: string, description: string): Promise<SavedSegmentCriteria> =>
        (await http('POST', '/segments/{no}/save-criteria', { ...seg(no), body: { code, description } })).body,
      reuseCriteria: async (no: string, code: string): Promise<CriteriaResult> =>
        (await http('POST', '/segments/{no}/reuse-criteria', { ...seg(no), body: { code } })).body,
      reuseLoggedSegment: async (no: string, loggedSegmentEntryNo: number): Promise<CriteriaResult> =>
        (await http('POST', '/segments/{no}/reuse-logged-segment', { ...seg(no), body: { loggedSegmentEntryNo } }))
          .body,
      /**
       * Long for a large segment: the caller follows `logProgress` meanwhile and may retry
       * (the server finishes, never duplicates).
       */
      log: async (no: string, input: LogSegmentInput, timeoutMs: number): Promise<LogSegmentResult> =>
        (await http('POST', '/segments/{no}/log', { ...seg(no), body: input, timeoutMs })).body,
      logProgress: (no: string): Promise<SegmentLogProgress> => get('/segments/{no}/log-progress', seg(no)),
      /**
       * What logging would record and send (blocking lines, the emails, the first one filled in); writes nothing.
       * It reads every line: long for a large segment.
       */
      logPreview: (no: string): Promise<SegmentLogPreview> =>
        get('/segments/{no}/log-preview', { ...seg(no), timeoutMs: LOG_PREVIEW_TIMEOUT_MS }),
      /** What one line's contact would receive (the merged email, where its letter is); writes nothing. */
      linePreview: (no: string, lineNo: number): Promise<LinePreview> =>
        get('/segments/{no}/lines/{lineNo}/preview', { path: { no, lineNo } }),
      linePreviewLetter: async (no: string, lineNo: number): Promise<DownloadedFile> => {
        const result = await http('GET', '/segments/{no}/lines/{lineNo}/preview/letter.docx', {
          path: { no, lineNo },
          responseType: 'blob',
        });
        return { blob: result.body, fileName: fileNameOf(result.headers.get('Content-Disposition'), 'Letter.docx') };
      },
      /** Uploads a .docx that this line's contact gets instead of the merged letter (hard-copy lines). */
      uploadLineLetter: async (no: string, lineNo: number, file: Blob, fileName?: string): Promise<void> => {
        await http('PUT', '/segments/{no}/lines/{lineNo}/letter', {
          path: { no, lineNo },
          file: { data: file, contentType: DOCX_MEDIA_TYPE },
          query: { fileName },
        });
      },
      /** The line's contact gets the merged letter again. */
      removeLineLetter: async (no: string, lineNo: number): Promise<void> => {
        await http('DELETE', '/segments/{no}/lines/{lineNo}/letter', { path: { no, lineNo } });
      },
    },
    savedCriteria: {
      list: (): Promise<Page<SavedSegmentCriteria>> => get('/saved-segment-criteria', { query: { limit: 500 } }),
    },
    loggedSegments: {
      list: (cursor?: string): Promise<Page<LoggedSegment>> =>
        get('/logged-segments', { query: { limit: 50, cursor } }),
      get: (entryNo: number): Promise<LoggedSegment> => get('/logged-segments/{entryNo}', logged(entryNo)),
      setCanceled: async (entryNo: number, canceled: boolean): Promise<LoggedSegment> =>
        (await http('PATCH', '/logged-segments/{entryNo}', { ...logged(entryNo), body: { canceled } })).body,
      createFollowUp: async (entryNo: number): Promise<{ segmentNo: string }> =>
        (await http('POST', '/logged-segments/{entryNo}/follow-up-segment', logged(entryNo))).body,
      /** How its emails went out (a segment logged with deliver). */
      deliveries: (entryNo: number): Promise<DeliverySummary> =>
        get('/logged-segments/{entryNo}/deliveries', logged(entryNo)),
      /** Sends its failed and pending emails again, as the caller; answers at once. */
      sendAgain: async (entryNo: number): Promise<DeliverySummary> =>
        (await http('POST', '/logged-segments/{entryNo}/deliveries/send', { ...logged(entryNo), body: {} })).body,
    },
  };
}
