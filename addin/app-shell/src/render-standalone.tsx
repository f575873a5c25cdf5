import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Area } from '@interlog/i18n';

/** Renders a message page without services or host (start-up failures, outside the host). */
export async function renderStandalone(
  container: HTMLElement,
  language: string,
  content: ReactNode,
  areas: readonly Area[] = [],
) {
  const i18n = await createI18n(language, areas);
  createRoot(container).render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>{content}</FluentProvider>
    </I18nextProvider>,
  );
}
