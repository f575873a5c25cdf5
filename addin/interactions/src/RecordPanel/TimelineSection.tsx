import { useEffect, useState } from 'react';
import { Divider, Dropdown, Field, Option, Subtitle2 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@interlog/api-client';
import { InteractionTimeline } from '../InteractionTimeline/InteractionTimeline';
import { ContactCard } from '../ContactCard/ContactCard';

export interface TimelineSectionProps {
  contacts: Contact[];
  /** The entry just recorded: its contact's timeline is shown, the entry marked. */
  highlight: { entryNo: number; contactNo: string } | null;
  reveal: { entryNo: number } | null;
  /** Show the contact's statistics above the timeline. */
  contactCard?: boolean;
  className: string;
}

/**
 * The recent interactions of one of the item's known contacts, chosen when there are several, and the contact's
 * statistics. Not needed to record: RecordPanel loads it once the form is usable.
 */
export function TimelineSection({ contacts, highlight, reveal, contactCard, className }: TimelineSectionProps) {
  const { t } = useTranslation();
  const [contactNo, setContactNo] = useState('');
  const firstKnown = contacts[0]?.no ?? '';
  useEffect(() => {
    if (!contactNo && firstKnown) setContactNo(firstKnown);
  }, [firstKnown, contactNo]);
  useEffect(() => {
    if (highlight) setContactNo(highlight.contactNo);
  }, [highlight]);
  const contact = contacts.find((c) => c.no === contactNo);

  return (
    <>
      <Divider />
      <section className={className} aria-labelledby="timeline-heading">
        <Subtitle2 as="h2" id="timeline-heading">
          {t('timeline.title')}
        </Subtitle2>
        {contacts.length > 1 && (
          <Field label={t('timeline.contact')}>
            <Dropdown
              value={contact?.name ?? ''}
              selectedOptions={[contactNo]}
              onOptionSelect={(_, d) => setContactNo(d.optionValue ?? '')}
            >
              {contacts.map((c) => (
                <Option key={c.no} value={c.no}>
                  {c.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
        {contactCard && contact && <ContactCard contact={contact} />}
        {contactNo && (
          <InteractionTimeline contactNo={contactNo} highlightEntryNo={highlight?.entryNo ?? null} reveal={reveal} />
        )}
      </section>
    </>
  );
}
