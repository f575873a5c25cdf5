import type { LogFilter } from '../tab/tab-location';

/** The filter as the form holds it: text fields, empty = any. */
export interface LogFilterDraft {
  contactNo: string;
  salespersonCode: string;
  templateCode: string;
  segmentNo: string;
  loggedSegmentEntryNo: string;
  from: string;
  to: string;
  canceled: '' | 'true' | 'false';
  postponed: boolean;
}

export const emptyDraft: LogFilterDraft = {
  contactNo: '',
  salespersonCode: '',
  templateCode: '',
  segmentNo: '',
  loggedSegmentEntryNo: '',
  from: '',
  to: '',
  canceled: '',
  postponed: false,
};

export function draftOf(filter: LogFilter = {}): LogFilterDraft {
  return {
    contactNo: filter.contactNo ?? '',
    salespersonCode: filter.salespersonCode ?? '',
    templateCode: filter.templateCode ?? '',
    segmentNo: filter.segmentNo ?? '',
    loggedSegmentEntryNo: filter.loggedSegmentEntryNo ? String(filter.loggedSegmentEntryNo) : '',
    from: filter.from?.slice(0, 10) ?? '',
    to: filter.to?.slice(0, 10) ?? '',
    canceled: filter.canceled === undefined ? '' : filter.canceled ? 'true' : 'false',
    postponed: filter.postponed ?? false,
  };
}

/** Dates are whole days in the user's time zone: from its first to its last millisecond. */
export function filterOf(draft: LogFilterDraft): LogFilter {
  const filter: LogFilter = {};
  const text = (value: string) => value.trim().toUpperCase();
  if (text(draft.contactNo)) filter.contactNo = text(draft.contactNo);
  if (draft.salespersonCode) filter.salespersonCode = draft.salespersonCode;
  if (draft.templateCode) filter.templateCode = draft.templateCode;
  if (text(draft.segmentNo)) filter.segmentNo = text(draft.segmentNo);
  const entryNo = Number(draft.loggedSegmentEntryNo);
  if (Number.isInteger(entryNo) && entryNo > 0) filter.loggedSegmentEntryNo = entryNo;
  if (draft.from) filter.from = new Date(`${draft.from}T00:00:00`).toISOString();
  if (draft.to) filter.to = new Date(`${draft.to}T23:59:59.999`).toISOString();
  if (draft.canceled) filter.canceled = draft.canceled === 'true';
  if (draft.postponed) filter.postponed = true;
  return filter;
}
