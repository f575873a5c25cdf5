import type { PersonSuggestion } from './person-suggestion-schema';

/** Someone as the user's Microsoft 365 knows them; the email address may be empty. */
export type OutlookPerson = Omit<PersonSuggestion, 'source' | 'contactNo'>;

/** What the people search needs from Microsoft 365 (implemented over Graph in data-access). */
export interface OutlookPeopleGateway {
  /**
   * The user's Outlook contacts whose name starts with the text, or who have it as their address; one entry per
   * address.
   */
  contacts(search: string, limit: number): Promise<OutlookPerson[]>;
  /** The people most relevant to the user whose names or addresses match the text. */
  relevantPeople(search: string, limit: number): Promise<OutlookPerson[]>;
}
