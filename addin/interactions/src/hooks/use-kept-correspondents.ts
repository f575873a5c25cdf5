import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { queryKeys, type KeptItemKind, type SightingsInput, type Source } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import type { PersonMatch } from '@interlog/contact-matching';
import type { ItemDirection } from '../InteractionFields/interaction-values';

export interface KeptItemContext {
  source: Source;
  subject: string;
  date: string;
  direction?: ItemDirection;
}

const kindOf = (source: Source, direction?: ItemDirection): KeptItemKind =>
  source.type === 'meeting' ? 'meeting' : direction === 'inbound' ? 'received' : 'sent';

function sightedItem({ source, subject, date, direction }: KeptItemContext): SightingsInput['item'] | null {
  const ids = {
    ...(source.internetMessageId ? { internetMessageId: source.internetMessageId } : {}),
    ...(source.iCalUId ? { iCalUId: source.iCalUId } : {}),
    ...(source.itemId ? { itemId: source.itemId } : {}),
  };
  const at = new Date(date);
  if (Object.keys(ids).length === 0) return null;
  const when = Number.isNaN(at.getTime()) ? new Date() : at;
  return { kind: kindOf(source, direction), ...ids, subject: subject.slice(0, 250), date: when.toISOString() };
}

/**
 * Tells the server about the item's people who match no contact, once the matches are known (after the form is
 * usable), so that none is lost; answers how many items each such address has kept (address in lower case → count).
 */
export function useKeptCorrespondents(
  matches: PersonMatch[] | null,
  item: KeptItemContext,
): ReadonlyMap<string, number> {
  const { api } = useInterlog();
  const unknown = useMemo(
    () =>
      (matches ?? [])
        .filter((m) => !m.contact && m.person.email.includes('@'))
        .map((m) => ({ address: m.person.email.toLowerCase(), name: m.person.name.slice(0, 100) })),
    [matches],
  );
  const sighted = sightedItem(item);
  const query = useQuery({
    queryKey: [...queryKeys.unknownCorrespondents.all, 'sighted', sighted, unknown],
    queryFn: () => api.unknownCorrespondents.sighted({ item: sighted!, people: unknown.slice(0, 100) }),
    enabled: sighted !== null && unknown.length > 0,
    retry: false,
    staleTime: Infinity,
  });
  return useMemo(() => new Map((query.data?.kept ?? []).map((k) => [k.address, k.itemCount])), [query.data]);
}
