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
      await createOrReplaceIndex(
        model.collection,
        fields as Record<string, 1 | -1>,
        options as Record<string, unknown>,
      );
    }
  }
}

const INDEX_OPTIONS_CONFLICT = new Set([85, 86]);

/** An index declared again with other options (say, a TTL added) replaces the one on the server. */
async function createOrReplaceIndex(
  collection: mongoose.Collection,
  fields: Record<string, 1 | -1>,
  options: Record<string, unknown>,
) {
  try {
    await collection.createIndex(fields, options);
  } catch (err) {
    if (!INDEX_OPTIONS_CONFLICT.has((err as { code?: number }).code ?? 0)) throw err;
    const existing = (await collection.listIndexes().toArray()).find(
      (index) => JSON.stringify(index.key) === JSON.stringify(fields),
    );
    if (!existing) throw err;
    await collection.dropIndex(existing.name as string);
    await collection.createIndex(fields, options);
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
