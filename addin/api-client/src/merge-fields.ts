import { ApiError } from './api-error';
import type { MergeFieldName } from './resources';

// Every merge field once, in the server's order; `satisfies` fails to compile when the server's list changes.
const fields = {
  contactNo: true,
  contactName: true,
  companyName: true,
  contactEmail: true,
  contactPhone: true,
  salespersonCode: true,
  salespersonName: true,
  salespersonEmail: true,
  subject: true,
  description: true,
  date: true,
  segmentNo: true,
  entryNo: true,
  personalNote: true,
} satisfies Record<MergeFieldName, true>;

/** The merge fields an email or a Word template can use, written `{contactName}`. */
export const mergeFieldNames = Object.keys(fields) as MergeFieldName[];

/** The `{field}` names a refused email or Word template used that are not merge fields. */
export function unknownFieldsOf(error: unknown): string[] {
  const unknown = error instanceof ApiError ? error.problem?.unknownFields : undefined;
  return Array.isArray(unknown) ? unknown.filter((name): name is string => typeof name === 'string') : [];
}

/** Which of `names` a text writes as `{name}`. */
export function fieldsWrittenIn(text: string, names: readonly string[]): string[] {
  const written = new Set([...text.matchAll(/\{\s*([A-Za-z]+)\s*\}/g)].map((m) => m[1]));
  return names.filter((name) => written.has(name));
}
