import type { TFunction } from 'i18next';
import { ApiError, type ProblemName } from '@interlog/api-client';

const withServerDetail = new Set<ProblemName>(['business-rule', 'conflict', 'already-exists', 'not-found']);

/**
 * An error in the user's language, with the field errors of a validation problem; with
 * `withDetail`, also the server's detail of a rule refusal (it names the record, in English).
 */
export function problemText(t: TFunction, error: unknown, options: { withDetail?: boolean } = {}): string {
  // The server's problem names (an unknown type reads as internal): each has its text, or this fails to compile.
  const name: ProblemName = error instanceof ApiError ? error.problemName : 'internal';
  const text = t(`errors.${name}`);
  const fields = error instanceof ApiError ? error.problem?.errors?.map((e) => e.message).join('; ') : '';
  const detail =
    options.withDetail && error instanceof ApiError && withServerDetail.has(name) ? error.problem?.detail : '';
  return [text, fields ? `(${fields})` : '', detail ?? ''].filter(Boolean).join(' ');
}
