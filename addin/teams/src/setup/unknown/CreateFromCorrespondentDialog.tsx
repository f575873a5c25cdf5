import { useState } from 'react';
import { Checkbox, Field, Input, Text, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type {
  Contact,
  CreateContactFromCorrespondentInput,
  InteractionGroup,
  InteractionTemplate,
  InteractionTemplateSetup,
  KeptItemKind,
  UnknownCorrespondent,
} from '@interlog/api-client';
import { TemplatePicker } from '@interlog/interactions';
import { ChoiceField, FormDialog } from '@interlog/ui-kit';

/** Mail services whose domain names no company (as the server decides). */
const PUBLIC_MAIL = /@(gmail|googlemail|outlook|hotmail|live|yahoo|icloud|gmx|mail|yandex|seznam)\./;
/** The company the server finds at the address domain, or makes. */
const FROM_DOMAIN = '*domain';

/** The companies to choose from, and the kinds of the kept items with the templates to record them with. */
export interface CreateChoices {
  companies: Contact[];
  kinds: KeptItemKind[];
  templates: InteractionTemplate[];
  groups: InteractionGroup[];
  templateSetup: InteractionTemplateSetup;
}

const defaultTemplates = (setup: InteractionTemplateSetup | undefined): Partial<Record<KeptItemKind, string>> => ({
  sent: setup?.emails,
  received: setup?.emailsReceived || setup?.emails,
  meeting: setup?.meetingInvitation,
});

const useStyles = makeStyles({ address: { overflowWrap: 'anywhere' } });

/**
 * Create contact, prefilled from the correspondent: its company (the domain's, none, or another) and, for
 * recording the interactions kept for it, a template per kind of item (the template setup's to start with).
 */
export function CreateFromCorrespondentDialog({
  correspondent,
  choices,
  busy,
  error,
  onCreate,
  onCancel,
}: {
  correspondent: UnknownCorrespondent;
  /** Undefined while they load. */
  choices?: CreateChoices;
  busy: boolean;
  error: unknown;
  onCreate: (input: CreateContactFromCorrespondentInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { address, itemCount } = correspondent;
  const domain = address.split('@')[1] ?? '';
  const publicMail = PUBLIC_MAIL.test(address);
  const [name, setName] = useState(correspondent.name || address.split('@')[0]);
  const [companyNo, setCompanyNo] = useState(publicMail ? '' : FROM_DOMAIN);
  const [recordMissed, setRecordMissed] = useState(true);
  const [picked, setPicked] = useState<Partial<Record<KeptItemKind, string>>>({});
  const defaults = defaultTemplates(choices?.templateSetup);
  const templateOf = (kind: KeptItemKind) => picked[kind] ?? defaults[kind] ?? '';
  const recording = recordMissed && itemCount > 0;
  const kinds = recording ? (choices?.kinds ?? []) : [];
  const companyChoices = [
    ...(publicMail ? [] : [{ value: FROM_DOMAIN, label: t('setup.unknown.companyFromDomain', { domain }) }]),
    { value: '', label: t('setup.unknown.noCompany') },
    ...(choices?.companies ?? []).map((c) => ({ value: c.no, label: `${c.name} (${c.no})` })),
  ];
  const companyHint =
    companyNo === FROM_DOMAIN
      ? t('setup.unknown.companyHint', { domain })
      : publicMail && companyNo === ''
        ? t('setup.unknown.companyNone')
        : undefined;

  const submit = () =>
    onCreate({
      name: name.trim(),
      ...(companyNo === FROM_DOMAIN ? {} : { companyNo }),
      recordMissed: recording,
      ...(kinds.length > 0 ? { templates: Object.fromEntries(kinds.map((kind) => [kind, templateOf(kind)])) } : {}),
    });

  return (
    <FormDialog
      open
      title={t('setup.unknown.createContact')}
      submitLabel={busy ? t('setup.unknown.creating') : t('setup.unknown.createContact')}
      busy={busy}
      error={error}
      submitDisabled={!name.trim() || kinds.some((kind) => !templateOf(kind))}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <Text weight="semibold" className={styles.address}>
        {address}
      </Text>
      <Field label={t('setup.unknown.contactName')} required>
        <Input value={name} maxLength={100} onChange={(_, d) => setName(d.value)} autoFocus />
      </Field>
      <ChoiceField
        label={t('setup.unknown.company')}
        value={companyNo}
        choices={companyChoices}
        onChange={setCompanyNo}
        hint={companyHint}
      />
      {itemCount > 0 && (
        <Checkbox
          checked={recordMissed}
          onChange={(_, d) => setRecordMissed(Boolean(d.checked))}
          label={t('setup.unknown.recordMissed', { count: itemCount })}
        />
      )}
      {choices &&
        kinds.map((kind) => (
          <TemplatePicker
            key={kind}
            label={t(`setup.unknown.templateFor.${kind}`)}
            templates={choices.templates}
            groups={choices.groups}
            value={templateOf(kind)}
            onChange={(template) => setPicked((was) => ({ ...was, [kind]: template.code }))}
          />
        ))}
    </FormDialog>
  );
}
