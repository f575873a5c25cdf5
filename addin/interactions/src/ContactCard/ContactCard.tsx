import type { ReactNode } from 'react';
import { Button, Caption1, Text, mergeClasses } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useFormat } from '@interlog/i18n';
import { queryKeys, type Contact } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { MonthTrend } from './MonthTrend';
import { useContactCardStyles } from './useContactCardStyles.styles';

function Figure({ label, children }: { label: string; children: ReactNode }) {
  const styles = useContactCardStyles();
  return (
    <div className={styles.figure}>
      <dt className={styles.label}>
        <Caption1>{label}</Caption1>
      </dt>
      <dd className={styles.value}>
        <Text weight="semibold">{children}</Text>
      </dd>
    </div>
  );
}

/**
 * A contact's statistics above its timeline: how many interactions, the last one and the last attempt, cost
 * and duration, and the last 12 months as bars. A company's figures include its people's. Loaded after the
 * record form is usable; if they cannot be read, the card says so quietly and the pane works on.
 */
export function ContactCard({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const format = useFormat();
  const styles = useContactCardStyles();
  const { api } = useInterlog();
  // Under the interactions key: whatever refreshes the timeline after recording refreshes the card too.
  const statistics = useQuery({
    queryKey: queryKeys.statistics.of('contacts', contact.no),
    queryFn: () => api.statistics.ofContact(contact.no),
  });
  const dateOrNone = (iso: string | null) => (iso ? format.date(iso) : t('contactCard.none'));

  if (statistics.status === 'error')
    return (
      <div className={styles.quiet} data-testid="contact-card">
        <Caption1>{t('contactCard.unavailable')}</Caption1>
        <Button appearance="transparent" size="small" onClick={() => void statistics.refetch()}>
          {t('common.retry')}
        </Button>
      </div>
    );
  const figures = statistics.data;
  if (!figures)
    return <div className={mergeClasses(styles.card, styles.pending)} aria-busy="true" data-testid="contact-card" />;
  return (
    <div role="group" aria-label={t('contactCard.title')} className={styles.card} data-testid="contact-card">
      <dl className={styles.figures}>
        <Figure label={t('contactCard.interactions')}>{format.number(figures.noOfInteractions)}</Figure>
        <Figure label={t('contactCard.lastInteraction')}>{dateOrNone(figures.dateOfLastInteraction)}</Figure>
        <Figure label={t('contactCard.lastAttempt')}>{dateOrNone(figures.lastDateAttempted)}</Figure>
      </dl>
      <MonthTrend months={figures.perMonth} />
      <div className={styles.totals}>
        <Caption1>{t('timeline.cost', { cost: figures.costLcy })}</Caption1>
        <Caption1>{t('timeline.duration', { count: figures.durationMin })}</Caption1>
        {contact.type === 'company' && <Caption1>{t('contactCard.withPeople')}</Caption1>}
      </div>
    </div>
  );
}
