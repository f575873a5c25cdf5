import type { RequestContext } from '../../lib/http/request-context';
import type { ExportColumn } from '../../lib/export/table-columns';
import type { ExportLanguage } from '../../lib/export/export-language';
import type { TableExport } from '../../lib/export/table-download';
import type {
  InteractionLogEntry,
  InteractionLogEntryExportQuery,
  InteractionLogEntryListQuery,
} from './interaction-log-entry-schema';
import { entryExportStrings, type EntryExportStrings } from './export-strings';
import { listInteractionLogEntries } from './interaction-service';

/** Entries read per page while an export is written. */
const PAGE = 500;

type Filter = Omit<InteractionLogEntryListQuery, 'limit' | 'cursor'>;
type ValueName = keyof EntryExportStrings['values'];

/** An enumerated value by its name in the export's language ('' stays empty). */
export const valueNamer = (language: ExportLanguage) => (value: string) =>
  entryExportStrings[language].values[value as ValueName] ?? value;

const text = (key: keyof InteractionLogEntry & string): ExportColumn<InteractionLogEntry> => ({
  key,
  kind: 'text',
  value: (e) => e[key] as string,
});

/** The interaction log's columns as Business Central's Interaction Log Entries page shows them. */
export function entryColumns(language: ExportLanguage): ExportColumn<InteractionLogEntry>[] {
  const named = (key: 'informationFlow' | 'initiatedBy' | 'evaluation' | 'correspondenceType') => ({
    key,
    kind: 'text' as const,
    value: (e: InteractionLogEntry) => valueNamer(language)(e[key]),
  });
  return [
    { key: 'entryNo', kind: 'integer', value: (e) => e.entryNo },
    { key: 'date', kind: 'date', value: (e) => new Date(e.date) },
    { ...text('contactNo'), width: 14 },
    text('contactName'),
    text('contactCompanyName'),
    { ...text('templateCode'), width: 14 },
    text('templateDescription'),
    { ...text('interactionGroupCode'), width: 14 },
    { ...text('description'), width: 32 },
    { ...text('subject'), width: 32 },
    named('informationFlow'),
    named('initiatedBy'),
    { ...text('salespersonCode'), width: 14 },
    text('salespersonName'),
    { key: 'cost', kind: 'amount', value: (e) => e.cost },
    { key: 'durationMin', kind: 'number', value: (e) => e.durationMin },
    named('evaluation'),
    { key: 'attemptFailed', kind: 'boolean', value: (e) => e.attemptFailed },
    { key: 'canceled', kind: 'boolean', value: (e) => e.canceled },
    { key: 'postponed', kind: 'boolean', value: (e) => e.postponed },
    named('correspondenceType'),
    { ...text('segmentNo'), width: 14 },
    { key: 'loggedSegmentEntryNo', kind: 'integer', value: (e) => e.loggedSegmentEntryNo },
    { ...text('campaignNo'), width: 14 },
    { ...text('opportunityNo'), width: 14 },
    { ...text('comment'), width: 40 },
  ];
}

/** The entries matching the list's filters, newest first, a page at a time (the list's own paging). */
export async function* entryPages(ctx: RequestContext, filter: Filter): AsyncGenerator<InteractionLogEntry[]> {
  let cursor: string | undefined;
  do {
    const page = await listInteractionLogEntries(ctx, { ...filter, limit: PAGE, cursor });
    if (page.items.length) yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** The interaction log with the list's filters, as a table to download. */
export function interactionLogExport(
  ctx: RequestContext,
  { format, lang: _lang, ...filter }: InteractionLogEntryExportQuery,
  language: ExportLanguage,
): TableExport<InteractionLogEntry> {
  const strings = entryExportStrings[language];
  return {
    format,
    fileName: 'interaction-log',
    sheetName: strings.sheet,
    columns: entryColumns(language),
    headers: strings,
    batches: entryPages(ctx, filter),
  };
}
