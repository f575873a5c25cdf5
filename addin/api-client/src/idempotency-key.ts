/**
 * A key that is the same for the same mail item and contact on every device, so the
 * server records an email or meeting at most once per contact.
 */
export async function itemContactKey(
  purpose: 'record' | 'postpone',
  itemIdentity: string,
  contactNo: string,
): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(itemIdentity));
  const hex = Array.from(new Uint8Array(digest).slice(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${purpose}:${hex}:${contactNo.toUpperCase()}`;
}
