import type { Getter, HttpClient } from './http-client';
import type { Attachment, EmailContent, LettersResult, PutEmailContentInput, WordTemplateInfo } from './resources';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A downloaded file and the name the server gave it. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** The filename of a Content-Disposition header: the exact UTF-8 name (filename*) when given, else filename. */
export function fileNameOf(contentDisposition: string | null, fallback: string): string {
  const extended = contentDisposition?.match(/filename\*\s*=\s*UTF-8''([^;]+)/i)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // use the plain name
    }
  }
  return contentDisposition?.match(/filename\s*=\s*"([^"]*)"/)?.[1] ?? fallback;
}

/**
 * An interaction template's correspondence: the email it sends to the contacts of a segment logged with deliver,
 * its Word template, and the hard-copy letters of logged segments.
 */
export function createCorrespondenceApi(http: HttpClient, get: Getter) {
  const emailContent = (code: string) => `/interaction-templates/${encodeURIComponent(code)}/email-content`;
  const wordTemplate = (code: string) => `/interaction-templates/${encodeURIComponent(code)}/word-template`;
  const download = async (path: string, fallbackName: string): Promise<DownloadedFile> => {
    const result = await http<Blob>('GET', path, { responseType: 'blob' });
    return { blob: result.body, fileName: fileNameOf(result.headers.get('Content-Disposition'), fallbackName) };
  };
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
    wordTemplates: {
      /** Uploads a .docx as the template's Word template (400 ApiError when a tag is not a merge field; the problem lists unknownFields). */
      upload: async (templateCode: string, file: Blob, fileName?: string) =>
        (
          await http<WordTemplateInfo>('PUT', wordTemplate(templateCode), {
            file: { data: file, contentType: DOCX_MEDIA_TYPE },
            query: { fileName },
          })
        ).body,
      info: (templateCode: string) => get<WordTemplateInfo>(`${wordTemplate(templateCode)}/info`),
      download: (templateCode: string) => download(wordTemplate(templateCode), `${templateCode}.docx`),
      remove: async (templateCode: string) => {
        await http<void>('DELETE', wordTemplate(templateCode));
      },
    },
    letters: {
      /** Makes (or finds, made before) the logged segment's letters: one document per template. */
      generate: async (loggedSegmentEntryNo: number) =>
        (await http<LettersResult>('POST', `/logged-segments/${loggedSegmentEntryNo}/letters`, { body: {} })).body,
      download: (attachment: Pick<Attachment, 'attachmentNo' | 'fileName'>) =>
        download(`/attachments/${attachment.attachmentNo}`, attachment.fileName),
    },
  };
}
