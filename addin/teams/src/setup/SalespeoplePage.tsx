import { useTranslation } from 'react-i18next';
import { queryKeys, versionOf, type Salesperson } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { CodeField, TextField } from './SetupFields';
import { SetupListPage } from './SetupListPage';
import { useSetupRecords } from './use-setup-records';
import { requireCode } from './validation';

type Draft = Salesperson;

/** Salespeople: who contacts, segments and interactions are assigned to. */
export function SalespeoplePage() {
  const { t } = useTranslation();
  const { api } = useInterlog();
  const records = useSetupRecords<Salesperson, Draft>({
    queryKey: queryKeys.salespeople,
    load: async () => (await api.salespeople.list()).items,
    codeOf: (person) => person.code,
    toDraft: (person) => ({ code: person?.code ?? '', name: person?.name ?? '', email: person?.email ?? '' }),
    validate: (draft, isNew) => requireCode(t, draft.code, isNew),
    save: (draft, original) => {
      const values = { name: draft.name.trim(), email: draft.email.trim() };
      return original
        ? api.setup.salespeople.patch(original.code, values, versionOf(original))
        : api.setup.salespeople.create({ code: draft.code.trim(), ...values });
    },
    sharesReferenceData: true,
  });
  return (
    <SetupListPage
      statistics="salespeople"
      id="setup-salespeople-heading"
      records={records}
      texts={{
        title: t('setup.nav.salespeople'),
        add: t('setup.salespeople.add'),
        empty: t('setup.salespeople.empty'),
        newTitle: t('setup.salespeople.newTitle'),
        editTitle: (code) => t('setup.salespeople.editTitle', { code }),
      }}
      columns={[
        { label: t('setup.form.code'), render: (person) => person.code },
        { label: t('setup.salespeople.name'), render: (person) => person.name, wide: true },
        { label: t('setup.salespeople.email'), render: (person) => person.email },
      ]}
      fields={({ draft, change, isNew, errors }) => (
        <>
          {isNew && <CodeField value={draft.code} onChange={(code) => change({ code })} error={errors.code} />}
          <TextField
            label={t('setup.salespeople.name')}
            value={draft.name}
            onChange={(name) => change({ name })}
            maxLength={100}
            error={errors.name}
            autoFocus={!isNew}
          />
          <TextField
            label={t('setup.salespeople.email')}
            type="email"
            value={draft.email}
            onChange={(email) => change({ email })}
            maxLength={254}
            error={errors.email}
          />
        </>
      )}
    />
  );
}
