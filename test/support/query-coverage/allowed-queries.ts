import type { AllowedQuery } from './index-coverage';

const WORKER_CLAIM = 'a background worker claims due work across tenants (a scatter-gather on a sharded cluster)';
const TIMED_PURGE = 'FerretDB only: the hourly purge (MongoDB removes these through a TTL index, no query is sent)';

/** Queries that by design name no tenant, each with its reason (README, deployment); their index is still checked. */
export const ALLOWED_QUERIES: AllowedQuery[] = [
  { collection: 'recording_mailboxes', fields: 'enabled,lockedUntil', why: WORKER_CLAIM },
  { collection: 'graph_notifications', fields: 'nextAttemptAt,status', why: WORKER_CLAIM },
  { collection: 'graph_notifications', fields: '_id,nextAttemptAt,status', why: WORKER_CLAIM },
  { collection: 'graph_notifications', fields: 'receivedAt,status', why: TIMED_PURGE },
  { collection: 'idempotency_records', fields: 'expiresAt', why: TIMED_PURGE },
  { collection: 'graph_token_cache', fields: 'updatedAt', why: TIMED_PURGE },
];
