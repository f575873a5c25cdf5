import mongoose from 'mongoose';
import { installTransientRetry } from './transient-retry';

mongoose.set('strictQuery', true);
mongoose.set('autoIndex', false);

/**
 * FerretDB's SQLite backend answers every filter but `_id` by scanning, so a secondary
 * index there only slows writes down; its unique indexes still guard numbers and keys.
 * MongoDB gets every declared index.
 */
async function createIndexes(uniqueOnly: boolean) {
  for (const model of Object.values(mongoose.models)) {
    for (const [fields, options] of model.schema.indexes()) {
      if (uniqueOnly && !options?.unique) continue;
      await model.collection.createIndex(fields as Record<string, 1 | -1>, options as Record<string, unknown>);
    }
  }
}

export async function isFerretDB(): Promise<boolean> {
  const info = await mongoose.connection.db!.admin().command({ buildInfo: 1 });
  return typeof info.ferretdbVersion === 'string';
}

export async function connectDatabase(uri: string, dbName?: string, options: { monitorCommands?: boolean } = {}) {
  installTransientRetry();
  await mongoose.connect(uri, {
    ...(dbName ? { dbName } : {}),
    monitorCommands: options.monitorCommands ?? false,
    serverSelectionTimeoutMS: 10_000,
    retryWrites: false,
  });
  await createIndexes(await isFerretDB());
  return mongoose.connection;
}

export async function disconnectDatabase() {
  await mongoose.disconnect();
}

export async function pingDatabase(): Promise<boolean> {
  try {
    const db = mongoose.connection.db;
    if (!db || mongoose.connection.readyState !== 1) return false;
    await db.admin().command({ ping: 1 });
    return true;
  } catch {
    return false;
  }
}
