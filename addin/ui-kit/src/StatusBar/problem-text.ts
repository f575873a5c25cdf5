import type { TFunction } from 'i18next';
import { ApiError } from '@interlog/api-client';

const known = new Set([
  'network',
  'unauthorized',
  'forbidden',
  'not-found',
  'validation',
  'bad-request',
  'business-rule',
  'conflict',
  'already-exists',
  'idempotency-mismatch',
  'in-progress',
  'unavailable',
  'internal',
  'unsupported-media-type',
  'payload-too-large',
  'consent-required',
  'graph-error',
]);

const withServerDetail = new Set(['business-rule', 'conflict', 'already-exists', 'not-found']);

/**
 * An error in the user's language, with the field errors of a validation problem; with
 * `withDetail`, also the server's detail of a rule refusal (it names the record, in English).
 */
export function problemText(t: TFunction, error: unknown, options: { withDetail?: boolean } = {}): string {
  const name = error instanceof ApiError ? error.problemName : 'internal';
  const key = (known.has(name) ? name : 'internal') as 'internal';
  const text = t(`errors.${key}`);
  const fields = error instanceof ApiError ? error.problem?.errors?.map((e) => e.message).join('; ') : '';
  const detail =
    options.withDetail && error instanceof ApiError && withServerDetail.has(name) ? error.problem?.detail : '';
  return [text, fields ? `(${fields})` : '', detail ?? ''].filter(Boolean).join(' ');
}
