import type { ExportLanguage } from '../../lib/export/export-language';
import en from './export-headers/en.json';
import cs from './export-headers/cs.json';
import ru from './export-headers/ru.json';
import fi from './export-headers/fi.json';

export type EntryExportStrings = typeof en;

/** The interaction log export's column headers and value names, one file per language. */
export const entryExportStrings: Record<ExportLanguage, EntryExportStrings> = { en, cs, ru, fi };
