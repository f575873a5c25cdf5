import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema, DateTimeSchema, TextSchema } from '../../lib/schema/common-schema';
import { ContactSchema, ContactTypeSchema } from '../../contacts/domain/contact-schema';

export const AddressSchema = Type.String({ format: 'email', minLength: 3, maxLength: 254 });

/** What an item was to the user: an email they sent, one they received, a meeting. */
export const KeptItemKindSchema = Type.Union([Type.Literal('sent'), Type.Literal('received'), Type.Literal('meeting')]);
export type KeptItemKind = Static<typeof KeptItemKindSchema>;

const itemFields = {
  kind: KeptItemKindSchema,
  internetMessageId: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  iCalUId: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  itemId: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  sendId: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'The on-send event’s id of the send (no message id yet)',
    }),
  ),
  subject: TextSchema(250),
  date: DateTimeSchema,
};

/** An email or meeting kept for a correspondent: what recording it later needs. */
export const KeptItemSchema = Type.Object({ ...itemFields, userId: Type.String(), seenAt: DateTimeSchema });
export type KeptItem = Static<typeof KeptItemSchema>;

export const UnknownCorrespondentSchema = Type.Object({
  address: Type.String(),
  name: Type.String(),
  firstSeenAt: DateTimeSchema,
  lastSeenAt: DateTimeSchema,
  itemCount: Type.Integer({ description: 'Items met with this address, kept or not (the last 50 are kept)' }),
  seenBy: Type.Array(Type.String(), { description: 'The users who met it (the last 20)' }),
});
export type UnknownCorrespondent = Static<typeof UnknownCorrespondentSchema>;

export const UnknownCorrespondentDetailSchema = Type.Composite([
  UnknownCorrespondentSchema,
  Type.Object({ items: Type.Array(KeptItemSchema, { description: 'Newest first' }) }),
]);

export const SightingsBody = Type.Object(
  {
    item: Type.Object(itemFields, { additionalProperties: false }),
    people: Type.Array(
      Type.Object({ address: AddressSchema, name: TextSchema(100) }, { additionalProperties: false }),
      { minItems: 1, maxItems: 100 },
    ),
  },
  { additionalProperties: false },
);
export type SightingsInput = Static<typeof SightingsBody>;
export type SightedItem = SightingsInput['item'];
export type Person = SightingsInput['people'][number];

export const SightingsResultSchema = Type.Object({
  kept: Type.Array(Type.Object({ address: Type.String(), itemCount: Type.Integer() }), {
    description: 'The addresses kept (no contact, not ignored) and how many items each has now',
  }),
});

export const CreateContactFromCorrespondentBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    type: Type.Optional(ContactTypeSchema),
    phone: Type.Optional(TextSchema(30)),
    companyNo: Type.Optional(Type.String({ maxLength: 20, description: 'A company contact; "" for none' })),
    recordMissed: Type.Optional(Type.Boolean({ description: 'Also record the kept items as interactions' })),
    templates: Type.Optional(
      Type.Object(
        { sent: Type.Optional(CodeSchema), received: Type.Optional(CodeSchema), meeting: Type.Optional(CodeSchema) },
        { additionalProperties: false, description: 'Defaults: the interaction template setup' },
      ),
    ),
  },
  { additionalProperties: false },
);
export type CreateContactFromCorrespondentInput = Static<typeof CreateContactFromCorrespondentBody>;

export const CreatedFromCorrespondentSchema = Type.Object({
  contact: ContactSchema,
  company: Type.Union([ContactSchema, Type.Null()]),
  recorded: Type.Integer({ description: 'Interactions recorded now from the kept items' }),
});

export const ListQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 400 })),
  },
  { additionalProperties: false },
);

export type UnknownCorrespondentDetail = Static<typeof UnknownCorrespondentDetailSchema>;
export type CreatedFromCorrespondent = Static<typeof CreatedFromCorrespondentSchema>;
export type SightingsResult = Static<typeof SightingsResultSchema>;
