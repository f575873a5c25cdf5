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
}

export interface HttpResult<T> {
  status: number;
  body: T;
  replayed: boolean;
}

export type HttpClient = <T>(method: string, path: string, options?: RequestOptions) => Promise<HttpResult<T>>;

export function createHttpClient({ baseUrl, getToken, fetchImpl, timeoutMs = 15_000 }: HttpClientOptions): HttpClient {
  const doFetch = fetchImpl ?? ((input, init) => fetch(input, init));
  return async <T>(method: string, path: string, { query, body, idempotencyKey, timeoutMs: requestTimeoutMs }: RequestOptions = {}) => {
    const url = new URL(baseUrl.replace(/\/$/, '') + path, globalThis.location?.href);
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${await getToken()}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    let response: Response;
    try {
      response = await doFetch(url.toString(), { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(requestTimeoutMs ?? timeoutMs) });
    } catch (error) {
      throw networkError(error);
    }
    if (!response.ok) throw await apiErrorFromResponse(response);
    const parsed = response.status === 204 ? undefined : await response.json();
    return { status: response.status, body: parsed as T, replayed: response.headers.get('Idempotent-Replayed') === 'true' };
  };
}
