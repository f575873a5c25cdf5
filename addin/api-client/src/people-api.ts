import type { Getter } from './http-client';
import type { PeopleSearchResult } from './resources';

/**
 * People from the user's Outlook (their contacts, and whom they correspond with),
 * read by the server through Microsoft Graph.
 */
export function createPeopleApi(get: Getter) {
  return {
    /**
     * By the start of a name or a whole address; 403 consent-required without Graph consent,
     * 503 when the server has no Graph.
     */
    search: (text: string, limit?: number): Promise<PeopleSearchResult> =>
      get('/me/people', { query: { search: text, limit } }),
  };
}
