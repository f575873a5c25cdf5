import { Divider, Spinner, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { InteractionTemplate } from '@interlog/api-client';
import { ProblemBar, ViewDialog } from '@interlog/ui-kit';
import { useTemplateCorrespondence } from './use-template-correspondence';
import { EmailContentForm } from './EmailContentForm';
import { WordTemplatePanel } from './WordTemplatePanel';

const useStyles = makeStyles({
  surface: { maxWidth: '760px' },
});

/** What a template sends when a segment is logged with it: the email, and the Word template of its letters. */
export function TemplateCorrespondenceDialog({
  template,
  onClose,
}: {
  template: Pick<InteractionTemplate, 'code' | 'description'>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const stored = useTemplateCorrespondence(template.code);
  return (
    <ViewDialog
      title={t('correspondence.template.title', {
        name: template.description ? `${template.description} (${template.code})` : template.code,
      })}
      onClose={onClose}
      className={styles.surface}
    >
      {stored.status === 'error' && <ProblemBar error={stored.error} />}
      {stored.isPending && <Spinner label={t('setup.loading')} />}
      {stored.isSuccess && (
        <>
          <EmailContentForm templateCode={template.code} stored={stored.data.email} />
          <Divider />
          <WordTemplatePanel templateCode={template.code} />
        </>
      )}
    </ViewDialog>
  );
}
