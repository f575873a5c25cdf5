import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createExportApi, type DownloadedFile, type ExportApi, type ExportFormat } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { saveFile, useAction } from '@interlog/ui-kit';

/**
 * An export downloaded through the API client (a plain link would carry no token) and handed to
 * the browser to save, with its headers in the page's language; busy while it downloads, and the
 * error when it fails.
 */
export function useExport(
  download: (exports: ExportApi, format: ExportFormat, lang: string) => Promise<DownloadedFile>,
) {
  const { i18n } = useTranslation();
  const { api } = useInterlog();
  const exports = useMemo(() => createExportApi(api.http), [api]);
  const action = useAction();
  return {
    busy: action.busy,
    error: action.error,
    clearError: action.clearError,
    start: (format: ExportFormat) =>
      void action.run(async () => saveFile(await download(exports, format, i18n.language))),
  };
}
