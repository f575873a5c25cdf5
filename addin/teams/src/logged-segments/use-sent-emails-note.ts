import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys, type LoggedSegment } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { useFormat } from '@interlog/i18n';

/**
 * What canceling cannot undo: the emails of the logged segment that already went out, as a sentence for the cancel
 * question ('' when none went, or while it is read).
 */
export function useSentEmailsNote(canceling: LoggedSegment | null): string {
  const { t } = useTranslation();
  const format = useFormat();
  const { api } = useInterlog();
  const entryNo = canceling?.entryNo ?? 0;
  const summary = useQuery({
    queryKey: queryKeys.loggedSegments.deliveries(entryNo),
    queryFn: () => api.loggedSegments.deliveries(entryNo),
    enabled: canceling !== null && !canceling.canceled,
  });
  const sent = canceling && !canceling.canceled ? (summary.data?.sent ?? 0) : 0;
  return sent > 0 ? t('logged-segments.emailsSentNotRecalled', { count: sent, formatted: format.number(sent) }) : '';
}
