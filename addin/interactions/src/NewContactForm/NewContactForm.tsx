import {
  Button,
  Caption1,
  Card,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@interlog/api-client';
import { problemText, ProblemBar } from '@interlog/ui-kit';
import type { PersonAddress } from '@interlog/contact-matching';
import { OutlookSearch } from './OutlookSearch';
import { useNewContactForm, type ContactType } from './use-new-contact-form';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface NewContactFormProps {
  person: PersonAddress;
  /** `recordedMissed`: the kept items of the address recorded with it (this item among them, usually). */
  onCreated: (contact: Contact, recordedMissed: number) => void;
  onCancel: () => void;
}

/**
 * Creates a contact for an unknown address: name, company and phone from the user's Outlook
 * when it knows the address (or from what the user finds there), else the display name and
 * the company at the address domain.
 */
export function NewContactForm({ person, onCreated, onCancel }: NewContactFormProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const form = useNewContactForm(person, onCreated);
  const { keptCount } = form;
  const { company, outlook } = form;
  const companyHint = company.outlookOnly
    ? t('newContact.companyOnlyInOutlook', { company: company.outlookOnly })
    : company.source === 'outlook'
      ? t('newContact.companyFromOutlook')
      : company.source === 'domain'
        ? t('newContact.companyFromDomain')
        : undefined;

  return (
    <Card className={styles.card} aria-label={t('newContact.title', { email: person.email })}>
      <Text weight="semibold">{t('newContact.title', { email: person.email })}</Text>
      {outlook.available && (
        <OutlookSearch
          query={outlook.query}
          onQueryChange={outlook.setQuery}
          results={outlook.results}
          searching={outlook.searching}
          onPick={form.pick}
        />
      )}
      <ProblemBar error={outlook.problem} onDismiss={outlook.dismissProblem} />
      {form.filledFrom && (
        <Caption1 role="status">
          {form.filledFrom === 'contacts' ? t('newContact.filledFromContacts') : t('newContact.filledFromPeople')}
        </Caption1>
      )}
      <Field label={t('newContact.name')} required>
        <Input value={form.name} maxLength={100} onChange={(_, data) => form.setName(data.value)} autoFocus />
      </Field>
      <Field label={t('newContact.type')}>
        <Dropdown
          value={t(`contactType.${form.type}`)}
          selectedOptions={[form.type]}
          onOptionSelect={(_, data) => form.setType(data.optionValue as ContactType)}
        >
          <Option value="person">{t('contactType.person')}</Option>
          <Option value="company">{t('contactType.company')}</Option>
        </Dropdown>
      </Field>
      {form.type === 'person' && (
        <Field label={t('newContact.company')} hint={companyHint}>
          <Dropdown
            value={company.company?.name ?? t('newContact.noCompany')}
            selectedOptions={[company.companyNo]}
            onOptionSelect={(_, data) => company.choose(data.optionValue ?? '')}
          >
            <Option value="">{t('newContact.noCompany')}</Option>
            {company.companies.map((c) => (
              <Option key={c.no} value={c.no}>
                {c.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Field label={t('newContact.phone')}>
        <Input type="tel" value={form.phone} maxLength={30} onChange={(_, data) => form.setPhone(data.value)} />
      </Field>
      {keptCount > 0 && (
        <>
          <Caption1>{t('newContact.kept', { count: keptCount })}</Caption1>
          <Checkbox
            checked={form.recordMissed}
            onChange={(_, data) => form.setRecordMissed(Boolean(data.checked))}
            label={t('newContact.recordMissed', { count: keptCount })}
          />
        </>
      )}
      {form.error !== null && (
        <Text role="alert" className={styles.error}>
          {problemText(t, form.error)}
        </Text>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!form.name.trim() || form.saving}
          onClick={() => void form.save()}
          icon={form.saving ? <Spinner size="tiny" /> : undefined}
        >
          {form.saving ? t('newContact.saving') : t('newContact.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </Card>
  );
}
