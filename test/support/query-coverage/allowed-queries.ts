import type { AllowedQuery } from './index-coverage';

/** Queries that by design name no tenant or need no index, each with its reason (README, deployment). */
export const ALLOWED_QUERIES: AllowedQuery[] = [];
