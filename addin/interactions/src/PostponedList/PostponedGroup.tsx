import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, PlayRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@interlog/i18n';
import type { InteractionLogEntry } from '@interlog/api-client';
import { useItemText } from '../ResumePanel/ItemLine';
import { useListStyles } from '../styles/useListStyles.styles';
import type { ItemGroup } from './group-by-item';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  contact: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface PostponedGroupProps {
  group: ItemGroup;
  onResume: (entries: InteractionLogEntry[]) => void;
  onDelete: (entry: InteractionLogEntry) => void;
}

/** One email or meeting with its postponed interactions: Finish them all, or one contact's. */
export function PostponedGroup({ group, onResume, onDelete }: PostponedGroupProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const styles = useStyles();
  const listStyles = useListStyles();
  const itemText = useItemText();
  const { first, entries } = group;
  const title = itemText(first) ?? (first.description || first.templateCode);
  const name = (entry: InteractionLogEntry) => entry.contactName || entry.contactNo;
  return (
    <li className={styles.group} data-testid={`postponed-group-${first.entryNo}`}>
      <div className={styles.header}>
        <div className={styles.title}>
          <Text weight="semibold">{title}</Text>
          <Caption1>{format.dateTime(first.date)}</Caption1>
        </div>
        {entries.length > 1 && (
          <Button size="small" appearance="primary" icon={<PlayRegular />} onClick={() => onResume(entries)}>
            {t('postponed.finishAll', { count: entries.length })}
          </Button>
        )}
      </div>
      <ul className={listStyles.list} aria-label={title}>
        {entries.map((entry) => (
          <li key={entry.entryNo} className={styles.contact} data-testid={`postponed-${entry.entryNo}`}>
            <div className={styles.who}>
              <Text>
                {name(entry)} ({entry.contactNo})
              </Text>
              <Caption1>{entry.description || entry.templateCode}</Caption1>
            </div>
            <div className={styles.actions}>
              <Button
                size="small"
                appearance={entries.length > 1 ? 'secondary' : 'primary'}
                icon={<PlayRegular />}
                aria-label={t('postponed.finishFor', { name: name(entry) })}
                onClick={() => onResume([entry])}
              >
                {t('postponed.finish')}
              </Button>
              <Button
                size="small"
                icon={<DeleteRegular />}
                aria-label={`${t('postponed.delete')}: ${name(entry)}`}
                onClick={() => onDelete(entry)}
              >
                {t('postponed.delete')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </li>
  );
}
