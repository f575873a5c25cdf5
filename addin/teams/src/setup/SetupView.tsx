import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SetupPage } from '../tab/tab-location';

/** PLACEHOLDER until the setup pages land. */
export function SetupView(_props: { initialPage?: SetupPage }) {
  const { t } = useTranslation();
  return <Text>{t('setup.title')}</Text>;
}
