import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { createClient, startTestApp } from './support/test-app';

/** Every endpoint of /work/shared/api-contract.md, relative to /api/v1. */
const CONTRACT = [
  'GET /marketing-setup',
  'PUT /marketing-setup',
  'GET /number-series',
  'POST /number-series',
  'GET /number-series/{code}',
  'PUT /number-series/{code}',
  'GET /interaction-groups',
  'POST /interaction-groups',
  'GET /interaction-groups/{code}',
  'PATCH /interaction-groups/{code}',
  'DELETE /interaction-groups/{code}',
  'GET /interaction-templates',
  'POST /interaction-templates',
  'GET /interaction-templates/{code}',
  'PATCH /interaction-templates/{code}',
  'DELETE /interaction-templates/{code}',
  'GET /interaction-template-setup',
  'PUT /interaction-template-setup',
  'GET /salespeople',
  'POST /salespeople',
  'GET /salespeople/{code}',
  'PATCH /salespeople/{code}',
  'GET /contacts',
  'POST /contacts',
  'GET /contacts/{no}',
  'PATCH /contacts/{no}',
  'POST /interactions',
  'GET /interaction-log-entries',
  'GET /interaction-log-entries/{entryNo}',
  'PATCH /interaction-log-entries/{entryNo}',
  'POST /interaction-log-entries/{entryNo}/resume',
  'DELETE /interaction-log-entries/{entryNo}',
  'POST /interaction-log-entries/delete-canceled',
  'GET /segments',
  'POST /segments',
  'GET /segments/{no}',
  'PATCH /segments/{no}',
  'DELETE /segments/{no}',
  'GET /segments/{no}/lines',
  'POST /segments/{no}/lines',
  'PATCH /segments/{no}/lines/{lineNo}',
  'DELETE /segments/{no}/lines/{lineNo}',
  'POST /segments/{no}/add-contacts',
  'POST /segments/{no}/reduce-contacts',
  'POST /segments/{no}/refine-contacts',
  'POST /segments/{no}/undo',
  'POST /segments/{no}/save-criteria',
  'POST /segments/{no}/reuse-criteria',
  'GET /saved-segment-criteria',
  'POST /segments/{no}/reuse-logged-segment',
  'POST /segments/{no}/log',
  'GET /logged-segments',
  'GET /logged-segments/{entryNo}',
  'PATCH /logged-segments/{entryNo}',
  'POST /logged-segments/{entryNo}/follow-up-segment',
  'GET /health',
  'GET /openapi.json',
];
const PUBLIC = ['GET /health', 'GET /openapi.json', 'GET /client-config', 'POST /graph/notifications'];
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface Operation {
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: object }[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Record<string, unknown> }> }>;
  security?: unknown[];
}
interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
  security?: unknown[];
}

let app: Awaited<ReturnType<typeof startTestApp>>;
let doc: OpenApiDocument;
let contentType: string | null;

beforeAll(async () => {
  app = await startTestApp({ label: 'openapi' });
  const res = await createClient(app.baseUrl, null).get<OpenApiDocument>('/openapi.json');
  expect(res.status).toBe(200);
  doc = res.body;
  contentType = res.headers.get('content-type');
});
afterAll(() => app.stop());

const operation = (entry: string): Operation | undefined => {
  const [method, path] = entry.split(' ');
  return doc.paths[`/api/v1${path}`]?.[method.toLowerCase()];
};
const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([m]) => METHODS.includes(m))
      .map(([method, op]) => ({ entry: `${method.toUpperCase()} ${path.replace(/^\/api\/v1/, '')}`, path, op })),
  );

/** Runs the validator in a child process: it is an ES module that jest's CommonJS runtime cannot load. */
function validateWithSeriousme(document: unknown): Promise<{ valid: boolean; errors?: unknown; version?: string }> {
  const script = `
    import { Validator } from '@seriousme/openapi-schema-validator';
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(text));
    process.stdout.write(JSON.stringify({ ...result, version: validator.version }));`;
  return new Promise((ok, fail) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', script],
      { cwd: resolve(__dirname, '..'), timeout: 30_000 },
      (error, stdout, stderr) => {
        if (error) fail(new Error(`validator failed: ${stderr || error.message}`));
        else ok(JSON.parse(stdout));
      },
    );
    child.stdin!.end(JSON.stringify(document));
  });
}

