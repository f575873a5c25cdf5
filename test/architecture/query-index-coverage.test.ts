import { shapesOfCommand } from '../support/query-coverage/query-shape';
import { checkQueries, servingIndex } from '../support/query-coverage/index-coverage';

const find = (filter: Record<string, unknown>, sort?: Record<string, number>, limit?: number) =>
  shapesOfCommand('find', { find: 'entries', filter, ...(sort ? { sort: new Map(Object.entries(sort)) } : {}), limit });
const index = (...keys: string[]) => ({ keys, unique: false });
const ENTRY_INDEXES = [
  index('tenantId', 'entryNo'),
  index('tenantId', 'contactNo', 'entryNo'),
  index('tenantId', 'date'),
];

describe('every query the suites send names its tenant and is served by a declared index', () => {
  test('a lookup by _id needs no other index', () => {
    expect(servingIndex(find({ _id: 't1:42' })[0], [])).toEqual(['_id']);
  });

  test('a filter on the tenant and a field is served by an index on both', () => {
    expect(servingIndex(find({ tenantId: 't1', contactNo: 'C1' })[0], ENTRY_INDEXES)).toEqual(ENTRY_INDEXES[1].keys);
  });

  test('an index on the tenant alone does not serve a filter on another field', () => {
    expect(servingIndex(find({ tenantId: 't1', 'source.itemId': 'x' })[0], ENTRY_INDEXES)).toBeNull();
  });

  test('a sort is served by the index key that follows the equalities', () => {
    const timeline = find({ tenantId: 't1', contactNo: 'C1' }, { entryNo: -1 }, 50)[0];
    expect(servingIndex(timeline, ENTRY_INDEXES)).toEqual(ENTRY_INDEXES[1].keys);
  });

  test('a date range sorted by entry number is not served by the date index without a limit', () => {
    const range = find({ tenantId: 't1', date: { $gte: new Date(0) } }, { entryNo: 1 })[0];
    expect(servingIndex(range, ENTRY_INDEXES)).toBeNull();
  });

  test('a paged walk of the tenant in sort order serves a page with a residual filter', () => {
    const page = find({ tenantId: 't1', canceled: { $ne: true } }, { entryNo: -1 }, 50)[0];
    expect(servingIndex(page, ENTRY_INDEXES)).toEqual(ENTRY_INDEXES[0].keys);
  });

  test('an unanchored regex is no index seek, an anchored one is', () => {
    const indexes = [index('tenantId', 'searchText')];
    expect(servingIndex(find({ tenantId: 't1', searchText: /ann/ })[0], indexes)).toBeNull();
    expect(servingIndex(find({ tenantId: 't1', searchText: /^ann/ })[0], indexes)).toEqual(indexes[0].keys);
  });

  test('a unique index pinned whole serves any further filter (one document at most)', () => {
    const setup = find({ tenantId: 't1', emails: 'EMAIL' })[0];
    expect(servingIndex(setup, [{ keys: ['tenantId'], unique: true }])).toEqual(['tenantId']);
    expect(servingIndex(setup, [{ keys: ['tenantId'], unique: false }])).toBeNull();
  });

  test('each $or branch must be served on its own', () => {
    const shapes = find({ tenantId: 't1', $or: [{ contactNo: 'C1' }, { 'source.itemId': 'x' }] });
    expect(shapes).toHaveLength(2);
    expect(shapes.map((shape) => servingIndex(shape, ENTRY_INDEXES) !== null)).toEqual([true, false]);
  });

  test('a query without tenant or _id is reported unless allowed with a reason, and still needs its index', () => {
    const queue = shapesOfCommand('find', { find: 'queue', filter: { status: 'due' } });
    expect(checkQueries(queue, { queue: [index('status')] }, [])).toEqual([
      { shape: queue[0], problem: 'names-no-tenant' },
    ]);
    const allowed = [{ collection: 'queue', fields: 'status', why: 'the worker claims across tenants' }];
    expect(checkQueries(queue, { queue: [index('status')] }, allowed)).toEqual([]);
    expect(checkQueries(queue, { queue: [] }, allowed)).toEqual([{ shape: queue[0], problem: 'no-index' }]);
  });

  test('updates, deletes and aggregations are checked by their filters', () => {
    const update = shapesOfCommand('update', {
      update: 'entries',
      updates: [{ q: { tenantId: 't1', x: 1 }, multi: true }],
    });
    const remove = shapesOfCommand('delete', { delete: 'entries', deletes: [{ q: { tenantId: 't1' }, limit: 0 }] });
    const count = shapesOfCommand('aggregate', { aggregate: 'entries', pipeline: [{ $match: { tenantId: 't1' } }] });
    expect(
      checkQueries([...update, ...remove, ...count], { entries: ENTRY_INDEXES }, []).map((p) => p.problem),
    ).toEqual(['no-index']);
  });
});
