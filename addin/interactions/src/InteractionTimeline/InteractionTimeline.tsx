import { useEffect } from 'react';
import { Badge, Caption1, Link, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowDownLeftRegular, ArrowUpRightRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@interlog/i18n';
import { useQuery } from '@tanstack/react-query';
import { queryKeys, type Evaluation, type InteractionLogEntry } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { problemText } from '@interlog/ui-kit';
import { useListStyles } from '../styles/useListStyles.styles';
import { EntryComment } from '../EntryComment/EntryComment';

const useStyles = makeStyles({
  entry: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  highlighted: { backgroundColor: tokens.colorBrandBackground2, outlineStyle: 'none' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    color: tokens.colorNeutralForeground2,
  },
});

export interface InteractionTimelineProps {
  contactNo: string;
  highlightEntryNo?: number | null;
  /** Bring this entry into view and focus it (a new object each time the user asks). */
  reveal?: { entryNo: number } | null;
  limit?: number;
}

/** A contact's most recent interactions, newest first. */
export function InteractionTimeline({ contactNo, highlightEntryNo, reveal, limit = 10 }: InteractionTimelineProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const styles = useStyles();
  const listStyles = useListStyles();
  const { api } = useInterlog();
  // Recording invalidates every interactions key: the timeline reads again.
  const entries = useQuery({
    queryKey: queryKeys.interactions.list({ contactNo, limit }),
    queryFn: () => api.interactions.list({ contactNo, limit }).then((page) => page.items),
  });

  // A success link asked for this entry: bring it into view and put the keyboard there.
  const shown = !!reveal && !!entries.data?.some((e) => e.entryNo === reveal.entryNo);
  useEffect(() => {
    if (!shown) return;
    const element = document.getElementById(`entry-${reveal!.entryNo}`);
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    element?.focus({ preventScroll: true });
  }, [shown, reveal]);

  if (entries.status === 'error') return <Text role="alert">{problemText(t, entries.error)}</Text>;
  if (!entries.data) return <Spinner size="tiny" label={t('common.loading')} />;
  if (entries.data.length === 0) return <Text>{t('timeline.empty')}</Text>;
  return (
    <ol className={listStyles.list} aria-label={t('timeline.title')}>
      {entries.data.map((entry: InteractionLogEntry) => (
        <li
          key={entry.entryNo}
          id={`entry-${entry.entryNo}`}
          tabIndex={entry.entryNo === reveal?.entryNo ? -1 : undefined}
          data-highlighted={entry.entryNo === highlightEntryNo || undefined}
          className={mergeClasses(styles.entry, entry.entryNo === highlightEntryNo && styles.highlighted)}
        >
          {entry.informationFlow === 'inbound' ? (
            <ArrowDownLeftRegular aria-label={t('flow.inbound')} />
          ) : (
            <ArrowUpRightRegular aria-label={t('flow.outbound')} />
          )}
          <div className={styles.body}>
            <Text weight="semibold">{entry.description || entry.templateDescription || entry.templateCode}</Text>
            <div className={styles.meta}>
              <Caption1>{format.dateTime(entry.date)}</Caption1>
              <Caption1 title={entry.templateCode}>{entry.templateDescription || entry.templateCode}</Caption1>
              {entry.durationMin > 0 && <Caption1>{t('timeline.duration', { count: entry.durationMin })}</Caption1>}
              {entry.cost > 0 && <Caption1>{t('timeline.cost', { cost: entry.cost })}</Caption1>}
              {entry.evaluation && (
                <Caption1>{t(`evaluation.${entry.evaluation as Exclude<Evaluation, ''>}`)}</Caption1>
              )}
              {entry.postponed && (
                <Badge size="small" color="warning" appearance="tint">
                  {t('timeline.postponed')}
                </Badge>
              )}
              {entry.canceled && (
                <Badge size="small" color="danger" appearance="tint">
                  {t('timeline.canceled')}
                </Badge>
              )}
              <Caption1>#{entry.entryNo}</Caption1>
            </div>
            {entry.subject && entry.subject !== entry.description && <Caption1 block>{entry.subject}</Caption1>}
            {entry.source.webLink && (
              <Link href={entry.source.webLink} target="_blank" rel="noopener noreferrer">
                {t(entry.source.type === 'meeting' ? 'timeline.openMeeting' : 'timeline.openEmail')}
              </Link>
            )}
            <EntryComment entry={entry} />
          </div>
        </li>
      ))}
    </ol>
  );
}
