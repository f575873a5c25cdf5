import ExcelJS from 'exceljs';
import { parseString } from '@fast-csv/parse';
import type { ApiClient } from './test-app';

export interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

/** A GET read as bytes (an export), with the client's token and any extra headers. */
export async function download(api: ApiClient, path: string, headers: Record<string, string> = {}): Promise<Download> {
  const res = await fetch(api.baseUrl + path, { headers: { authorization: `Bearer ${api.token}`, ...headers } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** The first worksheet of an xlsx file, read back with exceljs. */
export async function readXlsx(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value));
  });
  return { sheet, rows, header: rows[0] as string[] };
}

/** A CSV file's rows (BOM checked and dropped), parsed by fast-csv as any RFC 4180 reader would. */
export async function readCsv(bytes: Buffer): Promise<{ bom: boolean; rows: string[][] }> {
  const bom = bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
  const text = bytes.subarray(bom ? 3 : 0).toString('utf8');
  const rows: string[][] = [];
  await new Promise<void>((resolve, reject) => {
    parseString(text, { headers: false })
      .on('data', (row: string[]) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve());
  });
  return { bom, rows };
}

/** A row of a table as an object keyed by the header row's names. */
export const byHeader = (header: unknown[], row: unknown[]) =>
  Object.fromEntries(header.map((name, i) => [String(name), row[i]]));
