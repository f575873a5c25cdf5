/**
 * Business Central's number series rule: the next number increments the trailing digits
 * of the last number used (or is the starting number), keeping their width.
 */
export function nextNumber(series: { startingNo: string; lastNoUsed: string }): string | null {
  if (!series.lastNoUsed) return series.startingNo || null;
  const match = /^(.*?)(\d+)$/.exec(series.lastNoUsed);
  if (!match) return null;
  const [, prefix, digits] = match;
  const incremented = (BigInt(digits) + 1n).toString();
  return prefix + incremented.padStart(digits.length, '0');
}

export function endsInDigits(no: string): boolean {
  return /\d$/.test(no);
}
