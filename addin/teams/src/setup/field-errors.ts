import { ApiError } from '@interlog/api-client';

/** The server's field problems (`/body/<field>` → message) of a refused request, by field name. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const problem of error.problem?.errors ?? []) {
    const field = /^\/body\/([^/]+)/.exec(problem.path)?.[1];
    if (field && !out[field]) out[field] = problem.message;
  }
  return out;
}
