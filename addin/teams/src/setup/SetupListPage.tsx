import type { ReactNode } from 'react';
import { Button, Caption1, Spinner, TableCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { StatisticsKind } from '@interlog/api-client';
import { ConfirmDialog, DataTable, FormDialog, ProblemBar, SavedBar } from '@interlog/ui-kit';
import { useRecordStatistics } from '../insights/statistics/use-record-statistics';
import { SetupPageHeading } from './SetupPageHeading';
import type { FieldErrors, SetupRecords } from './use-setup-records';

export interface Column<T> {
  label: string;
  render: (item: T) => ReactNode;
  numeric?: boolean;
  /** Free text (a description, a name): kept wide enough to read instead of wrapping word by word. */
  wide?: boolean;
}

export interface SetupListTexts {
  title: string;
  add: string;
  empty: string;
  newTitle: string;
  editTitle: (code: string) => string;
  deleteTitle?: (code: string) => string;
  deleteBody?: string;
  /** What a refused delete means, said for this kind of record (undefined: the generic problem text). */
  deleteProblem?: (error: unknown) => string | undefined;
}

export interface FieldsContext<D> {
  draft: D;
  change: (patch: Partial<D>) => void;
  isNew: boolean;
  errors: FieldErrors;
}

export interface SetupListPageProps<T, D> {
  id: string;
  texts: SetupListTexts;
  records: SetupRecords<T, D>;
  columns: Column<T>[];
  fields: (context: FieldsContext<D>) => ReactNode;
  /** More actions of a row, after Edit and Delete (a RowMenu). */
  rowActions?: (item: T) => ReactNode;
  /** The records have statistics: No. of interactions, Cost and Duration columns and a Statistics button. */
  statistics?: StatisticsKind;
}

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  amount: { textAlign: 'end', whiteSpace: 'nowrap' },
  wide: { minWidth: '9em' },
  code: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, justifyContent: 'flex-end' },
  actionsHeader: { width: '88px' },
  actionsHeaderWide: { width: '120px' },
  actionsHeaderWider: { width: '152px' },
  count: { color: tokens.colorNeutralForeground3 },
});

/** A setup table in Business Central's list-page style: the records, New, and Edit / Delete on each row. */
export function SetupListPage<T, D>(props: SetupListPageProps<T, D>) {
  const { id, texts, records, fields, rowActions } = props;
  const { t } = useTranslation();
  const styles = useStyles();
  const items = records.list.data ?? [];
  const statistics = useRecordStatistics(props.statistics, items.map(records.codeOf));
  const columns: Column<T>[] = [
    ...props.columns,
    ...statistics.columns.map((c) => ({
      label: c.label,
      render: (item: T) => c.render(records.codeOf(item)),
      numeric: true,
    })),
  ];
  const buttons = 2 + Number(Boolean(rowActions)) + Number(Boolean(props.statistics));
  const { editing, deleting, done } = records;
  const doneText =
    done && t(done.kind === 'saved' ? 'setup.list.savedCode' : 'setup.list.deletedCode', { code: done.code });
  return (
    <section className={styles.stack} aria-labelledby={id}>
      <SetupPageHeading id={id} title={texts.title}>
        <Button appearance="primary" icon={<AddRegular />} onClick={records.startNew}>
          {texts.add}
        </Button>
      </SetupPageHeading>
      <SavedBar text={doneText} />
      <ProblemBar
        error={records.removing.error ?? (records.list.status === 'error' ? records.list.error : statistics.error)}
        text={records.removing.error ? texts.deleteProblem?.(records.removing.error) : undefined}
        onDismiss={records.removing.error ? records.removing.clearError : undefined}
      />
      {records.list.isFetching && items.length === 0 && <Spinner label={t('setup.loading')} />}
      {records.list.isSuccess && !records.list.isFetching && items.length === 0 && <Text>{texts.empty}</Text>}
      {items.length > 0 && (
        <DataTable
          aria-labelledby={id}
          columns={[
            ...columns.map((column) => ({
              key: column.label,
              label: column.label,
              numeric: column.numeric,
              className: !column.numeric && column.wide ? styles.wide : undefined,
            })),
            {
              key: 'actions',
              label: t('setup.list.actions'),
              className: [styles.actionsHeader, styles.actionsHeaderWide, styles.actionsHeaderWider][buttons - 2],
            },
          ]}
        >
          {items.map((item) => {
            const code = records.codeOf(item);
            return (
              <TableRow key={code}>
                {columns.map((column, index) => (
                  <TableCell
                    key={column.label}
                    className={column.numeric ? styles.amount : index === 0 ? styles.code : undefined}
                  >
                    {column.render(item)}
                  </TableCell>
                ))}
                <TableCell>
                  <div className={styles.actions}>
                    <Button
                      size="small"
                      appearance="subtle"
                      icon={<EditRegular />}
                      aria-label={t('setup.list.edit', { code })}
                      onClick={() => records.startEdit(item)}
                    />
                    {records.canDelete && (
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={<DeleteRegular />}
                        aria-label={t('setup.list.delete', { code })}
                        onClick={() => records.askDelete(item)}
                      />
                    )}
                    {props.statistics && statistics.button(code, code)}
                    {rowActions?.(item)}
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </DataTable>
      )}
      {items.length > 0 && (
        <Caption1 className={styles.count}>{t('setup.list.count', { count: items.length })}</Caption1>
      )}
      {editing && (
        <FormDialog
          open
          title={editing.original ? texts.editTitle(records.codeOf(editing.original)) : texts.newTitle}
          submitLabel={editing.original ? t('setup.save') : t('setup.list.create')}
          busy={records.saving.busy}
          error={records.saving.error}
          onSubmit={records.submit}
          onCancel={records.cancel}
          onReload={() => void records.reload()}
        >
          {fields({
            draft: editing.draft,
            change: records.change,
            isNew: editing.original === null,
            errors: records.errors,
          })}
        </FormDialog>
      )}
      {statistics.dialog}
      {texts.deleteTitle && (
        <ConfirmDialog
          open={deleting !== null}
          title={deleting ? texts.deleteTitle(records.codeOf(deleting)) : ''}
          body={texts.deleteBody ?? ''}
          confirmLabel={t('setup.list.deleteConfirm')}
          cancelLabel={t('common.cancel')}
          onConfirm={records.confirmDelete}
          onCancel={records.cancelDelete}
        />
      )}
    </section>
  );
}
