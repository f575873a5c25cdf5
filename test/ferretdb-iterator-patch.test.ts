// FerretDB does not track its in-memory document iterators outside debug builds.
// Unpatched, FerretDB 1.24.2 registers every iterator over a document's or an array's fields in
// a runtime/pprof profile (with the caller's stack) and gives it a finalizer: about a fifth of
// its CPU time when reading segment lines. scripts/ferretdb-patches/0003-types-iterator-tracking.patch
// tracks them in debug builds only. The tracked profiles are listed by FerretDB's pprof index,
// so this suite fails on a build without the patch and passes with it.
import { ownFerretDBSuite } from './support/own-ferretdb';

jest.setTimeout(120_000);

const own = ownFerretDBSuite('iterator-patch', { debug: true });

/** The names of the resource profiles FerretDB tracks (its pprof index lists one per tracked type). */
async function trackedTypes(): Promise<string[]> {
  const index = await (await fetch(`http://127.0.0.1:${own.debugPort}/debug/pprof/`)).text();
  return [...new Set(index.match(/FerretDB\/[\w.]+/g) ?? [])];
}

test('When documents with arrays and subdocuments are written, read, filtered and projected, then FerretDB tracks no document or array iterator, and the documents come back whole', async () => {
  const collection = own.client
    .db('iterator_patch')
    .collection<{ _id: string; tags: string[]; address: object }>('docs');
  const docs = Array.from({ length: 50 }, (_, i) => ({
    _id: `doc:${String(i).padStart(3, '0')}`,
    tags: ['a', `t${i % 3}`],
    address: { city: `City ${i}`, lines: ['x', 'y'] },
  }));
  await collection.insertMany(docs);
  await collection.updateMany({ tags: 't1' }, { $set: { 'address.city': 'Changed' } });

  const read = await collection
    .find({ _id: { $gte: 'doc:', $lt: 'doc;' } }, { projection: { tags: 1, address: 1 } })
    .toArray();
  const filtered = await collection.countDocuments({ 'address.lines': 'y', tags: 't2' });

  expect(read).toHaveLength(50);
  expect(read[4]).toEqual({ _id: 'doc:004', tags: ['a', 't1'], address: { city: 'Changed', lines: ['x', 'y'] } });
  expect(read[5]).toEqual(docs[5]);
  expect(filtered).toBe(docs.filter((d) => d.tags.includes('t2')).length);
  const tracked = await trackedTypes();
  // The debug handler lists the other tracked resources (cursors, SQLite rows): it is the list the patch changes.
  expect(tracked).toContain('FerretDB/sqlite.queryIterator');
  expect(tracked).not.toContain('FerretDB/types.documentIterator');
  expect(tracked).not.toContain('FerretDB/types.arrayIterator');
});
