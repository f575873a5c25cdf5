import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rawGet } from './raw-get';

/** Issue 14: the JavaScript the Outlook pane needs before *Record* is usable, compressed as served. */
export const PANE_BOOT_GOAL_KB = 150;

export interface ServedScript {
  path: string;
  /** Bytes on the wire with `Accept-Encoding: br` (Content-Encoding br). */
  br: number;
  /** Bytes on the wire with `Accept-Encoding: gzip` (Content-Encoding gzip). */
  gzip: number;
}

/** A file's bytes on the wire for each encoding (a tiny file that compression would not shrink goes as it is). */
async function served(origin: string, path: string): Promise<ServedScript> {
  const sizes = { br: 0, gzip: 0 };
  for (const encoding of ['br', 'gzip'] as const) {
    const res = await rawGet(`${origin}${path}`, { 'accept-encoding': encoding });
    const sent = res.headers['content-encoding'];
    if (res.status !== 200 || (sent !== encoding && (sent !== undefined || res.body.length > 1024)))
      throw new Error(`${path}: ${res.status}, Content-Encoding ${sent} for ${encoding}, ${res.body.length} bytes`);
    sizes[encoding] = res.body.length;
  }
  return { path, ...sizes };
}

type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[] }>;

/**
 * The pane's scripts before *Record*, from the build's manifest: the page's entry, the pane it imports at
 * once (the entry's dynamic imports), everything those import, and the English strings boot-pane.tsx asks
 * for (the main file and the settings area). Not the views loaded later (settings, postponed, new contact).
 */
export function paneBootFiles(webRoot: string): string[] {
  const manifest = JSON.parse(readFileSync(join(webRoot, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const seen = new Set<string>();
  const add = (key: string) => {
    if (seen.has(key)) return;
    if (!manifest[key]) throw new Error(`the build's manifest has no ${key}`);
    seen.add(key);
    manifest[key].imports?.forEach(add);
  };
  add('taskpane.html');
  manifest['taskpane.html'].dynamicImports?.forEach(add);
  ['i18n/src/locales/en.json', 'i18n/src/locales/settings/en.json'].forEach(add);
  return [...seen].map((key) => `/${manifest[key].file}`);
}

/** paneBootFiles as the server sends them, each asked for with brotli and with gzip. */
export async function paneBootScripts(origin: string, webRoot: string) {
  const scripts = await Promise.all(paneBootFiles(webRoot).map((path) => served(origin, path)));
  const kb = (encoding: 'br' | 'gzip') => scripts.reduce((sum, script) => sum + script[encoding], 0) / 1024;
  return { scripts, brKb: kb('br'), gzipKb: kb('gzip') };
}
