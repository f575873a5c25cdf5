import type { ExportFormat } from '../schema/export-schema';

/** How a column's cells are typed: Excel gets numbers, dates and booleans; CSV gets their plain text. */
export type CellKind = 'text' | 'integer' | 'amount' | 'number' | 'date' | 'boolean';

export interface ExportColumn<T> {
  /** The header's key in the component's header strings. */
  key: string;
  kind: CellKind;
  value: (row: T) => string | number | boolean | Date | null | undefined;
  /** Width in characters (default by kind). */
  width?: number;
}

export type { ExportFormat } from '../schema/export-schema';

export const contentTypes: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export const defaultWidths: Record<CellKind, number> = {
  text: 24,
  integer: 10,
  amount: 12,
  number: 12,
  date: 18,
  boolean: 10,
};

/** The rows of an export, a batch at a time (the source reads them in pages). */
export type RowBatches<T> = AsyncIterable<T[]>;
