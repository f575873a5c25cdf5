import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { Writable } from 'node:stream';
import type { Static, TObject, TSchema } from '@sinclair/typebox';
import { AppError } from '../errors/app-error';
import { validatePart } from './validate';
import type { RequestContext } from './request-context';
import { claimIdempotencyKey } from '../idempotency/idempotency-store';
import { isVersionedWrite, parseIfMatch, withVersions } from './etag';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface HandlerResult {
  status: number;
  /** JSON; a Buffer sent as bytes, or a string sent as text, when `headers` sets its Content-Type. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Writes the answer (a download) straight to the response and ends it; a failure part-way aborts it. */
  stream?: (out: Writable) => Promise<void>;
}

export interface HandlerInput<P, Q, B> {
  ctx: RequestContext;
  params: P;
  query: Q;
  body: B;
  /** The caller's Idempotency-Key, for use cases that key their own writes with it. */
  idempotencyKey?: string;
  /** The version named by If-Match on a `versioned: 'record'` PATCH or PUT; undefined: last writer wins. */
  ifMatch?: number;
  /** A request header (e.g. Content-Disposition of a raw upload). */
  header: (name: string) => string | undefined;
}

export interface RouteDefinition<
  P extends TObject = TObject,
  Q extends TObject = TObject,
  B extends TSchema = TSchema,
> {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  description?: string;
  /** Served without a token; every other route needs one (mountRoutes decides it here, once). */
  public?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  bodyRequired?: boolean;
  /** Whether the request has a body to read at all, decided from its query (Graph's validation handshake has none). */
  bodyExpected?: (query: Static<Q>) => boolean;
  /** Takes the body as raw bytes of this media type instead of JSON (the handler's body is a Buffer). */
  rawBody?: { type: string; limit: string };
  /** `contentType`: the response is a file of that type, not JSON. */
  responses: Record<number, { description: string; schema?: TSchema; contentType?: string | string[] }>;
  /**
   * `record`: the answer is one record with a `version`, sent as its ETag; a PATCH or PUT takes If-Match
   * (412 when the record changed meanwhile). `list`: a page whose items carry their `version`.
   */
  versioned?: 'record' | 'list';
  /** Accepts an Idempotency-Key header (creating requests). */
  idempotent?: boolean;
  handler: (input: HandlerInput<Static<P>, Static<Q>, Static<B>>) => Promise<HandlerResult>;
}

export function defineRoute<P extends TObject, Q extends TObject, B extends TSchema>(def: RouteDefinition<P, Q, B>) {
  return def as unknown as RouteDefinition;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

function readBody(req: Request, def: RouteDefinition): unknown {
  const hasContent = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasContent && !req.is('application/json')) {
    throw new AppError('unsupported-media-type', 415, 'Send the request body as application/json.');
  }
  if (req.body === undefined) {
    if (def.bodyRequired !== false)
      throw new AppError('validation', 400, 'A JSON request body is required.', {
        errors: [{ path: '/body', message: 'is required' }],
      });
    return {};
  }
  return req.body;
}

function readRawBody(req: Request, raw: { type: string }): Buffer {
  const hasContent = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (!hasContent)
    throw new AppError('validation', 400, `A request body (${raw.type}) is required.`, {
      errors: [{ path: '/body', message: 'is required' }],
    });
  if (!req.is(raw.type) || !Buffer.isBuffer(req.body))
    throw new AppError('unsupported-media-type', 415, `Send the request body as ${raw.type}.`);
  return req.body;
}

async function runRoute(def: RouteDefinition, req: Request, retentionHours: number): Promise<HandlerResult> {
  const ctx = req.ctx as RequestContext;
  const params = def.params ? validatePart('params', def.params, req.params) : {};
  const query: Record<string, unknown> = def.query ? validatePart('query', def.query, req.query) : rejectQuery(req);
  const body =
    def.bodyExpected && !def.bodyExpected(query)
      ? undefined
      : def.rawBody
        ? readRawBody(req, def.rawBody)
        : def.body
          ? validatePart('body', def.body, readBody(req, def))
          : undefined;
  const header = (name: string) => req.get(name);
  const ifMatch = isVersionedWrite(def) ? parseIfMatch(req.get('If-Match')) : undefined;
  const rawKey = req.get('Idempotency-Key');
  if (!def.idempotent || rawKey === undefined) {
    return def.handler({ ctx, params, query, body, header, ifMatch } as never);
  }
  if (!IDEMPOTENCY_KEY.test(rawKey)) {
    throw new AppError('validation', 400, 'The Idempotency-Key header must be 1-255 visible ASCII characters.', {
      errors: [{ path: '/headers/idempotency-key', message: 'must be 1-255 visible ASCII characters' }],
    });
  }
  const claim = await claimIdempotencyKey({
    tenantId: ctx.tenantId,
    route: `${def.method} ${req.path}`,
    key: rawKey,
    body,
    retentionHours,
  });
  if (claim.replay) return { ...claim.replay, headers: { 'Idempotent-Replayed': 'true' } };
  try {
    const result = await def.handler({ ctx, params, query, body, idempotencyKey: rawKey, header } as never);
    await claim.complete({ status: result.status, body: result.body ?? null });
    return result;
  } catch (error) {
    await claim.release().catch(() => undefined);
    throw error;
  }
}

function rejectQuery(req: Request) {
  const names = Object.keys(req.query ?? {});
  if (names.length > 0) {
    throw new AppError('validation', 400, 'This endpoint takes no query parameters.', {
      errors: names.map((n) => ({ path: `/query/${n}`, message: 'is not an allowed parameter' })),
    });
  }
  return {};
}

/** The status line is sent: a failure can no longer be a problem, so the transfer is cut short instead. */
async function streamAnswer(req: Request, res: Response, write: (out: Writable) => Promise<void>) {
  try {
    res.flushHeaders();
    await write(res);
  } catch (error) {
    req.log?.error({ err: error }, 'download failed part-way');
    res.destroy(error as Error);
  }
}

function mountRoute(router: Router, def: RouteDefinition, retentionHours: number) {
  // A raw body is read for its own route only, after authentication.
  const parsers = def.rawBody ? [express.raw({ type: def.rawBody.type, limit: def.rawBody.limit })] : [];
  router[def.method](def.path, ...parsers, async (req: Request, res: Response) => {
    const result = withVersions(def, await runRoute(def, req, retentionHours));
    // A record's ETag is its version, for If-Match: what the answer shows can change without a new version (a
    // segment's line count), so a read that names the ETag gets the whole answer, never Express's 304.
    if (def.versioned === 'record') delete req.headers['if-none-match'];
    for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
    if (result.stream) {
      await streamAnswer(req, res.status(result.status), result.stream);
      return;
    }
    if (Buffer.isBuffer(result.body) || (typeof result.body === 'string' && res.get('Content-Type'))) {
      res.status(result.status).send(result.body);
      return;
    }
    if (result.body === undefined || result.body === null) {
      res.status(result.status).end();
      return;
    }
    res.status(result.status).json(result.body);
  });
}

/**
 * Mounts every route; `public` on a route is the one place that decides whether it needs a
 * token. Public routes come first; `auth` then guards the rest of the router, so an unknown
 * path without a token is 401 too (the route table is not revealed).
 */
export function mountRoutes(
  router: Router,
  routes: RouteDefinition[],
  options: { retentionHours: number; auth: RequestHandler },
) {
  for (const def of routes.filter((r) => r.public)) mountRoute(router, def, options.retentionHours);
  router.use(options.auth);
  for (const def of routes.filter((r) => !r.public)) mountRoute(router, def, options.retentionHours);
}
