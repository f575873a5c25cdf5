import mongoose, { Schema } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { testDatabaseUri, uniqueDbName } from '../../../../test/support/test-app';
import { AppError } from '../errors/app-error';
import { connectDatabase, disconnectDatabase } from './connect';
import { updateVersioned } from './versioned-update';

const RecordModel =
  mongoose.models.VersionedProbe ??
  mongoose.model(
    'VersionedProbe',
    new Schema({ _id: String, name: String, version: Number }, { versionKey: false, collection: 'versioned_probe' }),
  );
const write = (ifMatch?: number) => ({ what: 'Probe', key: 'P', ifMatch });
const stored = (id: string) => RecordModel.findById(id).lean<{ name: string; version?: number }>();

async function newRecord(fields: Record<string, unknown> = {}) {
  const id = randomUUID();
  await RecordModel.collection.insertOne({ _id: id, name: 'first', ...fields } as never);
  return id;
}

const refused = (error: unknown) => error instanceof AppError && error.status === 412;

beforeAll(async () => {
  await connectDatabase(testDatabaseUri(), uniqueDbName('versioned'));
});
afterAll(async () => {
  await disconnectDatabase();
});

describe('updateVersioned', () => {
  test('When twenty writers send the same If-Match at once, then exactly one is applied and the others are refused (FerretDB included)', async () => {
    const id = await newRecord({ version: 4 });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => updateVersioned(RecordModel, { _id: id }, { name: `w${i}` }, write(4))),
    );
    const applied = outcomes.filter((o) => o.status === 'fulfilled');
    expect(applied).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'rejected' && refused(o.reason))).toHaveLength(19);
    const winner = outcomes.indexOf(applied[0]);
    expect(await stored(id)).toMatchObject({ name: `w${winner}`, version: 5 });
  });

  test('When the version named is older than the record, then it is refused with 412 and nothing changes', async () => {
    const id = await newRecord({ version: 2 });
    await expect(updateVersioned(RecordModel, { _id: id }, { name: 'late' }, write(1))).rejects.toMatchObject({
      status: 412,
      name: 'precondition-failed',
    });
    expect(await stored(id)).toMatchObject({ name: 'first', version: 2 });
  });

  test('When a record stored before versions were kept is written with If-Match 0, then it is applied as version 1', async () => {
    const id = await newRecord();
    expect(await updateVersioned(RecordModel, { _id: id }, { name: 'second' }, write(0))).toBe(true);
    expect(await stored(id)).toMatchObject({ name: 'second', version: 1 });
  });

  test('When no If-Match is given, then the last writer wins and every write counts the version up', async () => {
    const id = await newRecord({ version: 7 });
    await Promise.all(['a', 'b', 'c'].map((name) => updateVersioned(RecordModel, { _id: id }, { name }, write())));
    expect((await stored(id))?.version).toBe(10);
  });

  test('When the record does not exist, then the write reports it missing and creates nothing', async () => {
    const id = randomUUID();
    expect(await updateVersioned(RecordModel, { _id: id }, { name: 'x' }, write(3))).toBe(false);
    expect(await updateVersioned(RecordModel, { _id: id }, { name: 'x' }, write())).toBe(false);
    expect(await stored(id)).toBeNull();
  });

  test('When a setup record that was never written is put with If-Match 0 by two writers at once, then one creates it and the other is refused', async () => {
    const id = randomUUID();
    const outcomes = await Promise.allSettled(
      ['a', 'b'].map((name) =>
        updateVersioned(RecordModel, { _id: id }, { name }, { ...write(0), upsert: { tenantId: 't' } }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'rejected' && refused(o.reason))).toHaveLength(1);
    expect((await stored(id))?.version).toBe(1);
  });
});
