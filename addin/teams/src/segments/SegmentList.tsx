import { useState } from 'react';
import { Button, Field, Input, Link, TableCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  DataTable,
  NameWithNo,
  PagedListBody,
  FormDialog,
  ProblemBar,
  useDataTableStyles,
  usePagedQuery,
} from '@interlog/ui-kit';
import { useInterlog } from '@interlog/app-shell';
import { useFormat } from '@interlog/i18n';
import { queryKeys, type Segment } from '@interlog/api-client';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

function NewSegmentDialog({ onCreated, onCancel }: { onCreated: (segment: Segment) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { api } = useInterlog();
  const queryClient = useQueryClient();
  const [description, setDescription] = useState('');
  const [no, setNo] = useState('');
  // One key per dialog: a double submit or a retry creates one segment.
  const [key] = useState(() => `segment:${crypto.randomUUID()}`);
  const action = useMutation({
    mutationFn: () =>
      api.segments.create({ description: description.trim(), ...(no.trim() ? { no: no.trim() } : {}) }, key),
    onSuccess: (segment) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.segments.list });
      onCreated(segment);
    },
  });
  const submit = () => !action.isPending && action.mutate();
  return (
    <FormDialog
      open
      title={t('segments.list.newTitle')}
      submitLabel={t('segments.list.create')}
      busy={action.isPending}
      error={action.error}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <Field label={t('segments.header.description')}>
        <Input value={description} maxLength={100} onChange={(_, d) => setDescription(d.value)} autoFocus />
      </Field>
      <Field label={t('segments.list.no')} hint={t('segments.list.noHint')}>
        <Input value={no} maxLength={20} onChange={(_, d) => setNo(d.value)} />
      </Field>
    </FormDialog>
  );
}

/** Segments not yet logged; open one, or start a new one. */
export function SegmentList({ onOpen }: { onOpen: (no: string) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const table = useDataTableStyles();
  const format = useFormat();
  const { api } = useInterlog();
  const list = usePagedQuery(queryKeys.segments.list, (cursor) => api.segments.list(cursor));
  const [creating, setCreating] = useState(false);
  return (
    <section className={styles.stack} aria-labelledby="segments-heading">
      <div className={styles.toolbar}>
        <Text as="h2" id="segments-heading" size={500} weight="semibold">
          {t('tab.nav.segments')}
        </Text>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => setCreating(true)}>
          {t('segments.list.new')}
        </Button>
      </div>
      <ProblemBar error={list.error} />
      <PagedListBody list={list} empty={t('segments.list.empty')}>
        {() => (
          <DataTable
            aria-labelledby="segments-heading"
            columns={[
              { key: 'no', label: t('segments.list.no') },
              { key: 'description', label: t('segments.header.description') },
              { key: 'date', label: t('segments.header.date') },
              { key: 'template', label: t('form.template') },
              { key: 'salesperson', label: t('form.salesperson') },
              { key: 'lines', label: t('segments.list.lines'), numeric: true },
            ]}
          >
            {list.items.map((segment) => (
              <TableRow key={segment.no}>
                <TableCell>
                  <Link onClick={() => onOpen(segment.no)}>{segment.no}</Link>
                </TableCell>
                <TableCell>{segment.description}</TableCell>
                <TableCell>{segment.date ? format.date(`${segment.date}T12:00:00`) : ''}</TableCell>
                <TableCell>
                  <NameWithNo name={segment.templateDescription} no={segment.interaction.templateCode} />
                </TableCell>
                <TableCell>
                  <NameWithNo name={segment.salespersonName} no={segment.salespersonCode} />
                </TableCell>
                <TableCell className={table.number}>{format.number(segment.noOfLines)}</TableCell>
              </TableRow>
            ))}
          </DataTable>
        )}
      </PagedListBody>
      {creating && <NewSegmentDialog onCancel={() => setCreating(false)} onCreated={(segment) => onOpen(segment.no)} />}
    </section>
  );
}
