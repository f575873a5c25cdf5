import { useCallback, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, queryKeys } from '@interlog/api-client';
import type { Contact, PersonSource, PersonSuggestion } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import type { PersonAddress } from '@interlog/contact-matching';
import { useCompanyChoice } from './use-company-choice';
import { useOutlookSuggestions } from './use-outlook-suggestions';
import { contactPhone } from './outlook-suggestions';
import { createFromKept, useKeptCount } from './create-from-kept';

export type ContactType = 'person' | 'company';

/** The new-contact form's state: filled from the display name, the address domain and the user's Outlook. */
export function useNewContactForm(
  person: PersonAddress,
  onCreated: (contact: Contact, recordedMissed: number) => void,
) {
  const { api } = useInterlog();
  const keptCount = useKeptCount(person.email);
  const [recordMissed, setRecordMissed] = useState(true);
  const [name, setName] = useState(person.name === person.email ? '' : person.name);
  const [phone, setPhone] = useState('');
  const [type, setType] = useState<ContactType>('person');
  const [filledFrom, setFilledFrom] = useState<PersonSource | null>(null);
  /** What the user typed is not replaced by the suggestion that arrives when the form opens. */
  const typed = useRef({ name: false, phone: false });
  const company = useCompanyChoice(person.email);
  const { matchOutlook } = company;

  const fill = useCallback(
    (suggestion: PersonSuggestion, { keepTyped }: { keepTyped: boolean }) => {
      const replaces = (field: keyof typeof typed.current) => !keepTyped || !typed.current[field];
      if (replaces('name')) setName(suggestion.name);
      if (replaces('phone')) setPhone(contactPhone(suggestion.phone));
      setFilledFrom(suggestion.source);
      void matchOutlook(suggestion.companyName);
    },
    [matchOutlook],
  );
  const outlook = useOutlookSuggestions(person.email, (match) => fill(match, { keepTyped: true }));

  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: async (): Promise<{ contact: Contact; recorded: number }> => {
      const input = {
        name: name.trim(),
        email: person.email,
        type,
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        ...(type === 'person' && company.companyNo ? { companyNo: company.companyNo } : {}),
      };
      try {
        if (keptCount > 0) return await createFromKept(api, person.email, input, company.source, recordMissed);
        return { contact: await api.contacts.create(input, `contact:${person.email.toLowerCase()}`), recorded: 0 };
      } catch (caught) {
        // Made before (on another device, or an answer lost): the contact with this address is the one.
        const existing =
          caught instanceof ApiError &&
          (caught.problemName === 'idempotency-mismatch' || caught.problemName === 'conflict')
            ? (await api.contacts.findByEmail(person.email)).items[0]
            : undefined;
        if (existing) return { contact: existing, recorded: 0 };
        throw caught;
      }
    },
    onSuccess: ({ contact, recorded }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.contacts.all });
      if (keptCount > 0) void queryClient.invalidateQueries({ queryKey: queryKeys.interactions.all });
      onCreated(contact, recorded);
    },
  });
  const save = () => !create.isPending && create.mutate();

  return {
    name,
    setName: (value: string) => {
      typed.current.name = true;
      setName(value);
    },
    phone,
    setPhone: (value: string) => {
      typed.current.phone = true;
      setPhone(value);
    },
    type,
    setType,
    keptCount,
    recordMissed,
    setRecordMissed,
    company,
    outlook,
    filledFrom,
    pick: (suggestion: PersonSuggestion) => fill(suggestion, { keepTyped: false }),
    saving: create.isPending,
    error: create.error,
    save,
  };
}
