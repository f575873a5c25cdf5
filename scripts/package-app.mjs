// `npm run package`: the Microsoft 365 app package (manifest, localizations, icons) as
// dist/interlog-app.zip, ready to upload in Teams admin center or the Microsoft 365 admin center.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { writeManifest } from './build-manifest.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function packageApp(outFile = join(root, 'dist', 'interlog-app.zip')) {
  const { files, settings } = writeManifest();
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) if (!name.startsWith('icons/')) zip.file(name, content);
  writeFileSync(outFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { outFile, settings };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { outFile, settings } = await packageApp();
  console.log(`[package] ${outFile} for ${settings.baseUrl}`);
}
