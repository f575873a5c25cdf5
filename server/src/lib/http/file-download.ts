import type { HandlerResult } from './route-registry';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `attachment; filename="…"` with an ASCII fallback and the exact name as RFC 5987 filename*. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A file as a download (a .docx unless `contentType` says otherwise), never cached by the browser. */
export const fileDownload = (file: { fileName: string; data: Buffer; contentType?: string }): HandlerResult => ({
  status: 200,
  body: file.data,
  headers: {
    'Content-Type': file.contentType ?? DOCX_TYPE,
    'Content-Disposition': contentDisposition(file.fileName),
    'Cache-Control': 'private, no-store',
  },
});
