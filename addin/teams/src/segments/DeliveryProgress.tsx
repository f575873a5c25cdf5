import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { queryKeys, type DeliverySummary } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ProblemBar } from '@interlog/ui-kit';
import { useFormat } from '@interlog/i18n';

const POLL_MS = 2000;
const PROBLEMS_SHOWN = 5;

const useStyles = makeStyles({
  problems: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The server takes a sender's lease before it answers the request that starts one, so `running` is never late. */
const inFlight = (s: DeliverySummary) => s.running || s.sending > 0;

/**
 * How the logged segment's emails go out; follows them while they are sent, and offers to send the failed ones
 * again. No emails: nothing, or `emptyText`.
 */
export function DeliveryProgress({
  loggedSegmentEntryNo,
  emptyText,
}: {
  loggedSegmentEntryNo: number;
  emptyText?: string;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const format = useFormat();
  const { api } = useInterlog();
  const queryClient = useQueryClient();
  const queryKey = queryKeys.loggedSegments.deliveries(loggedSegmentEntryNo);
  // Read again every POLL_MS while emails are still going out.
  const summary = useQuery({
    queryKey,
    queryFn: () => api.loggedSegments.deliveries(loggedSegmentEntryNo),
    refetchInterval: (query) => (query.state.data && inFlight(query.state.data) ? POLL_MS : false),
  });
  const action = useMutation({
    mutationFn: () => api.loggedSegments.sendAgain(loggedSegmentEntryNo),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey }),
  });
  const data = summary.data;
  const following = data !== undefined && inFlight(data);

  if (!data)
    return summary.status === 'error' ? (
      <ProblemBar error={summary.error} />
    ) : (
      <Spinner size="tiny" label={t('segments.delivery.loading')} />
    );
  const total = data.pending + data.sending + data.sent + data.failed;
  if (total === 0) return emptyText ? <Text>{emptyText}</Text> : null;
  const waiting = data.pending + data.sending;
  const stuck = !following && (data.failed > 0 || waiting > 0);
  const sendAgain = () => !action.isPending && action.mutate();
  return (
    <MessageBar intent={stuck ? 'warning' : following ? 'info' : 'success'} layout="multiline" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>
          {following
            ? t('segments.delivery.sending', { sent: format.number(data.sent), total: format.number(total) })
            : t('segments.delivery.summary', {
                count: data.sent,
                sent: format.number(data.sent),
                total: format.number(total),
              })}
        </MessageBarTitle>
        {data.failed > 0 &&
          t('segments.delivery.failed', { count: data.failed, formatted: format.number(data.failed) })}
        {!following &&
          waiting > 0 &&
          ` ${t('segments.delivery.waiting', { count: waiting, formatted: format.number(waiting) })}`}
        {data.problems.length > 0 && (
          <ul className={styles.problems}>
            {data.problems.slice(0, PROBLEMS_SHOWN).map((p) => (
              <li key={p.entryNo}>
                {t('segments.delivery.problem', { name: p.contactName || p.contactNo, reason: p.lastError })}
              </li>
            ))}
          </ul>
        )}
        <ProblemBar error={action.error} />
      </MessageBarBody>
      {stuck && (
        <MessageBarActions>
          <Button disabled={action.isPending} onClick={sendAgain}>
            {t('segments.delivery.sendAgain')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
