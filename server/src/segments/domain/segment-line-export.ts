import type { ExportColumn } from '../../lib/export/table-columns';
import type { ExportLanguage } from '../../lib/export/export-language';
import type { TableExport } from '../../lib/export/table-download';
import type { ExportFormat } from '../../lib/schema/export-schema';
import { entryExportStrings, valueNamer } from '../../interactions';
import { segmentLineRepository } from '../data-access/segment-line-repository';
import type { SegmentLine } from './segment-line-schema';
import type { SegmentInteraction } from './segment-schema';
import { emptySegmentInteraction } from './segment-schema';
import { toSegmentLine } from './segment-line-values';
import { withLineNames } from './segment-line-names';
import { loadSegment } from './segment-service';
import en from './export-headers/en.json';
import cs from './export-headers/cs.json';
import ru from './export-headers/ru.json';
import fi from './export-headers/fi.json';

/** Lines read per batch while an export is written. */
const BATCH = 500;
const lineStrings: Record<ExportLanguage, typeof en> = { en, cs, ru, fi };

const text = (key: keyof SegmentLine & string, width?: number): ExportColumn<SegmentLine> => ({
  key,
  kind: 'text',
  value: (line) => line[key] as string,
  ...(width ? { width } : {}),
});

function lineColumns(language: ExportLanguage): ExportColumn<SegmentLine>[] {
  const name = valueNamer(language);
  return [
    { key: 'lineNo', kind: 'integer', value: (line) => line.lineNo },
    text('contactNo', 14),
    text('contactName'),
    text('contactCompanyNo', 14),
    text('contactCompanyName'),
    text('templateCode', 14),
    text('templateDescription'),
    text('description', 32),
    text('subject', 32),
    { key: 'correspondenceType', kind: 'text', value: (line) => name(line.correspondenceType) },
    text('languageCode', 10),
    text('personalNote', 40),
    { key: 'hasOwnLetter', kind: 'boolean', value: (line) => line.hasOwnLetter },
  ];
}

/** The lines in line order as the lines list shows them (the header's interaction where not overridden). */
async function* namedLines(tenantId: string, segmentNo: string, interaction: SegmentInteraction) {
  for await (const batch of segmentLineRepository.batches(tenantId, segmentNo, BATCH))
    yield await withLineNames(
      tenantId,
      batch.map((line) => toSegmentLine(line, interaction)),
    );
}

/** A segment's lines as a table to download; 404 for a segment the tenant does not have. */
export async function segmentLineExport(
  tenantId: string,
  no: string,
  format: ExportFormat,
  language: ExportLanguage,
): Promise<TableExport<SegmentLine>> {
  const segment = await loadSegment(tenantId, no);
  const strings = { ...entryExportStrings[language], ...lineStrings[language] };
  return {
    format,
    fileName: `segment-${segment.no}-lines`,
    sheetName: `${strings.sheet} ${segment.no}`,
    columns: lineColumns(language),
    headers: strings,
    batches: namedLines(tenantId, segment.no, { ...emptySegmentInteraction, ...segment.interaction }),
  };
}
