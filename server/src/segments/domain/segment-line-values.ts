import type { Contact } from '../../contacts';
import type { ContactSnapshot, NewLine, StoredLine } from '../data-access/segment-line-repository';
import type { SegmentInteraction } from './segment-schema';
import {
  lineOverridableFields,
  type LineOverridableField,
  type LineOverrides,
  type SegmentLine,
} from './segment-line-schema';

/** A line before the names it shows are filled in (lines stored before names were copied lack them). */
export type UnnamedLine = Omit<SegmentLine, 'contactCompanyName' | 'templateDescription'> & {
  contactCompanyName?: string;
  version: number;
};

/** A line shows the header's interaction for every field it does not override. */
export function toSegmentLine(line: StoredLine, header: SegmentInteraction): UnnamedLine {
  const overrides = line.overrides ?? {};
  const values = Object.fromEntries(
    lineOverridableFields.map((field) => [field, overrides[field] ?? header[field]]),
  ) as Pick<SegmentLine, LineOverridableField>;
  return {
    lineNo: line.lineNo,
    contactNo: line.contactNo,
    contactName: line.contactName,
    contactCompanyNo: line.contactCompanyNo,
    ...(line.contactCompanyName !== undefined ? { contactCompanyName: line.contactCompanyName } : {}),
    ...values,
    overridden: lineOverridableFields.filter((field) => overrides[field] !== undefined),
    personalNote: line.personalNote ?? '',
    hasOwnLetter: Boolean(line.ownLetter),
    version: line.version ?? 0,
  };
}

/** The copy of a contact's data that a new line keeps (Business Central copies it onto the segment line). */
export function lineFromContact(contact: Contact, addedInStep: number, overrides: LineOverrides = {}): NewLine {
  return { ...contactSnapshot(contact), contactNo: contact.no, overrides, addedInStep };
}

export function contactSnapshot(contact: Contact): ContactSnapshot {
  return {
    contactName: contact.name,
    contactCompanyNo: contact.type === 'company' ? contact.no : contact.companyNo,
    contactCompanyName: contact.type === 'company' ? contact.name : contact.companyName,
    contactSalespersonCode: contact.salespersonCode,
    contactCorrespondenceType: contact.correspondenceType,
    contactLanguageCode: contact.languageCode,
  };
}

/** The contact as the line remembers it, for logging without a lookup per line. */
export function contactFromLine(line: StoredLine): Contact {
  return {
    no: line.contactNo,
    type: line.contactCompanyNo === line.contactNo ? 'company' : 'person',
    name: line.contactName,
    companyNo: line.contactCompanyNo,
    companyName: line.contactCompanyName ?? '',
    email: '',
    phone: '',
    salespersonCode: line.contactSalespersonCode ?? '',
    correspondenceType: line.contactCorrespondenceType ?? '',
    languageCode: line.contactLanguageCode ?? '',
  };
}
