import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { renderStandalone } from './render-standalone';

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
export function renderOutsideHost(container: HTMLElement, textKey: OutsideKey, previewHref: string) {
  return renderStandalone(
    container,
    navigator.language,
    <OutsideHostMessage textKey={textKey} previewHref={previewHref} />,
    ['teams'],
  );
}
