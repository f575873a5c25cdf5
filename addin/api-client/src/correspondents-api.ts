import { getterOf, type HttpClient } from './http-client';
import type {
  CreateContactFromCorrespondentInput,
  CreatedFromCorrespondent,
  Page,
  SightingsInput,
  SightingsResult,
  UnknownCorrespondent,
  UnknownCorrespondentDetail,
} from './resources';

/**
 * The addresses met that match no contact: kept, listed, ignored, cleared, or made contacts. Made from the client's
 * `http` where it is needed (as the export API), so that the pane's first script does not carry it.
 */
export function createCorrespondentsApi(http: HttpClient) {
  const get = getterOf(http);
  const at = (address: string) => ({ path: { address } });
  return {
    list: (query: { limit?: number; cursor?: string } = {}): Promise<Page<UnknownCorrespondent>> =>
      get('/unknown-correspondents', { query }),
    get: (address: string): Promise<UnknownCorrespondentDetail> =>
      get('/unknown-correspondents/{address}', at(address)),
    /** Keeps the people of an item who match no contact; answers how many items each kept address has. */
    sighted: async (input: SightingsInput): Promise<SightingsResult> =>
      (await http('POST', '/unknown-correspondents/sightings', { body: input })).body,
    ignore: async (address: string): Promise<void> => {
      await http('POST', '/unknown-correspondents/{address}/ignore', at(address));
    },
    clear: async (address: string): Promise<void> => {
      await http('DELETE', '/unknown-correspondents/{address}', at(address));
    },
    createContact: async (
      address: string,
      input: CreateContactFromCorrespondentInput,
    ): Promise<CreatedFromCorrespondent> =>
      (await http('POST', '/unknown-correspondents/{address}/contact', { ...at(address), body: input })).body,
  };
}

export type CorrespondentsApi = ReturnType<typeof createCorrespondentsApi>;
