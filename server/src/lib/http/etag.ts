import { AppError } from '../errors/app-error';

/** A strong ETag made from a record's version: `"3"`. */
export const etagOf = (version: number) => `"${version}"`;

const ONE_STRONG_TAG = /^"(\d{1,15})"$/;

/**
 * The version an If-Match header names, or undefined when there is none or it is `*` (any current
 * record): the write is then last-writer-wins. A weak tag (`W/"3"`) never matches a strong
 * comparison (RFC 9110, 13.1.1), so it is refused like any other malformed value, and so is a list.
 */
export function parseIfMatch(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '*') return undefined;
  const match = ONE_STRONG_TAG.exec(value.trim());
  if (!match)
    throw new AppError('validation', 400, 'If-Match must be one ETag as this API sends it, e.g. "3", or *.', {
      errors: [{ path: '/headers/if-match', message: 'must be one strong ETag of this API or *' }],
    });
  return Number(match[1]);
}

/** What a route says about versions (`RouteDefinition.versioned`). */
interface VersionedRoute {
  method: string;
  versioned?: 'record' | 'list';
}
interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A PATCH or PUT of one versioned record: it takes If-Match. */
export const isVersionedWrite = (def: VersionedRoute) =>
  def.versioned === 'record' && (def.method === 'patch' || def.method === 'put');

type Versioned = { version?: number };

/** A record as the API answers with it: with its version, 0 for a record stored before versions were kept. */
export const withVersion = <T extends object>(record: T): T & { version: number } => ({
  ...record,
  version: (record as Versioned).version ?? 0,
});

/**
 * Gives a versioned answer its ETag header, and the `version` of a record stored before versions were
 * kept (0), so that every record the API answers with carries one.
 */
export function withVersions<T extends Answer>(def: VersionedRoute, result: T): T {
  if (!def.versioned || result.status >= 300 || !result.body || typeof result.body !== 'object') return result;
  if (def.versioned === 'list') {
    const items = (result.body as { items?: Versioned[] }).items ?? [];
    return {
      ...result,
      body: { ...result.body, items: items.map(withVersion) },
    };
  }
  const body = withVersion(result.body);
  return { ...result, body, headers: { ...result.headers, ETag: etagOf(body.version) } };
}
