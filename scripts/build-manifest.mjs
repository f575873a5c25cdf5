// Writes the unified app manifest, its localization files, the add-in-only XML manifest
// (interlog-outlook.xml, for Outlook on Mac and mobile) and the icons into dist/ (served at
// /manifest.json), or into the folder given as the first argument. PUBLIC_BASE_URL and
// AUTH_CLIENT_ID say where the app is hosted and which Entra app it signs in with.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
register();
const load = (file) => createRequire(import.meta.url)(join(root, 'manifest', file));
const { buildAppPackageFiles, addinIconFiles, manifestSettingsFromEnv } = load('app-manifest.ts');
const { buildXmlManifest, XML_MANIFEST_FILE } = load('xml-manifest.ts');

export function writeManifest(outDir = join(root, 'dist')) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const settings = manifestSettingsFromEnv(process.env, version);
  const files = { ...buildAppPackageFiles(settings), ...addinIconFiles() };
  const xmlManifest = { [XML_MANIFEST_FILE]: Buffer.from(buildXmlManifest(settings)) };
  for (const [name, content] of Object.entries({ ...files, ...xmlManifest })) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFileSync(join(outDir, name), content);
  }
  return { settings, files, xmlManifest };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = resolve(process.argv[2] ?? join(root, 'dist'));
  const { settings } = writeManifest(outDir);
  console.log(
    `[manifest] ${join(outDir, 'manifest.json')} and interlog-outlook.xml for ${settings.baseUrl}` +
      ` (client id ${settings.clientId})`,
  );
}
