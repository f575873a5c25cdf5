import { useMemo } from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import type { PersonMatch } from '@interlog/contact-matching';
import { sendSightings, type KeptItemContext } from '../hooks/send-sightings';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0 },
  item: { listStyleType: 'none', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/**
 * Tells the server about the item's people who match no contact (loaded once Record is usable), so that none is
 * lost, and says how many items Interlog keeps for each: they can be recorded when the address becomes a contact.
 */
export function KeptCorrespondents({ matches, item }: { matches: PersonMatch[]; item: KeptItemContext }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api } = useInterlog();
  const queryClient = useQueryClient();
  const people = useMemo(
    () =>
      matches
        .filter((m) => !m.contact && m.person.email.includes('@'))
        .map((m) => ({ address: m.person.email.toLowerCase(), name: m.person.name.slice(0, 100) })),
    [matches],
  );
  const { source, subject, date, direction } = item;
  const kept = useQuery({
    queryKey: [...queryKeys.unknownCorrespondents.all, 'sighted', source, subject, date, direction, people],
    queryFn: async () => {
      const result = await sendSightings(api, { source, subject, date, direction }, people);
      // The new-contact form reads an address's count: it has one more item now.
      for (const { address } of result.kept)
        void queryClient.invalidateQueries({ queryKey: queryKeys.unknownCorrespondents.one(address) });
      return result.kept;
    },
    enabled: people.length > 0,
    retry: false,
    staleTime: Infinity,
  });
  if (!kept.data?.length) return null;
  return (
    <ul className={styles.list} aria-label={t('people.unknown')}>
      {kept.data.map(({ address, itemCount }) => (
        <li key={address} className={styles.item}>
          <Caption1>
            {address}: {t('newContact.kept', { count: itemCount })}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
