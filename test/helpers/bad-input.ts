import fc from 'fast-check';

/**
 * fast-check arbitraries for input that the API must refuse. Each field kind describes what
 * the contract allows; `invalidValue(kind)` only ever yields values outside of that, so a body
 * with one of them in it is invalid by construction.
 */
export type FieldKind =
  | { kind: 'text'; max: number; min?: number }
  | { kind: 'code' }
  | { kind: 'optionalCode' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'nonNegative' }
  | { kind: 'positiveInteger' }
  | { kind: 'boolean' }
  | { kind: 'dateTime' }
  | { kind: 'date' }
  | { kind: 'email' }
  | { kind: 'uri' }
  | { kind: 'object'; fields: Record<string, FieldKind> }
  | { kind: 'array'; of: FieldKind; minItems?: number };

export const text = (max: number, min?: number): FieldKind => ({ kind: 'text', max, ...(min ? { min } : {}) });
export const code: FieldKind = { kind: 'code' };
export const optionalCode: FieldKind = { kind: 'optionalCode' };
export const oneOf = (...values: string[]): FieldKind => ({ kind: 'enum', values });
export const nonNegative: FieldKind = { kind: 'nonNegative' };
export const positiveInteger: FieldKind = { kind: 'positiveInteger' };
export const boolean: FieldKind = { kind: 'boolean' };
export const dateTime: FieldKind = { kind: 'dateTime' };
export const date: FieldKind = { kind: 'date' };
export const email: FieldKind = { kind: 'email' };
export const uri: FieldKind = { kind: 'uri' };
export const object = (fields: Record<string, FieldKind>): FieldKind => ({ kind: 'object', fields });
export const array = (of: FieldKind, minItems?: number): FieldKind => ({
  kind: 'array',
  of,
  ...(minItems ? { minItems } : {}),
});

export const OPERATORS = [
  '$gt',
  '$gte',
  '$lt',
  '$ne',
  '$in',
  '$nin',
  '$exists',
  '$regex',
  '$where',
  '$expr',
  '$or',
  '$and',
  '$not',
  '$function',
  '$elemMatch',
  '$set',
  '$unset',
  '$rename',
];

/** `{"$gt": ""}`, `{"$where": "..."}` and friends. */
export const operatorObject = fc.dictionary(
  fc.constantFrom(...OPERATORS),
  fc.oneof(
    fc.constant(''),
    fc.constant(null),
    fc.string({ maxLength: 8 }),
    fc.integer(),
    fc.constant('function () { while (true) {} }'),
    fc.constant('.*'),
    fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  ),
  { minKeys: 1, maxKeys: 3 },
);

type JsonType = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

const valuesOfType: Record<JsonType, fc.Arbitrary<unknown>> = {
  string: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('$gt', '{"$ne":null}', 'true', '1', '')),
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  object: fc.oneof(
    operatorObject,
    fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  ),
};

/** Any JSON value whose type is not one of `allowed`. */
export function wrongType(...allowed: JsonType[]) {
  return fc.oneof(
    ...(Object.keys(valuesOfType) as JsonType[]).filter((t) => !allowed.includes(t)).map((t) => valuesOfType[t]),
  );
}

/** A string longer than `max` characters (code points). */
export const tooLong = (max: number) =>
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 3, unit: 'grapheme-ascii' }), fc.integer({ min: 1, max: 300 }))
    .map(([s, extra]) => s.repeat(Math.ceil((max + extra) / s.length)));

const notIn = (values: readonly string[]) => (s: string) => !values.includes(s);

