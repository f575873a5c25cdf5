import type { TFunction } from 'i18next';
import { ApiError } from '../../../api-client/src/api-error';

const known = new Set([
  'network', 'unauthorized', 'forbidden', 'not-found', 'validation', 'bad-request', 'business-rule', 'conflict', 'already-exists',
  'idempotency-mismatch', 'in-progress', 'unavailable', 'internal', 'unsupported-media-type', 'payload-too-large', 'consent-required', 'graph-error',
]);

/** An error in the user's language, with the server's detail for rule refusals (which name the record). */
export function problemText(t: TFunction, error: unknown): string {
  const name = error instanceof ApiError ? error.problemName : 'internal';
  const key = (known.has(name) ? name : 'internal') as 'internal';
  const text = t(`errors.${key}`);
  const fields = error instanceof ApiError ? error.problem?.errors?.map((e) => e.message).join('; ') : '';
  return fields ? `${text} (${fields})` : text;
}
