const valueAt = (doc: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined),
      doc,
    );

const comparable = (value: unknown) => (value instanceof Date ? value.getTime() : value);

const operators: Record<string, (have: unknown, want: unknown) => boolean> = {
  $gte: (have, want) => have != null && (comparable(have) as number) >= (comparable(want) as number),
  $lte: (have, want) => have != null && (comparable(have) as number) <= (comparable(want) as number),
  $lt: (have, want) => have != null && (comparable(have) as number) < (comparable(want) as number),
};

/**
 * Whether a document fetched by `_id` matches a query filter, for the small filters the hot paths
 * build (equality on dotted paths, $gte/$lte/$lt on numbers and dates); undefined when the filter
 * uses anything else, so the caller asks the database instead.
 */
export function matchesFilter(doc: Record<string, unknown>, filter: Record<string, unknown>): boolean | undefined {
  let all = true;
  for (const [path, want] of Object.entries(filter)) {
    const have = valueAt(doc, path);
    if (want && typeof want === 'object' && !(want instanceof Date)) {
      for (const [op, operand] of Object.entries(want)) {
        const test = operators[op];
        if (!test) return undefined;
        if (!test(have, operand)) all = false;
      }
    } else if (comparable(have) !== comparable(want)) all = false;
  }
  return all;
}
