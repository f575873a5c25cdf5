import { Type } from '@sinclair/typebox';

export const exportFormats = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The query fields every export takes besides its filters. */
export const exportQueryFields = {
  format: Type.Union(
    exportFormats.map((f) => Type.Literal(f)),
    { description: 'xlsx: an Excel workbook with typed cells; csv: UTF-8 (with BOM) comma-separated text' },
  ),
  lang: Type.Optional(
    Type.String({
      pattern: '^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$',
      description: 'Language of the column headers (en, cs, ru, fi); default: Accept-Language, else English',
    }),
  ),
};

/** The OpenAPI answer of an export: the file, as an xlsx workbook or CSV text. */
export const exportResponses = (what: string) => ({
  200: {
    description: `${what}, streamed as a download (an aborted transfer means the export failed part-way)`,
    contentType: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
  },
});
