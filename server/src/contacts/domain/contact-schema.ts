import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema, OptionalCodeSchema, TextSchema } from '../../lib/schema/common-schema';
import { CorrespondenceTypeSchema, LanguageCodeSchema } from '../../setup/domain/marketing-setup-schema';

export const ContactTypeSchema = Type.Union([Type.Literal('person'), Type.Literal('company')]);
const EmailSchema = Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Literal('')]);

export const ContactSchema = Type.Object({
  no: CodeSchema,
  type: ContactTypeSchema,
  name: TextSchema(100),
  companyNo: OptionalCodeSchema,
  companyName: TextSchema(100),
  email: EmailSchema,
  phone: TextSchema(30),
  salespersonCode: OptionalCodeSchema,
  correspondenceType: CorrespondenceTypeSchema,
  languageCode: LanguageCodeSchema,
});
export type Contact = Static<typeof ContactSchema>;

const editable = {
  type: ContactTypeSchema,
  name: Type.String({ minLength: 1, maxLength: 100 }),
  companyNo: OptionalCodeSchema,
  email: EmailSchema,
  phone: TextSchema(30),
  salespersonCode: OptionalCodeSchema,
  correspondenceType: CorrespondenceTypeSchema,
  languageCode: LanguageCodeSchema,
};

const { name, ...optionalFields } = editable;
export const CreateContactBody = Type.Composite(
  [Type.Object({ name }), Type.Partial(Type.Object({ no: CodeSchema, ...optionalFields }))],
  { additionalProperties: false },
);
export type CreateContactInput = Static<typeof CreateContactBody>;

export const PatchContactBody = Type.Partial(Type.Object(editable), { additionalProperties: false, minProperties: 1 });
export type PatchContactInput = Static<typeof PatchContactBody>;

export const ContactListQuery = Type.Object(
  {
    email: Type.Optional(Type.String({ minLength: 1, maxLength: 254 })),
    search: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    emailDomain: Type.Optional(
      Type.String({ minLength: 1, maxLength: 253, description: 'Contacts whose email address is at this domain' }),
    ),
    type: Type.Optional(ContactTypeSchema),
    companyNo: Type.Optional(CodeSchema),
    salespersonCode: Type.Optional(CodeSchema),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type ContactListFilter = Static<typeof ContactListQuery>;

export const ImportContactsBody = Type.Object(
  {
    contacts: Type.Array(
      Type.Composite([Type.Object({ no: CodeSchema, name }), Type.Partial(Type.Object(optionalFields))], {
        additionalProperties: false,
      }),
      { minItems: 1, maxItems: 1000 },
    ),
  },
  { additionalProperties: false },
);
export type ImportContactInput = Static<typeof ImportContactsBody>['contacts'][number];
