import { Button, MessageBarActions } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';

/** The close button of a message bar: one transparent "Dismiss" icon button in the bar's container action. */
export function DismissAction({ onDismiss }: { onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <MessageBarActions
      containerAction={
        <Button
          appearance="transparent"
          aria-label={t('common.dismiss')}
          icon={<DismissRegular />}
          onClick={onDismiss}
        />
      }
    />
  );
}
