import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';

/**
 * The answer to a save refused because someone else changed the record since it was read (412): nothing was
 * overwritten; Reload shows the record as it is now, so that the user can make the change again on it.
 */
export function ChangedElsewhereBar({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('changedElsewhere.title')}</MessageBarTitle>
        {t('changedElsewhere.body')}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={onReload}>
          {t('changedElsewhere.reload')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
