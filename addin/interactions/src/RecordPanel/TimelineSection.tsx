import { lazy, Suspense, useEffect, useState } from 'react';
import { Dropdown, Field, Option, Subtitle2 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@interlog/api-client';
import { LoadFailureBoundary } from '@interlog/ui-kit';
import { InteractionTimeline } from '../InteractionTimeline/InteractionTimeline';
import { useWhenIdle } from '../hooks/use-when-idle';

// Not part of the pane's boot: fetched once the record form is usable.
const ContactCard = lazy(() => import('../ContactCard/ContactCard'));

export interface TimelineSectionProps {
  contacts: Contact[];
  /** The entry just recorded: its contact's timeline is shown, the entry marked. */
  highlight: { entryNo: number; contactNo: string } | null;
  reveal: { entryNo: number } | null;
  /** Show the contact's statistics above the timeline, from when this is true (the form is usable). */
  cardAfter?: boolean;
  className: string;
}

/** The recent interactions of one of the item's known contacts, chosen when there are several. */
export function TimelineSection({ contacts, highlight, reveal, cardAfter, className }: TimelineSectionProps) {
  const { t } = useTranslation();
  const [contactNo, setContactNo] = useState('');
  const firstKnown = contacts[0]?.no ?? '';
  useEffect(() => {
    if (!contactNo && firstKnown) setContactNo(firstKnown);
  }, [firstKnown, contactNo]);
  useEffect(() => {
    if (highlight) setContactNo(highlight.contactNo);
  }, [highlight]);
  const showCard = useWhenIdle(!!cardAfter);
  const contact = contacts.find((c) => c.no === contactNo);

  return (
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
      {showCard && contact && (
        <LoadFailureBoundary>
          <Suspense fallback={null}>
            <ContactCard contact={contact} />
          </Suspense>
        </LoadFailureBoundary>
      )}
      {contactNo && (
        <InteractionTimeline contactNo={contactNo} highlightEntryNo={highlight?.entryNo ?? null} reveal={reveal} />
      )}
    </section>
  );
}
