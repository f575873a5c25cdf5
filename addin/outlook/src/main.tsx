import { createRoot } from 'react-dom/client';
import { FluentProvider, Link, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '../../i18n/src/i18n';
import { bootPane, prefetchClientConfig } from './boot-pane';
import { createOfficeMailHost } from './host/office-mail-host';

function OutsideOutlook() {
  const { t } = useTranslation();
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        {t('host.outsideOffice')} <Link href="/preview.html">{t('host.openPreview')}</Link>
      </MessageBarBody>
    </MessageBar>
  );
}

const container = document.getElementById('root')!;
void prefetchClientConfig().catch(() => undefined);

Office.onReady(async (info) => {
  if (info.host === Office.HostType.Outlook) {
    await bootPane(container, createOfficeMailHost());
    return;
  }
  const i18n = await createI18n(navigator.language);
  createRoot(container).render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        <OutsideOutlook />
      </FluentProvider>
    </I18nextProvider>,
  );
});
