/** The request key of the entry that logging writes for one line (a retry finds it by this key). */
export const lineRequestKey = (loggedSegmentEntryNo: number, lineNo: number) =>
  `seglog:${loggedSegmentEntryNo}:${lineNo}`;
