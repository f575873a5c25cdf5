import { Link, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

// A link in a caption reads at the caption's size.
const useStyles = makeStyles({ link: { fontSize: 'inherit', lineHeight: 'inherit' } });

/** Where the missing template is set: a link to the page where the caller can open it, else where to find it. */
export function TemplateSetupHint({ onOpen }: { onOpen?: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  if (onOpen)
    return (
      <Link as="button" inline className={styles.link} onClick={onOpen}>
        {t('settings.recording.openTemplateSetup')}
      </Link>
    );
  return <>{t('settings.recording.templateSetupHint')}</>;
}
