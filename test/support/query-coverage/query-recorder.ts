import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MongoClient } from 'mongodb';
import mongoose from 'mongoose';
import { QUERY_COMMANDS, shapesOfCommand, TEST_READ } from './query-shape';
import type { DeclaredIndexes } from './index-coverage';

/** Set by `npm test` for the api tier: where each jest worker writes the queries it saw. */
export const queryLogDir = () => process.env.INTERLOG_QUERY_LOG_DIR;

function declaredIndexes(): DeclaredIndexes {
  const declared: DeclaredIndexes = {};
  for (const model of Object.values(mongoose.models)) {
    declared[model.collection.collectionName] = model.schema
      .indexes()
      .map(([fields, options]) => ({ keys: Object.keys(fields), unique: Boolean(options?.unique) }));
  }
  return declared;
}

const seen = new Set<string>();

/** Writes the shape of every query this process sends (driver command monitoring), once each. */
export function recordQueries(client: MongoClient) {
  const dir = queryLogDir();
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `indexes-${process.pid}.json`), JSON.stringify(declaredIndexes()));
  const log = join(dir, `queries-${process.pid}.jsonl`);
  client.on('commandStarted', (event) => {
    if (!QUERY_COMMANDS.has(event.commandName) || event.command.comment === TEST_READ) return;
    for (const shape of shapesOfCommand(event.commandName, event.command as Record<string, unknown>)) {
      const line = JSON.stringify(shape);
      if (seen.has(line)) continue;
      seen.add(line);
      appendFileSync(log, line + '\n');
    }
  });
}
