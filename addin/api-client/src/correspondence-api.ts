import type { Getter, HttpClient, HttpResult } from './http-client';
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
  const template = (code: string) => ({ path: { code } });
  const download = (result: HttpResult<Blob>, fallbackName: string): DownloadedFile => ({
    blob: result.body,
    fileName: fileNameOf(result.headers.get('Content-Disposition'), fallbackName),
  });
  return {
    emailContents: {
      /** 404 ApiError when the template has no email. */
      get: (templateCode: string): Promise<EmailContent> =>
        get('/interaction-templates/{code}/email-content', template(templateCode)),
      /**
       * 400 ApiError when a `{field}` is not a merge field (the problem lists unknownFields);
       * the earlier email then stays.
       */
      put: async (templateCode: string, input: PutEmailContentInput): Promise<EmailContent> =>
        (await http('PUT', '/interaction-templates/{code}/email-content', { ...template(templateCode), body: input }))
          .body,
      remove: async (templateCode: string): Promise<void> => {
        await http('DELETE', '/interaction-templates/{code}/email-content', template(templateCode));
      },
    },
    wordTemplates: {
      /**
       * Uploads a .docx as the template's Word template
       * (400 ApiError when a tag is not a merge field; the problem lists unknownFields).
       */
      upload: async (templateCode: string, file: Blob, fileName?: string): Promise<WordTemplateInfo> =>
        (
          await http('PUT', '/interaction-templates/{code}/word-template', {
            ...template(templateCode),
            file: { data: file, contentType: DOCX_MEDIA_TYPE },
            query: { fileName },
          })
        ).body,
      info: (templateCode: string): Promise<WordTemplateInfo> =>
        get('/interaction-templates/{code}/word-template/info', template(templateCode)),
      download: async (templateCode: string): Promise<DownloadedFile> =>
        download(
          await http('GET', '/interaction-templates/{code}/word-template', {
            ...template(templateCode),
            responseType: 'blob',
          }),
          `${templateCode}.docx`,
        ),
      remove: async (templateCode: string): Promise<void> => {
        await http('DELETE', '/interaction-templates/{code}/word-template', template(templateCode));
      },
    },
    letters: {
      /** Makes (or finds, made before) the logged segment's letters: one document per template. */
      generate: async (loggedSegmentEntryNo: number): Promise<LettersResult> =>
        (
          await http('POST', '/logged-segments/{entryNo}/letters', {
            path: { entryNo: loggedSegmentEntryNo },
            body: {},
          })
        ).body,
      download: async (attachment: Pick<Attachment, 'attachmentNo' | 'fileName'>): Promise<DownloadedFile> =>
        download(
          await http('GET', '/attachments/{attachmentNo}', {
            path: { attachmentNo: attachment.attachmentNo },
            responseType: 'blob',
          }),
          attachment.fileName,
        ),
      /** An entry's own letter (uploaded for its contact before logging). */
      downloadOwn: async (letter: { entryNo: number; fileName: string }): Promise<DownloadedFile> =>
        download(
          await http('GET', '/interaction-log-entries/{entryNo}/attachment', {
            path: { entryNo: letter.entryNo },
            responseType: 'blob',
          }),
          letter.fileName,
        ),
    },
  };
}
