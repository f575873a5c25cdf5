import type { InteractionInput } from '../../interactions';
import type { StoredLine } from '../data-access/segment-line-repository';
import type { SegmentInteraction } from './segment-schema';

/**
 * What logging a segment line records: the line's overrides, else the header's
 * interaction. A line with a template of its own takes that template's defaults
 * (flow, initiated by, cost, duration) instead of the header's.
 */
export function lineInteractionInput(
  line: StoredLine,
  header: SegmentInteraction,
  extra: { date: string; salespersonCode: string },
): Omit<InteractionInput, 'contactNo'> {
  const overrides = line.overrides ?? {};
  const templateCode = overrides.templateCode ?? header.templateCode;
  const sameTemplate = templateCode === header.templateCode;
  const correspondenceType = overrides.correspondenceType ?? header.correspondenceType;
  const languageCode = overrides.languageCode ?? header.languageCode;
  return {
    templateCode,
    date: extra.date,
    subject: overrides.subject ?? header.subject,
    ...(overrides.description !== undefined
      ? { description: overrides.description }
      : sameTemplate
        ? { description: header.description }
        : {}),
    ...(correspondenceType ? { correspondenceType } : {}),
    ...(languageCode ? { languageCode } : {}),
    ...(extra.salespersonCode ? { salespersonCode: extra.salespersonCode } : {}),
    ...(line.personalNote ? { personalNote: line.personalNote } : {}),
    ...(sameTemplate
      ? {
          informationFlow: header.informationFlow,
          initiatedBy: header.initiatedBy,
          cost: header.unitCost,
          durationMin: header.unitDurationMin,
          ...(header.campaignNo ? { campaignNo: header.campaignNo } : {}),
        }
      : {}),
  };
}
