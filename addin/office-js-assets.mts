import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

// What the Outlook pane loads from the folder: the loader, its host table, Outlook's host scripts and strings.
const LOADED_BY_OUTLOOK =
  /(^|[\\/])(office|o15apptofilemappingtable|outlook[\w.-]*|office_strings|outlook_strings)\.js$/;

function filesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/** `.br` and `.gz` beside each script Outlook loads, written once into `cache` (a few seconds of brotli). */
function compressOnce(source: string, cache: string) {
  if (existsSync(cache)) return;
  const building = `${cache}.${process.pid}`;
  for (const file of filesIn(source).filter((f) => LOADED_BY_OUTLOOK.test(f) && !f.includes('.debug.'))) {
    const code = readFileSync(file);
    const target = join(building, relative(source, file));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(`${target}.br`, brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${target}.gz`, gzipSync(code, { level: 9 }));
  }
  // Another build may have finished the same cache meanwhile: either copy is the same.
  if (existsSync(cache)) rmSync(building, { recursive: true, force: true });
  else renameSync(building, cache);
}

/**
 * office.js is only a loader that fetches its host scripts next to itself: ship the whole dist folder, with the
 * scripts Outlook loads precompressed like ours (the server sends them as they are, with Content-Encoding).
 * The compressed copies are kept per Office.js version in node_modules/.cache.
 */
export function copyOfficeJs(officeJsDist: string, target: string, cacheRoot: string): Plugin {
  return {
    name: 'interlog-copy-office-js',
    apply: 'build',
    closeBundle() {
      cpSync(officeJsDist, target, { recursive: true });
      const { version } = JSON.parse(readFileSync(join(officeJsDist, '..', 'package.json'), 'utf8')) as {
        version: string;
      };
      const cache = join(cacheRoot, `interlog-office-js-${version}`);
      compressOnce(officeJsDist, cache);
      cpSync(cache, target, { recursive: true });
    },
  };
}
