import type { HandlerResult } from '../http/route-registry';
import { contentDisposition } from '../http/file-download';
import { contentTypes, type ExportColumn, type ExportFormat, type RowBatches } from './table-columns';
import { writeCsv } from './csv-writer';
import { writeXlsx } from './xlsx-writer';

export interface TableExport<T> {
  format: ExportFormat;
  /** The file's name without the date and extension, e.g. `interaction-log`. */
  fileName: string;
  sheetName: string;
  columns: ExportColumn<T>[];
  /** The header of each column, by its key, in the caller's language (other keys are ignored). */
  headers: Record<string, unknown>;
  batches: RowBatches<T>;
}

/** The source with its first batch already read: a failure there is still answered as a problem. */
async function started<T>(source: RowBatches<T>): Promise<RowBatches<T>> {
  const rows = source[Symbol.asyncIterator]();
  const first = await rows.next();
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for (let next = first; !next.done; next = await rows.next()) yield next.value;
      } finally {
        await rows.return?.();
      }
    },
  };
}

/**
 * A table streamed as an xlsx or CSV download, named `<fileName>-YYYY-MM-DD.<format>` (today, UTC).
 * Rows are read a batch at a time while the file is written; a failure part-way aborts the response.
 */
export async function tableDownload<T>(table: TableExport<T>, today = new Date()): Promise<HandlerResult> {
  const batches = await started(table.batches);
  const headers = table.columns.map((column) => String(table.headers[column.key] ?? column.key));
  const fileName = `${table.fileName}-${today.toISOString().slice(0, 10)}.${table.format}`;
  return {
    status: 200,
    headers: {
      'Content-Type': contentTypes[table.format],
      'Content-Disposition': contentDisposition(fileName),
      'Cache-Control': 'private, no-store',
    },
    stream: (out) =>
      table.format === 'xlsx'
        ? writeXlsx(out, table.sheetName, table.columns, headers, batches)
        : writeCsv(out, table.columns, headers, batches),
  };
}
