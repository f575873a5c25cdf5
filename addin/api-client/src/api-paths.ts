import type { paths } from './generated/openapi';

/** The base path the client's `baseUrl` ends with; the OpenAPI document's paths start with it. */
type Base = '/api/v1';

/** The API's operations by path relative to the base, as the server's document names them (`/segments/{no}`). */
export type ApiPaths = { [K in keyof paths as K extends `${Base}${infer P}` ? P : never]: paths[K] };
export type ApiPath = keyof ApiPaths;
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The paths that take `M`: another method, or a path the server does not have, fails to compile. */
export type PathWith<M extends HttpMethod> = {
  [P in ApiPath]: ApiPaths[P][Lowercase<M>] extends undefined ? never : P;
}[ApiPath];

export type Operation<M extends HttpMethod, P extends PathWith<M>> = NonNullable<ApiPaths[P][Lowercase<M>]>;

type PathParams<O> = O extends { parameters: { path: infer X } } ? X : never;
type QueryOf<O> = O extends { parameters: { query?: infer Q } }
  ? [Q] extends [never]
    ? never
    : NonNullable<Q>
  : never;
type JsonBodyOf<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type SuccessStatus = 200 | 201 | 202 | 204;

/** What a successful answer carries as JSON (undefined for 204 No Content). */
export type SuccessBody<O> = O extends { responses: infer R }
  ? {
      [S in keyof R & SuccessStatus]: R[S] extends { content: { 'application/json': infer B } } ? B : undefined;
    }[keyof R & SuccessStatus]
  : never;

interface CommonOptions {
  idempotencyKey?: string;
  /** The record's version as read: sent as If-Match, so that the server refuses (412) to overwrite a newer change. */
  ifMatch?: number;
  /** Overrides the client's timeout for one slow request (logging a large segment). */
  timeoutMs?: number;
  /** Sends a file as the body (its bytes, with its media type) instead of JSON. */
  file?: { data: Blob | ArrayBuffer; contentType: string };
}

/**
 * The options of one operation: `path` fills the `{placeholders}` (encoded), `query` and `body` are the
 * operation's own. `responseType: 'blob'` reads the answer as a file (a download) instead of JSON.
 */
export type RequestOptions<O, R extends 'json' | 'blob' = 'json'> = CommonOptions &
  ([PathParams<O>] extends [never] ? { path?: never } : { path: PathParams<O> }) &
  ([QueryOf<O>] extends [never] ? { query?: never } : { query?: QueryOf<O> }) &
  ([JsonBodyOf<O>] extends [never] ? { body?: never } : { body?: JsonBodyOf<O> }) &
  (R extends 'blob' ? { responseType: 'blob' } : { responseType?: 'json' });

/** The options argument: required when the path has placeholders. */
export type OptionsArg<O, R extends 'json' | 'blob' = 'json'> = [PathParams<O>] extends [never]
  ? R extends 'blob'
    ? [options: RequestOptions<O, R>]
    : [options?: RequestOptions<O, R>]
  : [options: RequestOptions<O, R>];

/** `/segments/{no}/lines` with `{ no: 'S 1' }` → `/segments/S%201/lines`. */
export function fillPath(path: string, params: Record<string, string | number> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${path}`);
    return encodeURIComponent(String(value));
  });
}

/** The JSON body an operation takes, as the server's OpenAPI document describes it. */
export type BodyOf<M extends HttpMethod, P extends PathWith<M>> = JsonBodyOf<Operation<M, P>>;
