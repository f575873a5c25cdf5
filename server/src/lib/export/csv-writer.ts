import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { format } from '@fast-csv/format';
import type { ExportColumn, RowBatches } from './table-columns';
import { drained } from './drained';

/** A text starting like a formula is read as text by Excel (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cellText<T>(column: ExportColumn<T>, row: T): string {
  const value = column.value(row);
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return column.kind === 'text' && FORMULA_START.test(text) ? `'${text}` : text;
}

/** UTF-8 with a byte order mark (Excel then reads it as UTF-8), CRLF rows, RFC 4180 quoting. */
export async function writeCsv<T>(
  out: Writable,
  columns: ExportColumn<T>[],
  headers: string[],
  batches: RowBatches<T>,
): Promise<void> {
  const csv = format({ writeBOM: true, rowDelimiter: '\r\n', includeEndRowDelimiter: true });
  csv.pipe(out);
  csv.write(headers);
  for await (const batch of batches) {
    for (const row of batch) csv.write(columns.map((column) => cellText(column, row)));
    await drained(csv, out);
  }
  const sent = finished(out);
  csv.end();
  await sent;
}
