import { createRoot } from 'react-dom/client';
import { FluentProvider, Link, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '../../../i18n/src/i18n';

type OutsideKey = 'host.outsideOffice' | 'teams.outsideTeams';

function OutsideHostMessage({ textKey, previewHref }: { textKey: OutsideKey; previewHref: string }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        {t(textKey)} <Link href={previewHref}>{t('host.openPreview')}</Link>
      </MessageBarBody>
    </MessageBar>
  );
}

/** A page opened outside its host (Outlook, Teams) says so and points to the preview, never a blank page. */
export async function renderOutsideHost(container: HTMLElement, textKey: OutsideKey, previewHref: string) {
  const i18n = await createI18n(navigator.language);
  createRoot(container).render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        <OutsideHostMessage textKey={textKey} previewHref={previewHref} />
      </FluentProvider>
    </I18nextProvider>,
  );
}
