import { Button, Field, Input, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, SaveRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { EmailContent } from '@interlog/api-client';
import { ConfirmDialog, ProblemBar, SavedBar } from '@interlog/ui-kit';
import { MergeFieldChips } from './MergeFieldChips';
import { useEmailContent } from './use-email-content';
import { useInsertAtCaret } from './use-insert-at-caret';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const fields = ['subject', 'body'] as const;

/** A template's email: subject and text with merge fields, saved or removed on the server. */
export function EmailContentForm({ templateCode, stored }: { templateCode: string; stored: EmailContent | null }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const email = useEmailContent(templateCode, stored);
  const caret = useInsertAtCaret(fields, email.draft, email.change);
  return (
    <>
      <form
        className={styles.form}
        aria-labelledby="email-content-heading"
        onSubmit={(event) => {
          event.preventDefault();
          if (email.complete && !email.busy) email.save();
        }}
      >
        <Text as="h3" id="email-content-heading" size={400} weight="semibold" className={styles.heading}>
          {t('correspondence.email.heading')}
        </Text>
        <Text className={styles.intro}>
          {email.content
            ? t('correspondence.email.intro')
            : `${t('correspondence.email.none')} ${t('correspondence.email.intro')}`}
        </Text>
        <Field
          label={t('correspondence.email.subject')}
          required
          validationState={email.errors.subject ? 'error' : 'none'}
          validationMessage={email.errors.subject}
        >
          <Input
            value={email.draft.subject}
            maxLength={250}
            onChange={(_, d) => email.change('subject', d.value)}
            {...caret.bind('subject')}
          />
        </Field>
        <Field
          label={t('correspondence.email.body')}
          hint={t('correspondence.email.bodyHint')}
          required
          validationState={email.errors.body ? 'error' : 'none'}
          validationMessage={email.errors.body}
        >
          <Textarea
            value={email.draft.body}
            rows={6}
            resize="vertical"
            maxLength={100_000}
            onChange={(_, d) => email.change('body', d.value)}
            {...caret.bind('body')}
          />
        </Field>
        <MergeFieldChips onInsert={caret.insert} />
        <SavedBar
          text={email.done && t(email.done === 'saved' ? 'correspondence.email.saved' : 'correspondence.email.removed')}
        />
        <ProblemBar error={email.problem} />
        <div className={styles.buttons}>
          <Button
            type="submit"
            appearance="primary"
            icon={email.busy ? <Spinner size="tiny" /> : <SaveRegular />}
            disabled={!email.complete || email.busy}
          >
            {t('correspondence.email.save')}
          </Button>
          {email.content && (
            <Button icon={<DeleteRegular />} disabled={email.busy} onClick={email.askRemove}>
              {t('correspondence.email.remove')}
            </Button>
          )}
        </div>
      </form>
      <ConfirmDialog
        open={email.confirmingRemove}
        title={t('correspondence.email.removeTitle', { code: templateCode })}
        body={t('correspondence.email.removeBody')}
        confirmLabel={t('correspondence.email.remove')}
        cancelLabel={t('common.cancel')}
        onConfirm={email.remove}
        onCancel={email.cancelRemove}
      />
    </>
  );
}
