// The user's Outlook contacts and people search through Graph. Its routes are mounted where the
// server is assembled; others use its types.
export type { PeopleSearchResult, PersonSuggestion } from './domain/person-suggestion-schema';
