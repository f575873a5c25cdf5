import { useEffect, useState } from 'react';
import { Button, Card, Dropdown, Field, Input, Option, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api-client/src/api-error';
import type { Contact } from '../../../api-client/src/resources';
import { useInterlog } from '../context/InterlogContext';
import { problemText } from '../StatusBar/problem-text';
import type { PersonAddress } from '../hooks/person-address';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface NewContactFormProps {
  person: PersonAddress;
  onCreated: (contact: Contact) => void;
  onCancel: () => void;
}

const domainOf = (email: string) => email.split('@')[1]?.toLowerCase() ?? '';

/** Creates a contact for an unknown address: name from the display name, company from the domain. */
export function NewContactForm({ person, onCreated, onCancel }: NewContactFormProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api } = useInterlog();
  const [name, setName] = useState(person.name === person.email ? '' : person.name);
  const [type, setType] = useState<'person' | 'company'>('person');
  const [companies, setCompanies] = useState<Contact[]>([]);
  const [companyNo, setCompanyNo] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const domain = domainOf(person.email);
    if (!domain) return;
    api.contacts.companiesAtDomain(domain).then(
      (page) => {
        setCompanies(page.items);
        if (page.items[0]) setCompanyNo(page.items[0].no);
      },
      () => setCompanies([]),
    );
  }, [api, person.email]);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const input = { name: name.trim(), email: person.email, type, ...(type === 'person' && companyNo ? { companyNo } : {}) };
      onCreated(await api.contacts.create(input, `contact:${person.email.toLowerCase()}`));
    } catch (caught) {
      const existing = caught instanceof ApiError && caught.problemName === 'idempotency-mismatch' ? (await api.contacts.findByEmail(person.email)).items[0] : undefined;
      if (existing) onCreated(existing);
      else setError(caught);
    } finally {
      setSaving(false);
    }
  };

  const company = companies.find((c) => c.no === companyNo);
  return (
    <Card className={styles.card} aria-label={t('newContact.title', { email: person.email })}>
      <Text weight="semibold">{t('newContact.title', { email: person.email })}</Text>
      <Field label={t('newContact.name')} required>
        <Input value={name} maxLength={100} onChange={(_, data) => setName(data.value)} autoFocus />
      </Field>
      <Field label={t('newContact.type')}>
        <Dropdown value={t(`contactType.${type}`)} selectedOptions={[type]} onOptionSelect={(_, data) => setType(data.optionValue as 'person' | 'company')}>
          <Option value="person">{t('contactType.person')}</Option>
          <Option value="company">{t('contactType.company')}</Option>
        </Dropdown>
      </Field>
      {type === 'person' && (
        <Field label={t('newContact.company')} hint={company ? t('newContact.companyFromDomain') : undefined}>
          <Dropdown value={company?.name ?? t('newContact.noCompany')} selectedOptions={[companyNo]} onOptionSelect={(_, data) => setCompanyNo(data.optionValue ?? '')}>
            <Option value="">{t('newContact.noCompany')}</Option>
            {companies.map((c) => (
              <Option key={c.no} value={c.no}>{c.name}</Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {error !== null && <Text role="alert" className={styles.error}>{problemText(t, error)}</Text>}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!name.trim() || saving} onClick={() => void save()} icon={saving ? <Spinner size="tiny" /> : undefined}>
          {saving ? t('newContact.saving') : t('newContact.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </Card>
  );
}
