import type { TSchema } from '@sinclair/typebox';
import { ProblemSchema } from '../schema/common-schema';
import type { RouteDefinition } from './route-registry';
import { isVersionedWrite } from './etag';

const plain = (schema: TSchema) => JSON.parse(JSON.stringify(schema));

/** Text, or a file sent or answered as raw bytes (OpenAPI 3.1 describes binary content by its media type). */
const fileSchema = (contentType: string) =>
  contentType.startsWith('text/') ? { type: 'string' } : { type: 'string', contentMediaType: contentType };

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

function parameters(def: RouteDefinition) {
  const out: unknown[] = [];
  for (const [location, schema] of [
    ['path', def.params],
    ['query', def.query],
  ] as const) {
    if (!schema) continue;
    const required = new Set<string>((schema as { required?: string[] }).required ?? []);
    for (const [name, prop] of Object.entries((schema as { properties: Record<string, TSchema> }).properties)) {
      out.push({ name, in: location, required: location === 'path' || required.has(name), schema: plain(prop) });
    }
  }
  if (def.idempotent) {
    out.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      schema: { type: 'string', maxLength: 255 },
      description: 'A retry with the same key and body returns the first result and creates nothing new.',
    });
  }
  if (isVersionedWrite(def)) {
    out.push({
      name: 'If-Match',
      in: 'header',
      required: false,
      schema: { type: 'string', maxLength: 17 },
      description:
        'The ETag of the record as the caller read it: the change is made only if nobody changed the record ' +
        'since (412 otherwise). Without it the last writer wins.',
    });
  }
  return out;
}

const etagHeader = {
  ETag: { description: 'The version of the record, for If-Match', schema: { type: 'string' } },
};

/** The OpenAPI 3.1 document, made from the same route definitions and schemas that validate requests. */
export function buildOpenApi(routes: RouteDefinition[], info: { version: string; basePath: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const def of routes) {
    const path = info.basePath + def.path.replace(/:(\w+)/g, '{$1}');
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(def.responses)) {
      if (response.contentType)
        responses[status] = {
          description: response.description,
          content: Object.fromEntries(
            [response.contentType].flat().map((type) => [type, { schema: fileSchema(type) }]),
          ),
        };
      else if (response.schema)
        responses[status] = {
          description: response.description,
          ...(def.versioned === 'record' && Number(status) < 300 ? { headers: etagHeader } : {}),
          content: { 'application/json': { schema: plain(response.schema) } },
        };
      // Every error is answered as a problem.
      else
        responses[status] =
          Number(status) >= 400 ? problemResponse(response.description) : { description: response.description };
    }
    responses['400'] = problemResponse('Malformed or invalid input');
    if (!def.public) {
      responses['401'] = problemResponse('No or bad token');
      responses['403'] = problemResponse('Valid token, not allowed');
    }
    if (def.params) responses['404'] = problemResponse("Unknown resource in the caller's tenant");
    if (def.method !== 'get') {
      responses['409'] = problemResponse('Duplicate key or state conflict');
      responses['422'] = problemResponse('Refused by a business rule');
    }
    if (isVersionedWrite(def))
      responses['412'] = problemResponse('If-Match names an older version: someone else changed the record');
    responses['503'] = problemResponse('The database is busy or unreachable; send the same request after Retry-After');
    (paths[path] ??= {})[def.method] = {
      summary: def.summary,
      ...(def.description ? { description: def.description } : {}),
      tags: [def.tag],
      operationId: `${def.method}${def.path.replace(/[/:-](\w)/g, (_, c: string) => c.toUpperCase())}`,
      parameters: parameters(def),
      ...(def.body
        ? {
            requestBody: {
              required: def.bodyRequired !== false,
              content: { 'application/json': { schema: plain(def.body) } },
            },
          }
        : {}),
      ...(def.rawBody
        ? {
            requestBody: {
              required: true,
              description: `The file, up to ${def.rawBody.limit}`,
              content: { [def.rawBody.type]: { schema: fileSchema(def.rawBody.type) } },
            },
          }
        : {}),
      responses,
      ...(def.public ? { security: [] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Interlog API',
      version: info.version,
      description:
        'Business Central style interactions and segments for Microsoft 365. Errors are RFC 9457 problem details.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'Entra ID access token for the Interlog API (scope access_as_user, or app role Interlog.ReadWrite.All).',
        },
      },
      schemas: { Problem: plain(ProblemSchema) },
    },
  };
}
