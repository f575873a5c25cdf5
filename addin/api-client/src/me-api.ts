import type { Getter, HttpClient } from './http-client';
import type { AutomaticRecording, PutAutomaticRecordingInput } from './resources';

/** The caller's own settings kept on the server: automatic recording of their mailbox. */
export function createMeApi(http: HttpClient, get: Getter) {
  return {
    automaticRecording: {
      get: (): Promise<AutomaticRecording> => get('/me/automatic-recording'),
      /**
       * 422 (business-rule) without a template for the kind in the setup;
       * 403 consent-required without Graph consent.
       */
      put: async (input: PutAutomaticRecordingInput): Promise<AutomaticRecording> =>
        (await http('PUT', '/me/automatic-recording', { body: input })).body,
    },
  };
}
