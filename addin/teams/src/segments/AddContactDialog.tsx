import { useState } from 'react';
import { Field, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { queryKeys, type Contact } from '@interlog/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { FormDialog, SearchCombobox } from '@interlog/ui-kit';
import { useInterlog } from '@interlog/app-shell';

/** Puts one contact in the segment by hand, found by name, email or company. */
export function AddContactDialog({
  busy,
  error,
  onAdd,
  onCancel,
}: {
  busy: boolean;
  error: unknown;
  onAdd: (contact: Contact) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { api } = useInterlog();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<Contact | null>(null);
  const text = query.trim();
  const found = useQuery({
    queryKey: queryKeys.contacts.search(text),
    queryFn: () => (text.length >= 2 ? api.contacts.search(text, 20).then((p) => p.items) : Promise.resolve([])),
    placeholderData: keepPreviousData,
  });
  return (
    <FormDialog
      open
      title={t('segments.lines.addTitle')}
      submitLabel={t('segments.lines.add')}
      busy={busy}
      error={error}
      submitDisabled={!picked}
      submitDisabledReason={t('segments.lines.addDisabled')}
      onSubmit={() => picked && onAdd(picked)}
      onCancel={onCancel}
    >
      <Field label={t('segments.lines.findContact')} hint={t('segments.criteria.searchHint')}>
        <SearchCombobox
          freeform
          autoFocus
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setPicked(null);
          }}
          onOptionSelect={(_, d) => {
            const contact = found.data?.find((c) => c.no === d.optionValue) ?? null;
            setPicked(contact);
            if (contact) setQuery(`${contact.name} (${contact.no})`);
          }}
        >
          {(found.data ?? []).map((contact) => (
            <Option key={contact.no} value={contact.no} text={`${contact.name} (${contact.no})`}>
              {`${contact.name} (${contact.no})${contact.email ? ` · ${contact.email}` : ''}`}
            </Option>
          ))}
        </SearchCombobox>
      </Field>
    </FormDialog>
  );
}
