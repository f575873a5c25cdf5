import { Badge, Button, Checkbox, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { PersonAddRegular, PlayRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { PersonMatch } from '@interlog/contact-matching';
import { useListStyles } from '../styles/useListStyles.styles';
import { ContactPersona } from './ContactPersona';

export interface ContactListProps {
  matches: PersonMatch[];
  selected: ReadonlySet<string>;
  onToggle: (email: string, selected: boolean) => void;
  onCreate: (match: PersonMatch) => void;
  /** Opens the form that finishes the contact's postponed interaction for this item. */
  onFinish?: (match: PersonMatch) => void;
  creatingFor: string | null;
  /** Contact numbers whose interaction waits on this device to be sent. */
  waiting?: ReadonlySet<string>;
  className?: string;
}

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  details: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  persona: { minWidth: 0, flexGrow: 1 },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

/** The item's people: known contacts to tick, unknown addresses to create, postponed ones to finish. */
export function ContactList({
  matches,
  selected,
  onToggle,
  onCreate,
  onFinish,
  creatingFor,
  waiting,
  className,
}: ContactListProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const listStyles = useListStyles();
  if (matches.length === 0) return <Text>{t('people.none')}</Text>;
  return (
    <ul className={mergeClasses(listStyles.list, className)} aria-label={t('people.title')}>
      {matches.map((match) => {
        const { person, contact, recorded, postponed } = match;
        const secondary = contact
          ? [t('people.known', { no: contact.no }), contact.companyName].filter(Boolean).join(' · ')
          : person.email;
        return (
          <li key={person.email} className={styles.row} data-testid={`person-${person.email.toLowerCase()}`}>
            <Checkbox
              checked={selected.has(person.email.toLowerCase())}
              disabled={!contact || !!postponed}
              onChange={(_, data) => onToggle(person.email, !!data.checked)}
              aria-label={t('people.select', { name: contact?.name ?? person.name })}
            />
            <div className={styles.details}>
              <ContactPersona
                className={styles.persona}
                name={contact?.name ?? person.name}
                secondaryText={secondary}
                tertiaryText={person.roleLabel}
              />
              <div className={styles.badges}>
                {!contact && (
                  <Badge appearance="outline" color="warning">
                    {t('people.unknown')}
                  </Badge>
                )}
                {contact && waiting?.has(contact.no) && (
                  <Badge appearance="tint" color="informative">
                    {t('people.waiting')}
                  </Badge>
                )}
                {recorded && (
                  <Badge appearance="tint" color="success">
                    {t('people.alreadyRecorded')}
                  </Badge>
                )}
                {postponed && (
                  <Badge appearance="tint" color="warning">
                    {t('people.postponed')}
                  </Badge>
                )}
                {postponed && onFinish && (
                  <Button
                    size="small"
                    icon={<PlayRegular />}
                    aria-label={t('postponed.finishFor', { name: contact?.name ?? person.name })}
                    onClick={() => onFinish(match)}
                  >
                    {t('postponed.finish')}
                  </Button>
                )}
                {!contact && creatingFor !== person.email && (
                  <Button size="small" icon={<PersonAddRegular />} onClick={() => onCreate(match)}>
                    {t('people.create')}
                  </Button>
                )}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
