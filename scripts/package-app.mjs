// `npm run package`: the Microsoft 365 app package (manifest, localizations, icons at the zip
// root) as dist/interlog-app.zip (or in the folder given as the first argument), ready to
// upload in the Teams admin center or the Microsoft 365 admin center; beside it the add-in-only
// XML manifest, dist/interlog-outlook.xml, for Outlook on Mac and mobile (Microsoft 365 admin
// center, Integrated apps, or sideloading from Outlook on the web).
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { writeManifest } from './build-manifest.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function packageApp(outDir = join(root, 'dist')) {
  const { files, settings, xmlManifest } = writeManifest(outDir);
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) if (!name.startsWith('icons/')) zip.file(name, content);
  const outFile = join(outDir, 'interlog-app.zip');
  writeFileSync(outFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { outFile, xmlFile: join(outDir, Object.keys(xmlManifest)[0]), settings };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { outFile, xmlFile, settings } = await packageApp(resolve(process.argv[2] ?? join(root, 'dist')));
  console.log(`[package] ${outFile} and ${xmlFile} for ${settings.baseUrl}`);
}
