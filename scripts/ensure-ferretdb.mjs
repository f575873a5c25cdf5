import { ensureFerretDB } from './ferretdb.mjs';

if (process.env.MONGODB_URI) {
  console.log('[ferretdb] MONGODB_URI is set: the embedded database is not needed.');
} else {
  console.log(`[ferretdb] ready: ${await ensureFerretDB()}`);
}
