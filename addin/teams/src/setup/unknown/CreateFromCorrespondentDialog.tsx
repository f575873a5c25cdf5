import { useState } from 'react';
import { Checkbox, Field, Input, Text, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CreateContactFromCorrespondentInput, UnknownCorrespondent } from '@interlog/api-client';
import { FormDialog } from '@interlog/ui-kit';

/** Mail services whose domain names no company (as the server decides). */
const PUBLIC_MAIL = /@(gmail|googlemail|outlook|hotmail|live|yahoo|icloud|gmx|mail|yandex|seznam)\./;

const useStyles = makeStyles({ address: { overflowWrap: 'anywhere' } });

/** Create contact, prefilled from the correspondent; it can also record the interactions kept for it. */
export function CreateFromCorrespondentDialog({
  correspondent,
  busy,
  error,
  onCreate,
  onCancel,
}: {
  correspondent: UnknownCorrespondent;
  busy: boolean;
  error: unknown;
  onCreate: (input: CreateContactFromCorrespondentInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { address, itemCount } = correspondent;
  const [name, setName] = useState(correspondent.name || address.split('@')[0]);
  const [recordMissed, setRecordMissed] = useState(true);
  const domain = address.split('@')[1] ?? '';
  return (
    <FormDialog
      open
      title={t('setup.unknown.createContact')}
      submitLabel={busy ? t('setup.unknown.creating') : t('setup.unknown.createContact')}
      busy={busy}
      error={error}
      submitDisabled={!name.trim()}
      onSubmit={() => onCreate({ name: name.trim(), recordMissed: recordMissed && itemCount > 0 })}
      onCancel={onCancel}
    >
      <Text weight="semibold" className={styles.address}>
        {address}
      </Text>
      <Field label={t('setup.unknown.contactName')} required>
        <Input value={name} maxLength={100} onChange={(_, d) => setName(d.value)} autoFocus />
      </Field>
      <Text>
        {PUBLIC_MAIL.test(address) ? t('setup.unknown.companyNone') : t('setup.unknown.companyHint', { domain })}
      </Text>
      {itemCount > 0 && (
        <Checkbox
          checked={recordMissed}
          onChange={(_, d) => setRecordMissed(Boolean(d.checked))}
          label={t('setup.unknown.recordMissed', { count: itemCount })}
        />
      )}
    </FormDialog>
  );
}
