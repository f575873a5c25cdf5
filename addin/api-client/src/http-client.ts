import { apiErrorFromResponse, networkError } from './api-error';
import {
  fillPath,
  type HttpMethod,
  type Operation,
  type OptionsArg,
  type PathWith,
  type SuccessBody,
} from './api-paths';

export interface HttpClientOptions {
  /** Origin + base path, e.g. `https://interlog.example/api/v1`. */
  baseUrl: string;
  getToken: () => Promise<string>;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

export interface HttpResult<T> {
  status: number;
  body: T;
  replayed: boolean;
  headers: Headers;
}

/**
 * One request to an operation of the server's OpenAPI document: a path or method the server does not have,
 * a missing `{placeholder}`, an unknown query parameter or a body of the wrong shape fails to compile.
 */
export interface HttpClient {
  <M extends HttpMethod, P extends PathWith<M>>(
    method: M,
    path: P,
    ...options: OptionsArg<Operation<M, P>>
  ): Promise<HttpResult<SuccessBody<Operation<M, P>>>>;
  /** A download: the answer's bytes. */
  <M extends HttpMethod, P extends PathWith<M>>(
    method: M,
    path: P,
    ...options: OptionsArg<Operation<M, P>, 'blob'>
  ): Promise<HttpResult<Blob>>;
}

/** A GET that answers the body only (what the resource APIs are given). */
export type Getter = <P extends PathWith<'GET'>>(
  path: P,
  ...options: OptionsArg<Operation<'GET', P>>
) => Promise<SuccessBody<Operation<'GET', P>>>;

interface AnyOptions {
  path?: Record<string, string | number>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  idempotencyKey?: string;
  timeoutMs?: number;
  file?: { data: Blob | ArrayBuffer; contentType: string };
  responseType?: 'json' | 'blob';
}

type Untyped = (method: HttpMethod, path: string, options?: AnyOptions) => Promise<HttpResult<unknown>>;

export function createHttpClient({ baseUrl, getToken, fetchImpl, timeoutMs = 15_000 }: HttpClientOptions): HttpClient {
  const doFetch = fetchImpl ?? ((input, init) => fetch(input, init));
  const request = async (method: HttpMethod, pathTemplate: string, options: AnyOptions = {}) => {
    const { path, query, body, idempotencyKey, timeoutMs: requestTimeoutMs, file, responseType = 'json' } = options;
    const url = new URL(baseUrl.replace(/\/$/, '') + fillPath(pathTemplate, path), globalThis.location?.href);
    for (const [key, value] of Object.entries(query ?? {}))
      if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
    const headers: Record<string, string> = {
      Accept: responseType === 'blob' ? '*/*' : 'application/json',
      Authorization: `Bearer ${await getToken()}`,
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (file) headers['Content-Type'] = file.contentType;
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    let response: Response;
    try {
      response = await doFetch(url.toString(), {
        method,
        headers,
        body: file ? file.data : body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(requestTimeoutMs ?? timeoutMs),
      });
    } catch (error) {
      throw networkError(error);
    }
    if (!response.ok) throw await apiErrorFromResponse(response);
    const parsed: unknown =
      response.status === 204 ? undefined : responseType === 'blob' ? await response.blob() : await response.json();
    return {
      status: response.status,
      body: parsed,
      replayed: response.headers.get('Idempotent-Replayed') === 'true',
      headers: response.headers,
    };
  };
  // The typed signature is checked at the call sites; here every operation is one request.
  return request as Untyped as HttpClient;
}

/** The GET helper the resource APIs share: the answer's body. */
export function getterOf(http: HttpClient): Getter {
  const request = http as unknown as Untyped;
  return (async (path: string, options?: AnyOptions) => (await request('GET', path, options)).body) as Getter;
}
