import type { DownloadedFile } from '@interlog/api-client';

/** How long the browser may take to start reading a saved file before its object URL is freed. */
const URL_LIFETIME_MS = 60_000;

/** Hands a file the API client downloaded to the browser, which saves it under the server's name. */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}
