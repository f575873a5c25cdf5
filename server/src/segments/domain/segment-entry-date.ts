/** The date of a logged segment's entries: now when the segment is dated today or not at all, else its date. */
export function entryDate(segmentDate: string, now: Date): string {
  return !segmentDate || segmentDate === now.toISOString().slice(0, 10)
    ? now.toISOString()
    : `${segmentDate}T00:00:00.000Z`;
}
