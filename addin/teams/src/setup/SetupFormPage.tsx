import { useEffect, useState, type ReactNode } from 'react';
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useInterlog } from '@interlog/app-shell';
import { ProblemBar, useAction, useAsync, SavedBar } from '@interlog/ui-kit';
import { forgetReferenceData } from '@interlog/interactions';
import { serverFieldErrors } from './field-errors';
import { SetupPageHeading } from './SetupPageHeading';
import type { FieldErrors } from './use-setup-records';

export interface SetupFormPageProps<T> {
  id: string;
  title: string;
  intro: string;
  load: () => Promise<T>;
  save: (values: T) => Promise<T>;
  /** Other screens keep this record (the template setup): forget it after a save. */
  sharesReferenceData?: boolean;
  children: (values: T, change: (patch: Partial<T>) => void, errors: FieldErrors) => ReactNode;
}

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    alignItems: 'start',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    maxWidth: '760px',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** A one-record setup page in Business Central's card style: fields, then Save. */
export function SetupFormPage<T>({
  id,
  title,
  intro,
  load,
  save,
  sharesReferenceData,
  children,
}: SetupFormPageProps<T>) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api } = useInterlog();
  const loaded = useAsync(load, [api]);
  const action = useAction();
  const [values, setValues] = useState<T | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (loaded.status === 'ready') setValues(loaded.data);
  }, [loaded.status, loaded.data]);
  const change = (patch: Partial<T>) => {
    setSaved(false);
    setValues((v) => v && { ...v, ...patch });
  };
  const submit = () =>
    values &&
    void action.run(async () => {
      setSaved(false);
      setValues(await save(values));
      if (sharesReferenceData) forgetReferenceData(api);
      setSaved(true);
    });
  return (
    <section className={styles.stack} aria-labelledby={id}>
      <SetupPageHeading id={id} title={title} intro={intro} />
      <SavedBar text={saved ? t('setup.saved') : null} />
      <ProblemBar
        error={action.error ?? (loaded.status === 'error' ? loaded.error : null)}
        onDismiss={action.error ? action.clearError : undefined}
      />
      {!values && loaded.status === 'loading' && <Spinner label={t('setup.loading')} />}
      {values && (
        <form
          className={styles.stack}
          aria-labelledby={id}
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <div className={styles.fields}>{children(values, change, serverFieldErrors(action.error))}</div>
          <div className={styles.actions}>
            <Button
              type="submit"
              appearance="primary"
              icon={action.busy ? <Spinner size="tiny" /> : <SaveRegular />}
              disabled={action.busy}
            >
              {t('setup.save')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
