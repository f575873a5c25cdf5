import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarRegular, MailRegular, PeopleTeamRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@interlog/i18n';
import type { MailItem } from './host/mail-item';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  icon: { fontSize: tokens.fontSizeBase500, color: tokens.colorBrandForeground1 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  subject: { overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** Which item the pane records: kind, subject, date, and whose mailbox it is in. */
export function ItemSummary({ item }: { item: MailItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const styles = useStyles();
  const Icon = item.kind === 'message' ? MailRegular : CalendarRegular;
  const kind = [
    t(item.kind === 'message' ? 'item.message' : 'item.appointment'),
    item.mode === 'compose' ? t('item.compose') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className={styles.root} data-testid="item-summary">
      <Icon className={styles.icon} aria-hidden />
      <div className={styles.text}>
        <Caption1 className={styles.meta}>
          {kind} · {format.dateTime(item.date)}
        </Caption1>
        <Text weight="semibold" className={styles.subject}>
          {item.subject || t('item.noSubject')}
        </Text>
        {item.occurrence && <Caption1 className={styles.meta}>{t('item.occurrence')}</Caption1>}
        {item.sharedMailbox && (
          <Caption1 className={styles.meta}>
            <PeopleTeamRegular aria-hidden /> {t('item.sharedMailbox', { owner: item.mailboxOwner })}
          </Caption1>
        )}
      </div>
    </div>
  );
}
