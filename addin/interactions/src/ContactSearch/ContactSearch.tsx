import { Suspense } from 'react';
import { Field, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { InputStandIn, lazyPart } from '@interlog/ui-kit';
import type { Contact } from '@interlog/api-client';

// A combobox with a positioned popup: the pane's first paint goes without it.
const ContactSearchControl = lazyPart(() => import('./ContactSearchControl'));
export const loadContactSearch = ContactSearchControl.load;

const useStyles = makeStyles({ control: { minWidth: 0, width: '100%' } });

/** Finds any contact by name, email or number, to record for someone who is not on the item. */
export function ContactSearch({ onAdd }: { onAdd: (contact: Contact) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Field label={t('people.search')}>
      <Suspense fallback={<InputStandIn className={styles.control} placeholder={t('people.searchPlaceholder')} />}>
        <ContactSearchControl onAdd={onAdd} />
      </Suspense>
    </Field>
  );
}
