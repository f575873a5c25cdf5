import mongoose from 'mongoose';
import { testDatabaseUri, uniqueDbName } from '../../../../test/support/test-app';
import { connectDatabase, disconnectDatabase } from './connect';
import { insertInOrder } from './ordered-links';

const docs = () => mongoose.connection.db!.collection<{ _id: string; v?: number }>('insert_in_order');

beforeAll(async () => {
  await connectDatabase(testDatabaseUri(), uniqueDbName('insert_in_order'));
});
afterAll(async () => {
  await disconnectDatabase();
});

test('When documents of one insert are stored already, then they are kept as they are and the ones after them still go in, in order', async () => {
  await docs().insertMany([
    { _id: 'b', v: 1 },
    { _id: 'd', v: 1 },
  ]);

  await insertInOrder(docs() as never, [
    { _id: 'a' },
    { _id: 'b', v: 2 },
    { _id: 'c' },
    { _id: 'd', v: 2 },
    { _id: 'e' },
  ]);

  const stored = await docs()
    .find({ _id: { $gte: 'a', $lt: 'z' } })
    .sort({ _id: 1 })
    .toArray();
  expect(stored).toEqual([{ _id: 'a' }, { _id: 'b', v: 1 }, { _id: 'c' }, { _id: 'd', v: 1 }, { _id: 'e' }]);
});

test('When an insert fails for another reason than a stored document, then the error comes out', async () => {
  await expect(insertInOrder(docs() as never, [{ _id: 'f' }, { _id: 'g', $bad: 1 } as never])).rejects.toThrow();
});
