import { createLookupChain } from '../../lib/db/lookup-chain';
import { cursorBatches } from '../../lib/db/cursor-batches';
import { matchesFilter } from '../../lib/db/match-filter';
import { InteractionLogEntryModel } from './interaction-log-entry-model';

const chain = createLookupChain('entry-by-message', {
  async *backfill(tenantId) {
    const rows = InteractionLogEntryModel.find(
      { tenantId, 'source.internetMessageId': { $gt: '' } },
      { _id: 1, 'source.internetMessageId': 1 },
    )
      .lean<{ _id: string; source: { internetMessageId: string } }>()
      .cursor({ batchSize: 1000 });
    for await (const batch of cursorBatches(rows, 1000))
      yield batch.map((row) => ({ key: row.source.internetMessageId, target: row._id }));
  },
});

interface WithSource {
  _id: string;
  source?: { internetMessageId?: string } | null;
}

/**
 * The entries of one email (source.internetMessageId), found through a lookup kept on every write
 * that gives an entry a message id: the pane's "already recorded" check and the create path's
 * entry for the same email read a handful of documents by `_id` instead of scanning the log.
 */
export const entriesByMessage = {
  /** Links the entries that carry a message id to it. */
  link: (tenantId: string, docs: WithSource[]) =>
    chain.addMany(
      tenantId,
      docs.flatMap((doc) =>
        doc.source?.internetMessageId ? [{ key: doc.source.internetMessageId, target: doc._id }] : [],
      ),
    ),

  /**
   * The entries of the message that match `filter`, newest first, at most `limit`; undefined when
   * the filter is one the lookup cannot answer (the caller queries the collection then).
   */
  async find<T>(
    tenantId: string,
    internetMessageId: string,
    filter: Record<string, unknown>,
    projection: Record<string, 0>,
    limit: number,
  ): Promise<T[] | undefined> {
    const ids = await chain.targets(tenantId, internetMessageId);
    const docs = await Promise.all(ids.map((_id) => InteractionLogEntryModel.findOne({ _id }).lean<T>()));
    const rows: Record<string, unknown>[] = [];
    for (const doc of docs as Array<Record<string, unknown> | null>) {
      if (!doc) continue;
      const match = matchesFilter(doc, filter);
      if (match === undefined) return undefined;
      if (match) rows.push(doc);
    }
    rows.sort((a, b) => (b.entryNo as number) - (a.entryNo as number));
    return rows.slice(0, limit).map((row) => {
      const out = { ...row };
      for (const field of Object.keys(projection)) delete out[field];
      return out as T;
    });
  },
};
