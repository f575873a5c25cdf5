import { Title3 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { TeamsHost } from './host/teams-host';

/** The configurable tab's settings page. */
export function TabConfigPage(_props: { host: TeamsHost }) {
  const { t } = useTranslation();
  return <Title3 as="h1">{t('teams.title')}</Title3>;
}
