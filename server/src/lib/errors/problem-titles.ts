import type { ProblemName } from '../schema/common-schema';

export const problemTitles: Record<ProblemName, string> = {
  'bad-request': 'Malformed request',
  validation: 'Invalid request',
  unauthorized: 'Authentication required',
  forbidden: 'Not allowed',
  'not-found': 'Not found',
  conflict: 'Conflict',
  'already-exists': 'Already exists',
  'idempotency-mismatch': 'Idempotency key reused with another request',
  'in-progress': 'Request in progress',
  'precondition-failed': 'Changed by someone else',
  'business-rule': 'Refused by a business rule',
  'unsupported-media-type': 'Unsupported media type',
  'payload-too-large': 'Payload too large',
  unavailable: 'Service unavailable',
  'consent-required': 'Consent to Microsoft Graph permissions required',
  'graph-error': 'Microsoft Graph refused the request',
  internal: 'Internal error',
};

export const problemTypeUri = (name: ProblemName) => `https://interlog.dev/problems/${name}`;
