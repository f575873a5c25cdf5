import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { defaultWidths, type CellKind, type ExportColumn, type RowBatches } from './table-columns';
import { drained } from './drained';

/** An Excel worksheet holds 1,048,576 rows, the header included. */
export const EXCEL_MAX_ROWS = 1_048_576;

const numberFormats: Partial<Record<CellKind, string>> = {
  integer: '0',
  amount: '#,##0.00',
  number: '#,##0.##',
  date: 'yyyy-mm-dd hh:mm',
};

/**
 * Streams the rows as one worksheet: each row is committed (written to the zip) as it comes, so
 * memory holds one batch, whatever the row count. The header row is frozen. More rows than a
 * worksheet holds fail the export (cut short) rather than give a file Excel cannot open.
 */
export async function writeXlsx<T>(
  out: Writable,
  sheetName: string,
  columns: ExportColumn<T>[],
  headers: string[],
  batches: RowBatches<T>,
  maxRows = EXCEL_MAX_ROWS,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((column, i) => ({
    key: column.key,
    header: headers[i],
    width: Math.max(column.width ?? defaultWidths[column.kind], headers[i]!.length + 2),
    style: numberFormats[column.kind] ? { numFmt: numberFormats[column.kind] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let rows = 1;
  for await (const batch of batches) {
    rows += batch.length;
    if (rows > maxRows) throw new Error(`More than ${maxRows - 1} rows: too many for an Excel worksheet (use CSV).`);
    for (const row of batch) sheet.addRow(columns.map((column) => column.value(row) ?? null)).commit();
    await drained(out);
  }
  sheet.commit();
  await workbook.commit();
}
