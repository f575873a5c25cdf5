import mongoose from 'mongoose';
import { testDatabaseUri, uniqueDbName } from '../../../../test/support/test-app';
import { connectDatabase, disconnectDatabase } from './connect';
import { insertManyInChunks } from './insert-many-in-chunks';
import { isDuplicateKeyError } from './duplicate-key';

const rows = () => mongoose.connection.collection('chunked_rows');
const docs = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ _id: `r${from + i}`, no: from + i }));
const stored = async () => (await rows().find().toArray()).map((r) => r.no as number).sort((a, b) => a - b);

beforeAll(async () => {
  await connectDatabase(testDatabaseUri(), uniqueDbName('chunks'));
  await rows().createIndex({ no: 1 }, { unique: true });
});
beforeEach(async () => {
  await rows().deleteMany({});
});
afterAll(async () => {
  await disconnectDatabase();
});

describe('insertManyInChunks: one bulk write in inserts of a given size', () => {
  test('When 25 documents go in chunks of 10, then all 25 are stored', async () => {
    await insertManyInChunks(rows(), docs(0, 25), 10);
    expect(await stored()).toEqual(docs(0, 25).map((d) => d.no));
  });

  test('When documents of the second and third chunks collide, then the rest go in and the error names them by their place in the whole', async () => {
    await insertManyInChunks(
      rows(),
      [
        { _id: 'other12', no: 12 },
        { _id: 'other21', no: 21 },
      ],
      10,
    );
    const error = await insertManyInChunks(rows(), docs(0, 25), 10).catch((e: unknown) => e);

    expect(isDuplicateKeyError(error)).toBe(true);
    expect((error as { writeErrors: Array<{ index: number }> }).writeErrors.map((w) => w.index)).toEqual([12, 21]);
    expect((await stored()).length).toBe(25);
  });

  test('When an insert fails for another reason, then that error is thrown at once', async () => {
    const broken = new Error('disk full');
    const failing = { insertMany: jest.fn().mockRejectedValue(broken) } as unknown as mongoose.Collection;

    await expect(insertManyInChunks(failing, docs(0, 25), 10)).rejects.toBe(broken);
    expect(failing.insertMany).toHaveBeenCalledTimes(1);
  });
});
