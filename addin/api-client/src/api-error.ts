import type { ProblemName as ServerProblemName } from '../../../server/src/lib/schema/common-schema';

/** What an ApiError is named: a problem the server answers with (its own type), or `network` when none came. */
export type ProblemName = ServerProblemName | 'network';

// Each name once; `satisfies` fails to compile when the server's ProblemName changes.
const problemNames = {
  'bad-request': true,
  validation: true,
  unauthorized: true,
  forbidden: true,
  'not-found': true,
  conflict: true,
  'already-exists': true,
  'idempotency-mismatch': true,
  'in-progress': true,
  'precondition-failed': true,
  'business-rule': true,
  'unsupported-media-type': true,
  'payload-too-large': true,
  unavailable: true,
  'consent-required': true,
  'graph-error': true,
  internal: true,
  network: true,
} satisfies Record<ProblemName, true>;

export const isProblemName = (name: string): name is ProblemName => Object.hasOwn(problemNames, name);

/** A problem+json answer, or a request that never got one (network, timeout). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
  [extra: string]: unknown;
}

export type ApiErrorKind = 'problem' | 'network';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  /** The last segment of the problem type URI, e.g. `not-found`, `idempotency-mismatch`, or `network`. */
  readonly problemName: ProblemName;
  readonly problem: ProblemDetails | null;

  constructor(kind: ApiErrorKind, status: number, problem: ProblemDetails | null, message: string) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
    this.problemName = kind === 'network' ? 'network' : problemNameOf(problem, status);
  }

  /** The request may succeed later unchanged: the server was unreachable or overloaded. */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.status === 502 ||
      this.status === 503 ||
      this.status === 504 ||
      this.problemName === 'in-progress'
    );
  }
}

function problemNameOf(problem: ProblemDetails | null, status: number): ProblemName {
  const fromType = problem?.type?.split('/').pop();
  if (fromType && fromType !== 'about:blank') return isProblemName(fromType) ? fromType : 'internal';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status >= 500) return 'unavailable';
  return 'bad-request';
}

export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  let problem: ProblemDetails | null = null;
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object' && 'status' in body) problem = body as ProblemDetails;
  } catch {
    problem = null;
  }
  return new ApiError(
    'problem',
    response.status,
    problem,
    problem?.detail ?? problem?.title ?? `HTTP ${response.status}`,
  );
}

export function networkError(cause: unknown): ApiError {
  return new ApiError('network', 0, null, cause instanceof Error ? cause.message : 'The server cannot be reached.');
}

/** The answer, or null when the server says there is none (404): an optional resource, e.g. a template's email. */
export async function orNullWhenNotFound<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** Someone else changed the record since it was read (412): the user reloads it instead of overwriting their change. */
export const isChangedElsewhere = (error: unknown) =>
  error instanceof ApiError && error.problemName === 'precondition-failed';

/** The version a record was read at (records carry it beside their fields), for `ifMatch`. */
export const versionOf = (record: object | null | undefined): number | undefined => {
  const version = (record as { version?: unknown } | null | undefined)?.version;
  return typeof version === 'number' ? version : undefined;
};
