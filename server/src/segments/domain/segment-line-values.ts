import type { StoredLine } from '../data-access/segment-line-repository';
import type { SegmentInteraction } from './segment-schema';
import { lineOverridableFields, type LineOverridableField, type SegmentLine } from './segment-line-schema';

/** A line shows the header's interaction for every field it does not override. */
export function toSegmentLine(line: StoredLine, header: SegmentInteraction): SegmentLine {
  const overrides = line.overrides ?? {};
  const values = Object.fromEntries(lineOverridableFields.map((field) => [field, overrides[field] ?? header[field]])) as Pick<SegmentLine, LineOverridableField>;
  return {
    lineNo: line.lineNo,
    contactNo: line.contactNo,
    contactName: line.contactName,
    contactCompanyNo: line.contactCompanyNo,
    ...values,
    overridden: lineOverridableFields.filter((field) => overrides[field] !== undefined),
  };
}
