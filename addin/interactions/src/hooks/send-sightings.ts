import {
  createCorrespondentsApi,
  type InterlogApi,
  type KeptItemKind,
  type SightingsInput,
  type SightingsResult,
  type Source,
} from '@interlog/api-client';
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
  if (Object.keys(ids).length === 0) return null;
  const at = new Date(date);
  const when = Number.isNaN(at.getTime()) ? new Date() : at;
  return { kind: kindOf(source, direction), ...ids, subject: subject.slice(0, 250), date: when.toISOString() };
}

/** Reports the item's people who match no contact; loaded after Record is usable (not in the pane's first script). */
export async function sendSightings(
  api: InterlogApi,
  item: KeptItemContext,
  people: SightingsInput['people'],
): Promise<SightingsResult> {
  const sighted = sightedItem(item);
  if (!sighted) return { kept: [] };
  return createCorrespondentsApi(api.http).sighted({ item: sighted, people: people.slice(0, 100) });
}
