/**
 * How much is kept (README, "No correspondent lost"): per tenant at most `maxPerTenant` listed addresses (the
 * least recently seen go first), per address the newest `itemsPerAddress` items and the last `seenByPerAddress`
 * users. Set once where the server is assembled.
 */
export const correspondentLimits = { maxPerTenant: 5000, itemsPerAddress: 50, seenByPerAddress: 20 };

export function setCorrespondentLimits(limits: Partial<typeof correspondentLimits>): void {
  Object.assign(correspondentLimits, limits);
}
