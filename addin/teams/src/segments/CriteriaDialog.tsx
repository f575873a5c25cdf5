import { useState } from 'react';
import { Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Contact, CriteriaAction, CriteriaFilter, Salesperson } from '@interlog/api-client';
import { ChoiceField, FormDialog } from '@interlog/ui-kit';

export interface CriteriaDialogProps {
  action: CriteriaAction;
  companies: Contact[];
  salespeople: Salesperson[];
  busy: boolean;
  error: unknown;
  onApply: (filter: CriteriaFilter, allowExisting: boolean) => void;
  onCancel: () => void;
}

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
    '> *': { minWidth: 0 },
  },
});

type Draft = {
  type: '' | 'person' | 'company';
  companyNo: string;
  salespersonCode: string;
  search: string;
  emailDomain: string;
};

function filterOf(draft: Draft): CriteriaFilter {
  const filter: CriteriaFilter = {};
  if (draft.type) filter.type = draft.type;
  if (draft.companyNo) filter.companyNo = draft.companyNo;
  if (draft.salespersonCode) filter.salespersonCode = draft.salespersonCode;
  if (draft.search.trim()) filter.search = draft.search.trim();
  if (draft.emailDomain.trim()) filter.emailDomain = draft.emailDomain.trim().replace(/^@/, '');
  return filter;
}

/** Business Central's Add/Reduce/Refine Contacts: the contacts (or lines) matching every criterion given. */
export function CriteriaDialog({
  action,
  companies,
  salespeople,
  busy,
  error,
  onApply,
  onCancel,
}: CriteriaDialogProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft>({
    type: '',
    companyNo: '',
    salespersonCode: '',
    search: '',
    emailDomain: '',
  });
  const [allowExisting, setAllowExisting] = useState(false);
  const filter = filterOf(draft);
  const any = t('segments.criteria.any');
  return (
    <FormDialog
      open
      title={t(`segments.criteria.title.${action}`)}
      submitLabel={t(`segments.criteria.apply.${action}`)}
      busy={busy}
      error={error}
      submitDisabled={Object.keys(filter).length === 0}
      onSubmit={() => onApply(filter, allowExisting)}
      onCancel={onCancel}
    >
      <div className={styles.grid}>
        <ChoiceField
          label={t('segments.criteria.type')}
          value={draft.type}
          choices={[
            { value: '', label: any },
            { value: 'person', label: t('contactType.person') },
            { value: 'company', label: t('contactType.company') },
          ]}
          onChange={(type) => setDraft({ ...draft, type })}
        />
        <ChoiceField
          label={t('segments.criteria.company')}
          value={draft.companyNo}
          choices={[
            { value: '', label: any },
            ...companies.map((c) => ({ value: c.no, label: `${c.name} (${c.no})` })),
          ]}
          onChange={(companyNo) => setDraft({ ...draft, companyNo })}
        />
        <ChoiceField
          label={t('form.salesperson')}
          value={draft.salespersonCode}
          choices={[
            { value: '', label: any },
            ...salespeople.map((s) => ({ value: s.code, label: `${s.name} (${s.code})` })),
          ]}
          onChange={(salespersonCode) => setDraft({ ...draft, salespersonCode })}
        />
        <Field label={t('segments.criteria.search')} hint={t('segments.criteria.searchHint')}>
          <Input value={draft.search} maxLength={100} onChange={(_, d) => setDraft({ ...draft, search: d.value })} />
        </Field>
        <Field label={t('segments.criteria.emailDomain')}>
          <Input
            value={draft.emailDomain}
            maxLength={253}
            onChange={(_, d) => setDraft({ ...draft, emailDomain: d.value })}
          />
        </Field>
      </div>
      {action === 'add' && (
        <Checkbox
          checked={allowExisting}
          onChange={(_, d) => setAllowExisting(Boolean(d.checked))}
          label={t('segments.criteria.allowExisting')}
        />
      )}
    </FormDialog>
  );
}
