import { Type, type Static } from '@sinclair/typebox';

export const PersonSourceSchema = Type.Union([Type.Literal('contacts'), Type.Literal('people')], {
  description: "`contacts`: the user's Outlook contacts; `people`: people the user corresponds or works with",
});
export type PersonSource = Static<typeof PersonSourceSchema>;

export const PersonSuggestionSchema = Type.Object({
  name: Type.String(),
  email: Type.String(),
  companyName: Type.String(),
  jobTitle: Type.String(),
  phone: Type.String(),
  source: PersonSourceSchema,
  contactNo: Type.Union([Type.String(), Type.Null()], {
    description: 'The Interlog contact with this email address, if there is one',
  }),
});
export type PersonSuggestion = Static<typeof PersonSuggestionSchema>;

export const PeopleSearchQuery = Type.Object(
  {
    search: Type.String({
      minLength: 1,
      maxLength: 100,
      pattern: '\\S',
      description: 'The start of a name, or an email address',
    }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 25, default: 10 })),
  },
  { additionalProperties: false },
);
export type PeopleSearchInput = Static<typeof PeopleSearchQuery>;

export const PeopleSearchResultSchema = Type.Object({ items: Type.Array(PersonSuggestionSchema) });
export type PeopleSearchResult = Static<typeof PeopleSearchResultSchema>;
