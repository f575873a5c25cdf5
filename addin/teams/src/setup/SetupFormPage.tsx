import { useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { queryKeys, versionOf } from '@interlog/api-client';
import { ProblemBar, SavedBar } from '@interlog/ui-kit';
import { serverFieldErrors } from './field-errors';
import { SetupPageHeading } from './SetupPageHeading';
import type { FieldErrors } from './use-setup-records';

export interface SetupFormPageProps<T> {
  id: string;
  /** Where the record is cached; a save puts the saved record there. */
  queryKey: QueryKey;
  title: string;
  intro: string;
  load: () => Promise<T>;
  /** `version`: the record as loaded; the server refuses the save (412) when someone else changed it since. */
  save: (values: T, version: number | undefined) => Promise<T>;
  /** Other screens read this record (the template setup): their reference data is invalidated after a save. */
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
export function SetupFormPage<T extends object>({
  id,
  queryKey,
  title,
  intro,
  load,
  save,
  sharesReferenceData,
  children,
}: SetupFormPageProps<T>) {
  const { t } = useTranslation();
  const styles = useStyles();
  const queryClient = useQueryClient();
  const loaded = useQuery({ queryKey, queryFn: load });
  // The user's changes not saved yet, over the record as the server has it.
  const [edits, setEdits] = useState<Partial<T>>({});
  const [saved, setSaved] = useState(false);
  const values: T | null = loaded.data === undefined ? null : { ...loaded.data, ...edits };
  const action = useMutation({
    mutationFn: (record: T) => {
      const { version: _read, ...fields } = record as T & { version?: number };
      return save(fields as T, versionOf(record));
    },
    onMutate: () => setSaved(false),
    onSuccess: (record) => {
      queryClient.setQueryData(queryKey, record);
      setEdits({});
      if (sharesReferenceData) void queryClient.invalidateQueries({ queryKey: queryKeys.referenceData });
      setSaved(true);
    },
  });
  const change = (patch: Partial<T>) => {
    setSaved(false);
    setEdits((e) => ({ ...e, ...patch }));
  };
  const submit = () => values && !action.isPending && action.mutate(values);
  // After a save refused because someone else changed the record: their values, without this user's edits.
  const reload = () => {
    action.reset();
    setEdits({});
    void loaded.refetch();
  };
  return (
    <section className={styles.stack} aria-labelledby={id}>
      <SetupPageHeading id={id} title={title} intro={intro} />
      <SavedBar text={saved ? t('setup.saved') : null} />
      <ProblemBar
        error={action.error ?? loaded.error}
        onDismiss={action.error ? action.reset : undefined}
        onReload={reload}
      />
      {!values && loaded.isFetching && <Spinner label={t('setup.loading')} />}
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
              icon={action.isPending ? <Spinner size="tiny" /> : <SaveRegular />}
              disabled={action.isPending}
            >
              {t('setup.save')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
