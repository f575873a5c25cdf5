import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import mongoose, { Schema } from 'mongoose';
import type { ICacheClient } from '@azure/msal-node';

const tokenCacheSchema = new Schema(
  {
    _id: { type: String, required: true },
    data: { type: String, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'graph_token_cache' },
);
/** Partitions older than this are dropped; MSAL's refresh tokens last at most 90 days. */
const STALE_AFTER_MS = 90 * 24 * 3_600_000;
// A TTL index on MongoDB; on FerretDB (no TTL) the purge worker drops stale partitions.
tokenCacheSchema.index({ updatedAt: 1 }, { expireAfterSeconds: STALE_AFTER_MS / 1000 });
const TokenCacheModel = mongoose.models.GraphTokenCache ?? mongoose.model('GraphTokenCache', tokenCacheSchema);

/**
 * MSAL's distributed token cache in the database, one partition per tenant and user, so
 * every API instance (and a restarted one) reuses a user's Graph tokens. The partitions are
 * encrypted (AES-256-GCM) with a key derived from `secret`.
 */
export function createTokenCacheStore(secret: string): ICacheClient {
  const key = Buffer.from(hkdfSync('sha256', secret, 'interlog', 'graph-token-cache', 32));
  const seal = (plain: string) => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  };
  const open = (sealed: string) => {
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  };
  return {
    async get(partition: string): Promise<string> {
      const doc = await TokenCacheModel.findById(partition).lean<{ data: string }>();
      if (!doc) return '';
      try {
        return open(doc.data);
      } catch {
        return ''; // sealed with another key (the secret was rotated): start afresh
      }
    },
    async set(partition: string, data: string): Promise<string> {
      await TokenCacheModel.updateOne(
        { _id: partition },
        { $set: { data: seal(data), updatedAt: new Date() } },
        { upsert: true },
      );
      return data;
    },
  };
}

/** Drops the partitions of users not seen for longer than a refresh token lives. */
export async function purgeStaleTokenCache(): Promise<number> {
  return (await TokenCacheModel.deleteMany({ updatedAt: { $lt: new Date(Date.now() - STALE_AFTER_MS) } })).deletedCount;
}
