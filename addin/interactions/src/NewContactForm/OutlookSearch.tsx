import { Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { SearchCombobox } from '@interlog/ui-kit';
import { SearchRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { PersonSuggestion } from '@interlog/api-client';
import { MAX_SEARCH_LENGTH } from './use-outlook-suggestions';

const useStyles = makeStyles({
  option: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

export interface OutlookSearchProps {
  query: string;
  onQueryChange: (query: string) => void;
  results: PersonSuggestion[];
  searching: boolean;
  onPick: (suggestion: PersonSuggestion) => void;
}

/**
 * "Find in Outlook": the user's Outlook contacts and correspondents; who is a contact already is shown, not offered.
 */
export function OutlookSearch({ query, onQueryChange, results, searching, onPick }: OutlookSearchProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const status = searching
    ? t('newContact.searchingOutlook')
    : query.trim().length >= 2 && results.length === 0
      ? t('newContact.nothingInOutlook')
      : '';
  return (
    <Field label={t('newContact.findInOutlook')} hint={t('newContact.findInOutlookHint')}>
      <SearchCombobox
        freeform
        expandIcon={<SearchRegular />}
        value={query}
        maxLength={MAX_SEARCH_LENGTH}
        onChange={(event) => onQueryChange(event.target.value)}
        onOptionSelect={(_, data) => {
          const picked = results.find((s) => s.email === data.optionValue && s.contactNo === null);
          if (!picked) return;
          onPick(picked);
          onQueryChange('');
        }}
      >
        {status && (
          <Option disabled value="" text={status}>
            {status}
          </Option>
        )}
        {results.map((s) => (
          <Option key={s.email} value={s.email} text={s.name} disabled={s.contactNo !== null}>
            <span className={styles.option}>
              <span>{s.contactNo ? `${s.name} · ${t('people.known', { no: s.contactNo })}` : s.name}</span>
              <span className={styles.secondary}>
                {[s.email, s.companyName, s.jobTitle].filter(Boolean).join(' · ')}
              </span>
            </span>
          </Option>
        ))}
      </SearchCombobox>
    </Field>
  );
}
