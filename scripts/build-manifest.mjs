// Writes the unified app manifest, its localization files and icons into dist/ (served at
// /manifest.json). PUBLIC_BASE_URL and AUTH_CLIENT_ID say where the app is hosted.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
register();
const { buildAppPackageFiles, addinIconFiles, manifestSettingsFromEnv } = createRequire(import.meta.url)(join(root, 'manifest', 'app-manifest.ts'));

export function writeManifest(outDir = join(root, 'dist')) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const settings = manifestSettingsFromEnv(process.env, version);
  const files = { ...buildAppPackageFiles(settings), ...addinIconFiles() };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFileSync(join(outDir, name), content);
  }
  return { settings, files };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { settings } = writeManifest();
  console.log(`[manifest] dist/manifest.json for ${settings.baseUrl} (client id ${settings.clientId})`);
}
