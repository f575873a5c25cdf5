import { useState } from 'react';
import {
  Badge,
  Button,
  MenuItem,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  DataTable,
  RowMenu,
  PagedListBody,
  ConfirmDialog,
  ProblemBar,
  replaceInPagedQuery,
  useDataTableStyles,
  usePagedQuery,
} from '@interlog/ui-kit';
import { useInterlog } from '@interlog/app-shell';
import { useTranslation } from 'react-i18next';
import { queryKeys, type LoggedSegment } from '@interlog/api-client';
import { useFormat } from '@interlog/i18n';
import type { Navigate } from '../tab/tab-location';
import { LoggedCorrespondenceDialog } from './LoggedCorrespondenceDialog';
import { useSentEmailsNote } from './use-sent-emails-note';
import { useRecordStatistics } from '../insights/statistics/use-record-statistics';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * Logged segments: their entries, letters and emails, cancel or restore them all,
 * or start a follow-up segment with the same contacts.
 */
export function LoggedSegmentsView({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const table = useDataTableStyles();
  const format = useFormat();
  const { api } = useInterlog();
  const queryClient = useQueryClient();
  const list = usePagedQuery(queryKeys.loggedSegments.list, (cursor) => api.loggedSegments.list(cursor));
  const [asking, setAsking] = useState<LoggedSegment | null>(null);
  const [followUp, setFollowUp] = useState<string | null>(null);
  const [correspondenceOf, setCorrespondenceOf] = useState<LoggedSegment | null>(null);
  const sentNote = useSentEmailsNote(asking);
  const statistics = useRecordStatistics(
    'logged-segments',
    list.items.map((logged) => String(logged.entryNo)),
  );

  const cancel = useMutation({
    mutationFn: (logged: LoggedSegment) => api.loggedSegments.setCanceled(logged.entryNo, !logged.canceled),
    onSuccess: (changed, logged) => {
      // The row changes in place; its entries (canceled with it) read again where they are shown.
      replaceInPagedQuery(
        queryClient,
        queryKeys.loggedSegments.list,
        (l: LoggedSegment) => l.entryNo === logged.entryNo,
        changed,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.interactions.all });
    },
  });
  const followUpOf = useMutation({
    mutationFn: (logged: LoggedSegment) => api.loggedSegments.createFollowUp(logged.entryNo),
    onSuccess: ({ segmentNo }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.segments.list });
      setFollowUp(segmentNo);
    },
  });
  const busy = cancel.isPending || followUpOf.isPending;
  const actionError = cancel.error ?? followUpOf.error;
  const clearError = () => {
    cancel.reset();
    followUpOf.reset();
  };
  const setCanceled = (logged: LoggedSegment) => {
    if (busy) return;
    followUpOf.reset();
    cancel.mutate(logged);
  };
  const createFollowUp = (logged: LoggedSegment) => {
    if (busy) return;
    cancel.reset();
    followUpOf.mutate(logged);
  };

  return (
    <section className={styles.stack} aria-labelledby="logged-heading">
      <Text as="h2" id="logged-heading" size={500} weight="semibold">
        {t('tab.nav.logged')}
      </Text>
      <ProblemBar error={list.error ?? actionError ?? statistics.error} onDismiss={clearError} />
      {followUp && (
        <MessageBar intent="success" aria-live="polite">
          <MessageBarBody>{t('logged-segments.followUpCreated', { no: followUp })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => navigate({ section: 'segments', segmentNo: followUp })}>
              {t('segments.log.openFollowUp', { no: followUp })}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <PagedListBody list={list} empty={t('logged-segments.empty')}>
        {() => (
          <DataTable
            aria-labelledby="logged-heading"
            columns={[
              { key: 'entryNo', label: t('logged-segments.entryNo') },
              { key: 'segmentNo', label: t('segments.list.no') },
              { key: 'description', label: t('segments.header.description') },
              ...statistics.columns.map((column) => ({ key: column.key, label: column.label, numeric: true })),
              { key: 'createdAt', label: t('logged-segments.createdAt') },
              { key: 'followUpNo', label: t('logged-segments.followUpNo') },
              { key: 'status', label: t('logged-segments.status') },
              { key: 'actions', label: t('segments.lines.actions') },
            ]}
          >
            {list.items.map((logged) => (
              <TableRow key={logged.entryNo} data-testid={`logged-segment-${logged.entryNo}`}>
                <TableCell>{logged.entryNo}</TableCell>
                <TableCell>{logged.segmentNo}</TableCell>
                <TableCell>{logged.description}</TableCell>
                {statistics.columns.map((column) => (
                  <TableCell key={column.key} className={table.number}>
                    {column.render(String(logged.entryNo))}
                  </TableCell>
                ))}
                <TableCell>{format.dateTime(logged.createdAt)}</TableCell>
                <TableCell>{logged.followUpSegmentNo}</TableCell>
                <TableCell>
                  {logged.canceled ? (
                    <Badge color="danger" appearance="tint">
                      {t('logged-segments.canceled')}
                    </Badge>
                  ) : (
                    <Badge color="success" appearance="tint">
                      {t('logged-segments.active')}
                    </Badge>
                  )}
                </TableCell>
                <TableCell>
                  <RowMenu label={t('logged-segments.actionsFor', { entryNo: logged.entryNo })}>
                    <MenuItem
                      onClick={() =>
                        navigate({
                          section: 'log',
                          filter: {
                            loggedSegmentEntryNo: logged.entryNo,
                            ...(logged.canceled ? { canceled: true } : {}),
                          },
                        })
                      }
                    >
                      {t('segments.log.showEntries')}
                    </MenuItem>
                    <MenuItem onClick={() => statistics.open(String(logged.entryNo), String(logged.entryNo))}>
                      {t('insights.statistics.open')}
                    </MenuItem>
                    <MenuItem onClick={() => setCorrespondenceOf(logged)}>{t('correspondence.logged.open')}</MenuItem>
                    <MenuItem onClick={() => setAsking(logged)}>
                      {t(logged.canceled ? 'logged-segments.restore' : 'logged-segments.cancel')}
                    </MenuItem>
                    <MenuItem onClick={() => createFollowUp(logged)}>{t('logged-segments.createFollowUp')}</MenuItem>
                  </RowMenu>
                </TableCell>
              </TableRow>
            ))}
          </DataTable>
        )}
      </PagedListBody>
      {statistics.dialog}
      {correspondenceOf && (
        <LoggedCorrespondenceDialog logged={correspondenceOf} onClose={() => setCorrespondenceOf(null)} />
      )}
      <ConfirmDialog
        open={asking !== null}
        title={t(asking?.canceled ? 'logged-segments.restoreTitle' : 'logged-segments.cancelTitle', {
          entryNo: asking?.entryNo,
        })}
        body={`${t(asking?.canceled ? 'logged-segments.restoreBody' : 'logged-segments.cancelBody', {
          count: asking?.noOfInteractions ?? 0,
          formatted: format.number(asking?.noOfInteractions ?? 0),
        })} ${sentNote}`.trim()}
        confirmLabel={t(asking?.canceled ? 'logged-segments.restore' : 'logged-segments.cancel')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          if (asking) setCanceled(asking);
          setAsking(null);
        }}
      />
    </section>
  );
}
