import type { Getter, HttpClient } from './http-client';
import type { EmailContent, PutEmailContentInput } from './resources';

/** The emails interaction templates send to the contacts of a segment logged with deliver. */
export function createEmailContentApi(http: HttpClient, get: Getter) {
  const emailContent = (code: string) => `/interaction-templates/${encodeURIComponent(code)}/email-content`;
  return {
    emailContents: {
      /** 404 ApiError when the template has no email. */
      get: (templateCode: string) => get<EmailContent>(emailContent(templateCode)),
      /** 400 ApiError when a `{field}` is not a merge field (the problem lists unknownFields); the earlier email then stays. */
      put: async (templateCode: string, input: PutEmailContentInput) =>
        (await http<EmailContent>('PUT', emailContent(templateCode), { body: input })).body,
      remove: async (templateCode: string) => {
        await http<void>('DELETE', emailContent(templateCode));
      },
    },
  };
}
