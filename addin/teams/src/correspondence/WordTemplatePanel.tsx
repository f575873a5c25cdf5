import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular, DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { DOCX_MEDIA_TYPE } from '@interlog/api-client';
import { ConfirmDialog, FileButton, ProblemBar, SavedBar } from '@interlog/ui-kit';
import { WordTemplateDetails } from './WordTemplateDetails';
import { useWordTemplate } from './use-word-template';
import { unknownFieldsText } from './unknown-fields-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** A template's Word template: what is stored, and upload (checked by the server), download and remove. */
export function WordTemplatePanel({ templateCode }: { templateCode: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const word = useWordTemplate(templateCode);
  const { info, unknownFields } = word;
  return (
    <section className={styles.root} aria-labelledby="word-template-heading">
      <Text as="h3" id="word-template-heading" size={400} weight="semibold" className={styles.heading}>
        {t('correspondence.word.heading')}
      </Text>
      <Text className={styles.intro}>{t('correspondence.word.intro')}</Text>
      {info ? <WordTemplateDetails info={info} /> : <Text>{t('correspondence.word.none')}</Text>}
      <SavedBar
        text={
          word.done &&
          (word.done.kind === 'uploaded'
            ? t('correspondence.word.uploaded', { fileName: word.done.fileName })
            : t('correspondence.word.removed'))
        }
      />
      {unknownFields.length > 0 ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{unknownFieldsText(t, unknownFields)}</MessageBarBody>
        </MessageBar>
      ) : (
        <ProblemBar error={word.error} />
      )}
      <div className={styles.buttons}>
        <FileButton
          accept={`.docx,${DOCX_MEDIA_TYPE}`}
          icon={<ArrowUploadRegular />}
          disabled={word.busy}
          onFile={word.upload}
        >
          {t(info ? 'correspondence.word.replace' : 'correspondence.word.upload')}
        </FileButton>
        {info && (
          <Button icon={<ArrowDownloadRegular />} disabled={word.busy} onClick={word.download}>
            {t('correspondence.word.download')}
          </Button>
        )}
        {info && (
          <Button icon={<DeleteRegular />} disabled={word.busy} onClick={word.askRemove}>
            {t('correspondence.word.remove')}
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={word.confirmingRemove}
        title={t('correspondence.word.removeTitle', { code: templateCode })}
        body={t('correspondence.word.removeBody')}
        confirmLabel={t('correspondence.word.remove')}
        cancelLabel={t('common.cancel')}
        onConfirm={word.remove}
        onCancel={word.cancelRemove}
      />
    </section>
  );
}
