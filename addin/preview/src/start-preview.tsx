import { createRoot } from 'react-dom/client';
import { createPaneServices, preparePaneStrings } from '@interlog/outlook';
import { renderStartupError } from '@interlog/app-shell';
import type { HostTheme } from '@interlog/outlook';
import { PreviewApp } from './PreviewApp';
import { PREVIEW_USER, sampleItems, sampleNames, type SampleName } from './sample-items';
import { createSimulatedMailHost } from './simulated-mail-host';

const params = new URLSearchParams(window.location.search);
const sample = (sampleNames as string[]).includes(params.get('sample') ?? '')
  ? (params.get('sample') as SampleName)
  : 'inboundKnown';
const theme = (
  ['light', 'dark', 'contrast'].includes(params.get('theme') ?? '') ? params.get('theme') : 'light'
) as HostTheme;
const language = params.get('lang') ?? navigator.language;
const variant = params.get('variant') ?? '';

/** The pane's strings in the page's language, fetched while Office.js starts. */
export const prepareStrings = () => preparePaneStrings(language);

/** The pane beside a simulated mailbox item, as the page's address asks. */
export async function startPreview(container: HTMLElement) {
  const host = createSimulatedMailHost({
    item: sampleItems[sample](variant),
    theme,
    language,
    userEmail: PREVIEW_USER.email,
  });
  try {
    const { i18n, services } = await createPaneServices(host);
    createRoot(container).render(
      <PreviewApp host={host} services={services} i18n={i18n} initial={{ sample, theme, variant }} />,
    );
  } catch (error) {
    void renderStartupError(container, language, error);
  }
}
