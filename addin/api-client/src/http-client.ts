import { apiErrorFromResponse, networkError } from './api-error';

export interface HttpClientOptions {
  /** Origin + base path, e.g. `https://interlog.example/api/v1`. */
  baseUrl: string;
  getToken: () => Promise<string>;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  idempotencyKey?: string;
  /** Overrides the client's timeout for one slow request (logging a large segment). */
  timeoutMs?: number;
  /** Sends a file as the body (its bytes, with its media type) instead of JSON. */
  file?: { data: Blob | ArrayBuffer; contentType: string };
  /** `blob`: the answer is a file (a download), not JSON. */
  responseType?: 'json' | 'blob';
}

export interface HttpResult<T> {
  status: number;
  body: T;
  replayed: boolean;
  headers: Headers;
}

export type HttpClient = <T>(method: string, path: string, options?: RequestOptions) => Promise<HttpResult<T>>;
/** A GET that answers the body only (what the resource APIs are given). */
export type Getter = <T>(path: string, query?: Record<string, string | number | boolean | undefined>) => Promise<T>;

export function createHttpClient({ baseUrl, getToken, fetchImpl, timeoutMs = 15_000 }: HttpClientOptions): HttpClient {
  const doFetch = fetchImpl ?? ((input, init) => fetch(input, init));
  return async <T>(
    method: string,
    path: string,
    { query, body, idempotencyKey, timeoutMs: requestTimeoutMs, file, responseType = 'json' }: RequestOptions = {},
  ) => {
    const url = new URL(baseUrl.replace(/\/$/, '') + path, globalThis.location?.href);
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
    const parsed =
      response.status === 204 ? undefined : responseType === 'blob' ? await response.blob() : await response.json();
    return {
      status: response.status,
      body: parsed as T,
      replayed: response.headers.get('Idempotent-Replayed') === 'true',
      headers: response.headers,
    };
  };
}
