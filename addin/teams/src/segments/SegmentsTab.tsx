import { Title3 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { TeamsHost } from '../host/teams-host';

/** The marketing leads' tab: segments, logged segments, the interaction log and setup. */
export function SegmentsTab(_props: { host: TeamsHost }) {
  const { t } = useTranslation();
  return <Title3 as="h1">{t('teams.title')}</Title3>;
}
