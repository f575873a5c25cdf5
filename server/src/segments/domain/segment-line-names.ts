import { contactLookup } from '../../contacts';
import { templateLookup } from '../../templates';
import type { SegmentLine } from './segment-line-schema';
import type { UnnamedLine } from './segment-line-values';

/**
 * The names a page of lines shows: the company name copied onto each line (looked up for lines
 * stored before it was copied) and the templates' descriptions, one read per kind for the page.
 */
export async function withLineNames(tenantId: string, lines: UnnamedLine[]): Promise<SegmentLine[]> {
  const companyNos = [
    ...new Set(
      lines.filter((l) => l.contactCompanyName === undefined && l.contactCompanyNo).map((l) => l.contactCompanyNo),
    ),
  ];
  const templateCodes = [...new Set(lines.map((l) => l.templateCode).filter(Boolean))];
  const [companies, templates] = await Promise.all([
    companyNos.length ? contactLookup.getMany(tenantId, companyNos) : new Map(),
    templateCodes.length ? templateLookup.getMany(tenantId, templateCodes) : new Map(),
  ]);
  return lines.map((line) => ({
    ...line,
    contactCompanyName: line.contactCompanyName ?? companies.get(line.contactCompanyNo)?.name ?? '',
    templateDescription: templates.get(line.templateCode)?.description ?? '',
  }));
}
