import type { HttpClient } from './http-client';
import { fileNameOf, type DownloadedFile } from './correspondence-api';
import type { InteractionLogEntryListQuery } from './resources';

export type ExportFormat = 'xlsx' | 'csv';
/** The log's list filters an export takes (every matching entry, no paging). */
export type LogExportFilter = Omit<InteractionLogEntryListQuery, 'limit' | 'cursor'>;

/** Exports take as long as the rows they hold: 100k entries take minutes on the embedded database. */
const EXPORT_TIMEOUT_MS = 30 * 60_000;

/**
 * Downloads of the interaction log and of a segment's lines as Excel or CSV, read through the
 * API client (with its token) as a Blob; the column headers in `lang`.
 */
export function createExportApi(http: HttpClient) {
  const file = (result: { body: Blob; headers: Headers }, fallback: string): DownloadedFile => ({
    blob: result.body,
    fileName: fileNameOf(result.headers.get('Content-Disposition'), fallback),
  });
  return {
    interactionLog: async (filter: LogExportFilter, format: ExportFormat, lang: string): Promise<DownloadedFile> =>
      file(
        await http('GET', '/interaction-log-entries/export', {
          query: { ...filter, format, lang },
          responseType: 'blob',
          timeoutMs: EXPORT_TIMEOUT_MS,
        }),
        `interaction-log.${format}`,
      ),
    segmentLines: async (no: string, format: ExportFormat, lang: string): Promise<DownloadedFile> =>
      file(
        await http('GET', '/segments/{no}/lines/export', {
          path: { no },
          query: { format, lang },
          responseType: 'blob',
          timeoutMs: EXPORT_TIMEOUT_MS,
        }),
        `segment-${no}-lines.${format}`,
      ),
  };
}

export type ExportApi = ReturnType<typeof createExportApi>;
