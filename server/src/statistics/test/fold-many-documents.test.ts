// A fold that rewrites many statistics documents at once ends, on the embedded FerretDB as on MongoDB.
// Its documents go in one bulkWrite; unpatched, FerretDB 1.24.2 hung on an update command of more than
// 100 statements that match documents (and every client with it): FerretDB patch 0005.
import { startTestApp } from '../../../../test/support/test-app';
import { testTenant } from '../../../../test/support/test-tenant';
import { withinTime } from '../../../../test/support/within-time';
import { interactionLogEntries, type KeyedDraft } from '../../interactions';
import { statisticsSettled } from '../index';
import { expectRecountEqual, recordsOfEntry } from './recount-oracle';

let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  app = await startTestApp({ label: 'statistics-fold-many' });
});
afterAll(() => app.stop());

const CONTACTS = 150;
const GIVE_UP_MS = 30_000;

test('When a fold rewrites the statistics of 150 contacts at once, then it ends, and they count every entry', async () => {
  const t = await testTenant(app);
  const template = await t.make.template();
  const first = await t.make.contact();
  const {
    entryNo: _no,
    createdAt: _at,
    ...model
  } = await t.make.interaction({
    contactNo: first.no,
    templateCode: template.code,
  });
  const contactNo = (i: number) => `FOLD${String(i).padStart(4, '0')}`;
  const contacts = Array.from({ length: CONTACTS }, (_, i) => ({ no: contactNo(i), name: `Fold ${i}` }));
  await t.make.ok(t.api.post('/contacts/batch', { contacts }));
  const round = (n: number): KeyedDraft[] =>
    Array.from({ length: CONTACTS }, (_, i) => ({
      requestKey: `fold-many:${n}:${i}`,
      draft: { ...model, contactNo: contactNo(i), contactName: `Fold ${i}`, subject: `Round ${n}` },
    }));
  await interactionLogEntries.insertNumbered(t.tid, round(1));
  await withinTime(statisticsSettled(), GIVE_UP_MS, 'the folds');

  // Every contact's statistics document exists now: the next fold replaces 150 of them in one bulkWrite.
  await interactionLogEntries.insertNumbered(t.tid, round(2));
  await withinTime(statisticsSettled(), GIVE_UP_MS, 'the folds');

  for (const i of [0, 99, 100, CONTACTS - 1])
    await expectRecountEqual(t, recordsOfEntry({ ...model, contactNo: contactNo(i) }));
});