describe('GET /openapi.json', () => {
  test('When the document is fetched without a token, then it is JSON declaring OpenAPI 3.1', () => {
    expect(contentType).toMatch(/^application\/json/);
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
  });

  test('When the document is checked by @seriousme/openapi-schema-validator, then it is a valid OpenAPI 3.1 document', async () => {
    const result = await validateWithSeriousme(doc);

    expect(result).toEqual({ valid: true, version: '3.1' });
  });

  test.each(CONTRACT)('When the contract names %s, then the document has that path and method', (entry) => {
    expect(operation(entry)).toEqual(expect.objectContaining({ responses: expect.any(Object) }));
  });

  test('When every documented operation is listed, then the contract endpoints are all among them and each operationId is unique', () => {
    const documented = operations();
    const ids = documented.map(({ op }) => op.operationId);

    expect(documented.map(({ entry }) => entry)).toEqual(expect.arrayContaining(CONTRACT));
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('When a path has {placeholders}, then each is declared as a required path parameter, and no other path parameter is', () => {
    const problems = operations().flatMap(({ entry, path, op }) => {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = (op.parameters ?? []).filter((p) => p.in === 'path');
      const names = declared.map((p) => p.name).sort();
      const notRequired = declared.filter((p) => p.required !== true).map((p) => p.name);
      return JSON.stringify(inPath) === JSON.stringify(names) && notRequired.length === 0
        ? []
        : [`${entry}: path has ${inPath}, declares ${names}, optional ${notRequired}`];
    });

    expect(problems).toEqual([]);
  });

  test('When an operation needs a token, then the document says so and lists 401 and 403 as problem responses; health, openapi.json and client-config are public', () => {
    expect(doc.security).toEqual([{ bearer: [] }]);
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const problems = operations().flatMap(({ entry, op }) => {
      if (PUBLIC.includes(entry)) return JSON.stringify(op.security) === '[]' ? [] : [`${entry} is not public`];
      const ok =
        ['401', '403'].every((s) => op.responses[s]?.content?.['application/problem+json']) &&
        op.security === undefined;
      return ok ? [] : [`${entry} does not document its auth`];
    });

    expect(problems).toEqual([]);
  });

  test('When a write operation takes a JSON body, then its schema refuses unknown fields (no mass assignment)', () => {
    const open = operations()
      .filter(({ op }) => op.requestBody?.content['application/json'])
      .filter(({ op }) => op.requestBody!.content['application/json'].schema.additionalProperties !== false)
      .map(({ entry }) => entry);

    // Graph decides what a notification carries; the endpoint reads four fields of it and stores nothing else.
    expect(open).toEqual(['POST /graph/notifications']);
  });

  test('When a list operation answers 200, then its schema is { items, nextCursor } and it takes limit and cursor', () => {
    const lists = [
      'GET /number-series',
      'GET /interaction-groups',
      'GET /interaction-templates',
      'GET /salespeople',
      'GET /contacts',
      'GET /interaction-log-entries',
      'GET /segments',
      'GET /segments/{no}/lines',
      'GET /saved-segment-criteria',
      'GET /logged-segments',
    ];
    const problems = lists.flatMap((entry) => {
      const op = operation(entry)!;
      const schema = op.responses['200']?.content?.['application/json']?.schema as
        { required?: string[]; properties?: Record<string, { type?: string }> } | undefined;
      const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const ok =
        schema?.properties?.items?.type === 'array' &&
        'nextCursor' in (schema.properties ?? {}) &&
        query.includes('limit') &&
        query.includes('cursor');
      return ok ? [] : [entry];
    });

    expect(problems).toEqual([]);
  });

  test('When every $ref is followed, then it resolves inside the document', () => {
    const refs: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === '$ref' && typeof value === 'string') refs.push(value);
          else walk(value);
        }
      }
    };
    walk(doc);
    const unresolved = refs.filter((ref) => {
      if (!ref.startsWith('#/')) return true;
      let at: unknown = doc;
      for (const part of ref.slice(2).split('/'))
        at =
          at && typeof at === 'object'
            ? (at as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')]
            : undefined;
      return at === undefined;
    });

    expect(refs.length).toBeGreaterThan(0);
    expect(unresolved).toEqual([]);
  });

  test('When every request, parameter and response schema is compiled as JSON Schema 2020-12, then none is broken', () => {
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    ajv.addSchema({ $id: 'https://interlog.test/openapi.json', components: doc.components });
    const schemas = operations().flatMap(({ entry, op }) => [
      ...(op.parameters ?? []).map((p) => [`${entry} parameter ${p.name}`, p.schema] as const),
      ...Object.entries(op.requestBody?.content ?? {}).map(([type, c]) => [`${entry} body ${type}`, c.schema] as const),
      ...Object.entries(op.responses).flatMap(([status, r]) =>
        Object.entries(r.content ?? {}).map(([type, c]) => [`${entry} ${status} ${type}`, c.schema] as const),
      ),
    ]);
    const broken = schemas.flatMap(([where, schema]) => {
      try {
        const resolved = JSON.parse(
          JSON.stringify(schema ?? {}).replace(/"#\/components\//g, '"https://interlog.test/openapi.json#/components/'),
        );
        ajv.compile(resolved);
        return [];
      } catch (error) {
        return [`${where}: ${(error as Error).message}`];
      }
    });

    expect(schemas.length).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});
