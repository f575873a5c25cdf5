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
  /** How a 503 with Retry-After is sent again (default: `UNAVAILABLE_RETRY`). */
  unavailableRetry?: UnavailableRetry;
}

export interface UnavailableRetry {
  /** Tries in all, the first included. */
  tries: number;
  /** The longest the waits may add up to; a Retry-After beyond it is not waited for. */
  maxTotalWaitMs: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The server answers 503 with Retry-After while its database is busy or unreachable (it has already
 * retried); the request is sent again after that wait, at most 3 tries and 10 s of waiting in all.
 */
export const UNAVAILABLE_RETRY: UnavailableRetry = { tries: 3, maxTotalWaitMs: 10_000 };

/** Retry-After in milliseconds (seconds or an HTTP date), or null when there is none. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
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
  ifMatch?: number;
  timeoutMs?: number;
  file?: { data: Blob | ArrayBuffer; contentType: string };
  responseType?: 'json' | 'blob';
}

type Untyped = (method: HttpMethod, path: string, options?: AnyOptions) => Promise<HttpResult<unknown>>;

export function createHttpClient({
  baseUrl,
  getToken,
  fetchImpl,
  timeoutMs = 15_000,
  unavailableRetry = UNAVAILABLE_RETRY,
}: HttpClientOptions): HttpClient {
  const doFetch = fetchImpl ?? ((input, init) => fetch(input, init));
  const sleep = unavailableRetry.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const send = async (method: HttpMethod, pathTemplate: string, options: AnyOptions): Promise<Response> => {
    const { path, query, body, idempotencyKey, ifMatch, timeoutMs: requestTimeoutMs, file } = options;
    const responseType = options.responseType ?? 'json';
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
    if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
    try {
      return await doFetch(url.toString(), {
        method,
        headers,
        body: file ? file.data : body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(requestTimeoutMs ?? timeoutMs),
      });
    } catch (error) {
      throw networkError(error);
    }
  };
  const answer = async (response: Response, responseType: AnyOptions['responseType'] = 'json') => {
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
  /**
   * Sends the request; a 503 with Retry-After is sent again, unchanged (the same Idempotency-Key), after the
   * wait. A POST without an Idempotency-Key is not: it could be recorded twice.
   */
  const request = async (method: HttpMethod, pathTemplate: string, options: AnyOptions = {}) => {
    const repeatable = method !== 'POST' || Boolean(options.idempotencyKey);
    let waited = 0;
    for (let tryNo = 1; ; tryNo++) {
      const response = await send(method, pathTemplate, options);
      const wait = response.status === 503 ? retryAfterMs(response.headers.get('Retry-After')) : null;
      const again =
        repeatable &&
        wait !== null &&
        tryNo < unavailableRetry.tries &&
        waited + wait <= unavailableRetry.maxTotalWaitMs;
      if (!again) return answer(response, options.responseType);
      waited += wait;
      await response.body?.cancel();
      await sleep(wait);
    }
  };
  // The typed signature is checked at the call sites; here every operation is one request.
  return request as Untyped as HttpClient;
}

/** The GET helper the resource APIs share: the answer's body. */
export function getterOf(http: HttpClient): Getter {
  const request = http as unknown as Untyped;
  return (async (path: string, options?: AnyOptions) => (await request('GET', path, options)).body) as Getter;
}
