import { useState } from 'react';
import type { TFunction } from 'i18next';
import { Button, TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular, EyeOffRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { UnknownCorrespondent } from '@interlog/api-client';
import { DataTable, PagedListBody, ProblemBar, SavedBar, useDataTableStyles } from '@interlog/ui-kit';
import { useFormat } from '@interlog/i18n';
import { SetupPageHeading } from '../SetupPageHeading';
import { CreateFromCorrespondentDialog } from './CreateFromCorrespondentDialog';
import { useCreateChoices } from './use-create-choices';
import { useUnknownCorrespondents, type Done } from './use-unknown-correspondents';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  address: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, justifyContent: 'flex-end' },
  // On a phone the buttons keep their icons (and their names for screen readers) and fit the card.
  label: { '@media (max-width: 480px)': { display: 'none' } },
  button: { '@media (max-width: 480px)': { minWidth: 'auto' } },
});

const doneText = (t: TFunction, done: Done | null) =>
  !done
    ? null
    : done.kind === 'created'
      ? t('setup.unknown.created', { name: done.name, count: done.recorded })
      : done.kind === 'ignored'
        ? t('setup.unknown.ignored', { address: done.address })
        : t('setup.unknown.cleared', { address: done.address });

/**
 * The addresses recording met that match no contact (Business Central would have dropped their mail): make one a
 * contact (recording what was missed), ignore it for good, or clear it.
 */
export function UnknownCorrespondentsPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const table = useDataTableStyles();
  const format = useFormat();
  const { list, done, ignore, clear, create } = useUnknownCorrespondents();
  const [creating, setCreating] = useState<UnknownCorrespondent | null>(null);
  const choices = useCreateChoices(creating?.address ?? null);
  const busy = ignore.isPending || clear.isPending;
  return (
    <section className={styles.stack} aria-labelledby="setup-unknown-heading">
      <SetupPageHeading id="setup-unknown-heading" title={t('setup.nav.unknown')} intro={t('setup.unknown.intro')} />
      <SavedBar text={doneText(t, done)} />
      <ProblemBar error={ignore.error ?? clear.error ?? list.error} />
      <PagedListBody list={list} empty={t('setup.unknown.empty')}>
        {(items) => (
          <DataTable
            aria-labelledby="setup-unknown-heading"
            columns={[
              { key: 'address', label: t('setup.unknown.address') },
              { key: 'name', label: t('setup.unknown.name') },
              { key: 'lastSeen', label: t('setup.unknown.lastSeen') },
              { key: 'items', label: t('setup.unknown.items'), numeric: true },
              { key: 'actions', label: t('setup.unknown.actions') },
            ]}
          >
            {items.map((c) => (
              <TableRow key={c.address}>
                <TableCell className={styles.address}>{c.address}</TableCell>
                <TableCell>{c.name}</TableCell>
                <TableCell>{format.dateTime(c.lastSeenAt)}</TableCell>
                <TableCell className={table.number}>{format.number(c.itemCount)}</TableCell>
                <TableCell>
                  <div className={styles.actions}>
                    <Button
                      className={styles.button}
                      size="small"
                      icon={<PersonAddRegular />}
                      aria-label={t('setup.unknown.createFor', { address: c.address })}
                      onClick={() => {
                        create.reset();
                        setCreating(c);
                      }}
                    >
                      <span className={styles.label}>{t('setup.unknown.createContact')}</span>
                    </Button>
                    <Button
                      className={styles.button}
                      size="small"
                      icon={<EyeOffRegular />}
                      disabled={busy}
                      aria-label={t('setup.unknown.ignoreFor', { address: c.address })}
                      onClick={() => ignore.mutate(c.address)}
                    >
                      <span className={styles.label}>{t('setup.unknown.ignore')}</span>
                    </Button>
                    <Button
                      className={styles.button}
                      size="small"
                      icon={<DismissRegular />}
                      disabled={busy}
                      aria-label={t('setup.unknown.clearFor', { address: c.address })}
                      onClick={() => clear.mutate(c.address)}
                    >
                      <span className={styles.label}>{t('setup.unknown.clear')}</span>
                    </Button>
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </DataTable>
        )}
      </PagedListBody>
      {creating && (
        <CreateFromCorrespondentDialog
          correspondent={creating}
          choices={choices}
          busy={create.isPending}
          error={create.error}
          onCreate={(input) =>
            create.mutate({ address: creating.address, input }, { onSuccess: () => setCreating(null) })
          }
          onCancel={() => setCreating(null)}
        />
      )}
    </section>
  );
}
