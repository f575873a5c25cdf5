/** The fields of an entry that its statistics count (tombstones included, flagged `deleted`). */
export const FACTS = {
  _id: 1,
  entryNo: 1,
  deleted: 1,
  contactNo: 1,
  contactCompanyNo: 1,
  date: 1,
  templateCode: 1,
  templateDescription: 1,
  interactionGroupCode: 1,
  salespersonCode: 1,
  salespersonName: 1,
  initiatedBy: 1,
  cost: 1,
  durationMin: 1,
  evaluation: 1,
  attemptFailed: 1,
  postponed: 1,
  canceled: 1,
  loggedSegmentEntryNo: 1,
  'delivery.status': 1,
} as const;

/** An entry's fields that its statistics count, from the document as written. */
export function factsOf(doc: Record<string, unknown>): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const field of Object.keys(FACTS)) {
    if (field === 'delivery.status') {
      const status = (doc.delivery as { status?: string } | undefined)?.status;
      if (status) facts.delivery = { status };
    } else if (doc[field] !== undefined) facts[field] = doc[field];
  }
  return facts;
}
