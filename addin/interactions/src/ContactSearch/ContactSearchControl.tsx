import { useEffect, useState } from 'react';
import { Option, makeStyles } from '@fluentui/react-components';
import { SearchCombobox } from '@interlog/ui-kit';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { Contact } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';

const useStyles = makeStyles({ control: { minWidth: 0, width: '100%' } });
const DEBOUNCE_MS = 300;

/** The contact search's combobox: its matches as the user types. */
export default function ContactSearchControl({ onAdd }: { onAdd: (contact: Contact) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api } = useInterlog();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);
  const found = useQuery({
    queryKey: ['contact-search', query],
    enabled: query.length >= 2,
    queryFn: async () => {
      const [byText, byNo] = await Promise.all([
        api.contacts.search(query, 10).then((page) => page.items),
        api.contacts.get(query.toUpperCase()).catch(() => null),
      ]);
      return [...(byNo ? [byNo] : []), ...byText.filter((c) => c.no !== byNo?.no)];
    },
  });
  const contacts = query.length >= 2 ? (found.data ?? []) : [];
  return (
    <SearchCombobox
      className={styles.control}
      freeform
      value={text}
      placeholder={t('people.searchPlaceholder')}
      onChange={(event) => setText(event.target.value)}
      onOptionSelect={(_, data) => {
        const contact = contacts.find((c) => c.no === data.optionValue);
        if (!contact) return;
        onAdd(contact);
        setText('');
      }}
    >
      {contacts.map((c) => (
        <Option key={c.no} value={c.no} text={c.name}>
          {[c.name, c.no, c.companyName || c.email].filter(Boolean).join(' · ')}
        </Option>
      ))}
      {query.length >= 2 && found.isSuccess && contacts.length === 0 && (
        <Option disabled value="" text="">
          {t('people.searchNone')}
        </Option>
      )}
    </SearchCombobox>
  );
}
