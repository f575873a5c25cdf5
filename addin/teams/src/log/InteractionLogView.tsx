import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { LogFilter, Navigate } from '../tab/tab-location';

/** PLACEHOLDER until the interaction log screen lands. */
export function InteractionLogView(_props: { initialFilter?: LogFilter; navigate: Navigate }) {
  const { t } = useTranslation();
  return <Text>{t('log.title')}</Text>;
}
