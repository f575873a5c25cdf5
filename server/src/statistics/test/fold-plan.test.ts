// The fold's arithmetic, without a database: an entry's current contribution less the one applied.
import { planFold } from '../domain/fold-plan';
import { appliedOf, contributionOf, type Applied, type EntryFacts } from '../domain/entry-contribution';

const entry = (o: Partial<EntryFacts> = {}): EntryFacts => ({
  _id: 't:1',
  entryNo: 1,
  contactNo: 'C1',
  contactCompanyNo: 'CO1',
  templateCode: 'T1',
  date: '2026-03-04T10:00:00.000Z',
  initiatedBy: 'us',
  cost: 2,
  durationMin: 5,
  evaluation: 'positive',
  ...o,
});
const none = { totals: new Map(), weeks: new Map() };

test('Folding an entry whose contribution was applied already changes no totals', () => {
  const e = entry();
  const first = planFold([e], new Map(), none);
  const again = planFold([e], new Map([[1, appliedOf(contributionOf(e))]]), first);
  expect(again.totals.size).toBe(0);
  expect(again.weeks.size).toBe(0);
  expect(again.applied.size).toBe(0);
});

test('A canceled entry takes back what it added, and is remembered as seen', () => {
  const e = entry();
  const first = planFold([e], new Map(), none);
  const canceled = planFold(
    [{ ...e, canceled: true }],
    new Map<number, Applied | null>([[1, appliedOf(contributionOf(e))]]),
    first,
  );
  expect(canceled.totals.get('template:T1')).toMatchObject({ n: 0, cost: 0, dur: 0, ev: {}, months: {} });
  expect(canceled.applied.get(1)).toBeNull();
  // A canceled entry still offers its date: Business Central's Date of Last Interaction does not filter on Canceled.
  expect(canceled.totals.get('contact:C1')?.last ?? first.totals.get('contact:C1')?.last).toEqual({
    at: '2026-03-04T10:00:00.000Z',
    entryNo: 1,
  });
});

test('When the entry holding a max date no longer offers it, then its record is recounted', () => {
  const e = entry();
  const first = planFold([e], new Map(), none);
  const failed = planFold([{ ...e, attemptFailed: true }], new Map([[1, appliedOf(contributionOf(e))]]), first);
  expect(failed.recount.sort()).toEqual(['company:CO1', 'contact:C1']);
});
