import { Title3 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { TeamsHost } from '../host/teams-host';

/** The meeting side panel: record follow-ups for the attendees. */
export function MeetingPanel(_props: { host: TeamsHost }) {
  const { t } = useTranslation();
  return <Title3 as="h1">{t('teams.title')}</Title3>;
}