export function invalidValue(field: FieldKind): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'text':
      return fc.oneof(wrongType('string'), tooLong(field.max), ...(field.min ? [fc.constant('')] : []));
    case 'code':
      return fc.oneof(
        wrongType('string'),
        tooLong(20),
        fc.constantFrom('', ' ', '\tX', ' LEADING', 'A\nB'),
        fc.string({ maxLength: 8 }).map((s) => ` ${s}`),
      );
    case 'optionalCode':
      return fc.oneof(wrongType('string'), tooLong(20));
    case 'enum': {
      const shouted = field.values.map((v) => v.toUpperCase()).filter(notIn(field.values));
      return fc.oneof(
        wrongType('string'),
        fc.string({ maxLength: 12 }).filter(notIn(field.values)),
        fc.constantFrom(...shouted, ' ', 'null'),
      );
    }
    case 'nonNegative':
      return fc.oneof(
        wrongType('number'),
        fc.double({ min: -1e15, max: -1e-9, noNaN: true }),
        fc.double({ min: 1.000001e12, max: 1e300, noNaN: true }),
        fc.integer({ min: 0, max: 100 }).map(String),
      );
    case 'positiveInteger':
      return fc.oneof(
        wrongType('number'),
        fc.integer({ min: -1_000_000, max: 0 }),
        fc.double({ min: 0.001, max: 1e6, noNaN: true }).filter((x) => !Number.isInteger(x)),
        fc.integer({ min: 1, max: 9 }).map(String),
      );
    case 'boolean':
      return fc.oneof(wrongType('boolean'), fc.constantFrom('true', 'false', '1', '0', 'yes', ''));
    case 'dateTime':
      return fc.oneof(
        wrongType('string'),
        fc.constantFrom(
          'yesterday',
          '2024-13-01T00:00:00Z',
          '2024-02-30T10:00:00Z',
          '2024-01-01',
          '2024-01-01T25:00:00Z',
          '',
          '1700000000000',
          'Mon, 01 Jan 2024 00:00:00 GMT',
        ),
        tooLong(40),
      );
    case 'date':
      return fc.oneof(
        wrongType('string'),
        fc.constantFrom('2024-02-30', '2024-1-1', 'today', '2024-01-01T00:00:00Z', '', '20240101'),
      );
    case 'email':
      return fc.oneof(
        wrongType('string'),
        fc.constantFrom('not-an-email', 'a@', '@b.example', 'a b@c.example'),
        tooLong(254),
      );
    case 'uri':
      return fc.oneof(wrongType('string'), fc.constantFrom('not a uri', '://x', ''), tooLong(2048));
    case 'object': {
      const keys = Object.keys(field.fields);
      return fc.oneof(
        wrongType('object'),
        operatorObject,
        fc.constantFrom(...keys).chain((key) => invalidValue(field.fields[key]).map((value) => ({ [key]: value }))),
      );
    }
    case 'array':
      return fc.oneof(
        wrongType('array'),
        invalidValue(field.of).map((value) => [value]),
        ...(field.minItems ? [fc.constant([])] : []),
      );
  }
}

/** One change to a valid body that makes it invalid. */
export type BodyChange =
  | { op: 'set'; key: string; value: unknown }
  | { op: 'unknown'; key: string; value: unknown }
  | { op: 'drop'; key: string };

const SUSPICIOUS_KEYS = [
  '$where',
  '$gt',
  '$set',
  'tenantId',
  '_id',
  'entryNo',
  'userId',
  'createdAt',
  'requestKey',
  'deleted',
  '__proto__',
  'constructor',
  'prototype',
];

export function bodyChanges(fields: Record<string, FieldKind>, required: string[]): fc.Arbitrary<BodyChange[]> {
  const keys = Object.keys(fields);
  const change: fc.Arbitrary<BodyChange>[] = [
    fc
      .record({
        key: fc
          .oneof(fc.constantFrom(...SUSPICIOUS_KEYS), fc.string({ minLength: 1, maxLength: 12 }))
          .filter(notIn(keys)),
        value: fc.jsonValue({ maxDepth: 2 }),
      })
      .map(({ key, value }) => ({ op: 'unknown' as const, key, value })),
  ];
  if (keys.length > 0) {
    change.push(
      fc
        .constantFrom(...keys)
        .chain((key) => invalidValue(fields[key]).map((value) => ({ op: 'set' as const, key, value }))),
    );
    change.push(
      fc
        .constantFrom(...keys)
        .chain((key) => invalidValue(fields[key]).map((value) => ({ op: 'set' as const, key, value }))),
    );
  }
  if (required.length > 0) change.push(fc.constantFrom(...required).map((key) => ({ op: 'drop' as const, key })));
  return fc.array(fc.oneof(...change), { minLength: 1, maxLength: 3 });
}

/** Applies the changes to a copy; keys are defined as own properties, so even `__proto__` is sent. */
export function applyChanges(base: Record<string, unknown>, changes: BodyChange[]): Record<string, unknown> {
  const body: Record<string, unknown> = structuredClone(base);
  for (const change of changes) {
    if (change.op === 'drop') delete body[change.key];
    else
      Object.defineProperty(body, change.key, {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return body;
}

/** Request bodies that are not a JSON object at all. */
export const notAnObjectBody = (validJson: string) =>
  fc.oneof(
    fc.constantFrom(
      'null',
      'true',
      '0',
      '-1.5e3',
      '"a string"',
      '[]',
      '[{}]',
      `[${validJson}]`,
      "{'single': 'quotes'}",
      '{"trailing": 1,}',
      '{"nan": NaN}',
      'undefined',
      '{"a": 1}{"b": 2}',
      '\u0000',
    ),
    fc.integer({ min: 1, max: Math.max(1, validJson.length - 1) }).map((cut) => validJson.slice(0, cut)),
    fc.string({ minLength: 1, maxLength: 20 }).map((s) => JSON.stringify(s)),
  );

export const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/xml',
  'text/json',
  'multipart/form-data; boundary=x',
  'application/merge-patch+json',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
];

export const WRONG_CONTENT_ENCODINGS = ['gzip', 'deflate', 'br', 'compress'];

/** Query strings with operators in brackets, unknown and repeated names. */
export function operatorQuery(names: string[]) {
  const name = fc.oneof(fc.constantFrom(...names), fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,10}$/));
  return fc.oneof(
    fc
      .tuple(name, fc.constantFrom(...OPERATORS), fc.constantFrom('', 'x', '1', '.*', 'null'))
      .map(([n, op, v]) => `${n}[${op}]=${encodeURIComponent(v)}`),
    fc.tuple(name, fc.constantFrom('$ne', '$gt', '0', '')).map(([n, key]) => `${n}[${key}][${key}]=1`),
    fc.constantFrom(
      '__proto__=x',
      'constructor=x',
      'hasOwnProperty=x',
      'toString=1',
      '__proto__[admin]=1',
      '$where=1',
      '%24ne=1',
    ),
  );
}

