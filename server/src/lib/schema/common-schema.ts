import { Type, type TObject, type TSchema } from '@sinclair/typebox';

export const CodeSchema = Type.String({
  minLength: 1,
  maxLength: 20,
  pattern: '^[^\\s].*$',
  description: 'Upper-cased on write, unique per tenant',
});
export const OptionalCodeSchema = Type.String({ maxLength: 20, description: 'A code, or "" for none' });
export const TextSchema = (maxLength: number) => Type.String({ maxLength });
export const DateTimeSchema = Type.String({ format: 'date-time' });
export const NonNegativeNumber = Type.Number({ minimum: 0, maximum: 1e12 });
export const EntryNoSchema = Type.Integer({ minimum: 1 });

export const ListQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
};

/** A record's version: counted up by every change; its ETag is the version in quotes (`"3"`). */
export const VersionSchema = Type.Integer({
  minimum: 0,
  description: 'Counted up by every change; send it back as If-Match: "<version>" to refuse overwriting a newer change',
});

/** A record as the API answers with it: with its version (a route marked `versioned` sends it as the ETag too). */
export const Versioned = <T extends TObject>(schema: T) =>
  Type.Composite([schema, Type.Object({ version: VersionSchema })]);

export const ListOf = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

/** The problem types the API answers with (`type` ends in the name; the front end knows each). */
export type ProblemName =
  | 'bad-request'
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'already-exists'
  | 'idempotency-mismatch'
  | 'precondition-failed'
  | 'in-progress'
  | 'business-rule'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'unavailable'
  | 'consent-required'
  | 'graph-error'
  | 'internal';

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  },
  { additionalProperties: true, $id: 'Problem' },
);

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A segment line's words for one contact, merged into its letter and email as {personalNote}. */
export const PersonalNoteSchema = Type.String({
  maxLength: 4000,
  description: 'Free text for this one contact (paragraphs separated by a blank line), merged as {personalNote}',
});
