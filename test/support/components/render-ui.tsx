import type { ReactElement, ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { createI18n } from '@interlog/i18n';

export interface RenderedUi extends RenderResult {
  /** A user driving the page through real events (pointer, keyboard). */
  user: UserEvent;
  /** The page's i18next instance: `i18n.t('area.key')` is the text the user reads. */
  i18n: I18n;
}

/**
 * Renders a UI part the way the pages do: inside Fluent UI's provider and the app's i18next
 * (English unless `language` says otherwise). Find what it shows by role and label.
 */
export async function renderUi(ui: ReactElement, options: { language?: string } = {}): Promise<RenderedUi> {
  const i18n = await createI18n(options.language ?? 'en');
  const user = userEvent.setup();
  const Providers = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>{children}</FluentProvider>
    </I18nextProvider>
  );
  // As a wrapper, so `rerender` keeps the providers.
  const rendered = render(ui, { wrapper: Providers });
  return { ...rendered, user, i18n };
}