/** Idempotency-Key values that are not 1-255 visible ASCII characters. */
export const badIdempotencyKey = fc.oneof(
  fc.constant(''),
  fc.constant('k'.repeat(256)),
  fc.string({ minLength: 1, maxLength: 10, unit: 'grapheme-ascii' }).map((s) => `a key ${s}`),
);

const enc = encodeURIComponent;

/** A query value (always a string) outside what the parameter allows. */
function invalidQueryValue(field: FieldKind): fc.Arbitrary<string> {
  switch (field.kind) {
    case 'text':
      return fc.oneof(tooLong(field.max), ...(field.min ? [fc.constant('')] : []));
    case 'code':
      return fc.oneof(tooLong(20), fc.constantFrom('', ' X', '\tX'));
    case 'enum':
      return fc.string({ maxLength: 12 }).filter(notIn(field.values));
    case 'boolean':
      return fc.constantFrom('maybe', 'yes', 'TRUE', '1', '', 'on', 'null');
    case 'positiveInteger':
      return fc.constantFrom('abc', '0', '-1', '1.5', '', 'NaN', '1,2', '1abc');
    case 'dateTime':
      return fc.constantFrom('yesterday', '2024-13-01T00:00:00Z', '2024-01-01', '', '1700000000000');
    default:
      throw new Error(`No invalid query values for ${field.kind}`);
  }
}

const base64url = (text: string) => Buffer.from(text).toString('base64url');

export const badCursor = fc.oneof(
  tooLong(200),
  fc.constantFrom('x', '!!!', '%25%25', 'null', base64url('not json'), base64url('{"k":'), base64url('[]')),
  fc
    .constantFrom<unknown>({ $gt: '' }, { $ne: null }, ['a'], null, true, {}, [1])
    .map((k) => base64url(JSON.stringify({ k }))),
);

/** Query strings a list endpoint must refuse with 400: operators, repeats, unknown names, bad values. */
export function badListQuery(params: Record<string, FieldKind>) {
  const names = Object.keys(params);
  const filters = names.filter((n) => n !== 'limit' && n !== 'cursor');
  return fc.oneof(
    operatorQuery(names),
    fc
      .tuple(
        fc.constantFrom(...names),
        fc.string({ minLength: 1, maxLength: 5 }),
        fc.string({ minLength: 1, maxLength: 5 }),
      )
      .map(([n, x, y]) => `${n}=${enc(x)}&${n}=${enc(y)}`),
    fc.constantFrom(
      'limit=abc',
      'limit=0',
      'limit=-1',
      'limit=501',
      'limit=1.5',
      'limit=1e3',
      'limit=',
      'limit=%20',
      'limit=Infinity',
      'limit=50abc',
      'limit=NaN',
      'limit=5&limit=5',
    ),
    badCursor.map((c) => `cursor=${enc(c)}`),
    fc
      .stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,12}$/)
      .filter(notIn(names))
      .map((n) => `${n}=1`),
    ...(filters.length > 0
      ? [fc.constantFrom(...filters).chain((n) => invalidQueryValue(params[n]).map((v) => `${n}=${enc(v)}`))]
      : []),
  );
}

/** Path segments that are not a valid key (or not even valid percent-encoding). */
export const badPathCode = fc.oneof(
  tooLong(20).map(enc),
  fc.constantFrom(
    '%20X',
    '%09X',
    '%0A',
    '%ZZ',
    '%E0%A4%A',
    '%',
    '%00',
    '%24gt',
    '%7B%22%24ne%22%3Anull%7D',
    '%5Bobject%20Object%5D',
  ),
);
export const badPathInteger = fc.constantFrom(
  'abc',
  '0',
  '-1',
  '1.5',
  '1e400',
  'NaN',
  '%20',
  '1abc',
  '%ZZ',
  '99999999999999999999999',
  'Infinity',
  '%5B%5D',
  '%24gt',
);
