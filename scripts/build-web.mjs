// The web assets (Outlook pane, on-send runtime, previews) and the app manifest, into dist/.
import { spawnSync } from 'node:child_process';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function buildWeb() {
  const steps = [
    [
      process.execPath,
      [
        resolve(root, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        'addin/vite.config.mts',
        '--logLevel',
        'warn',
      ],
    ],
    // The on-send runtime as one classic script (classic Outlook loads it without a page), into the same dist/.
    [
      process.execPath,
      [
        resolve(root, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        'addin/vite.on-send.config.mts',
        '--logLevel',
        'warn',
      ],
    ],
    // Outlook mobile's function file (the meeting logging button), built the same way.
    [
      process.execPath,
      [
        resolve(root, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        'addin/vite.mobile.config.mts',
        '--logLevel',
        'warn',
      ],
    ],
    [process.execPath, [resolve(root, 'scripts', 'build-manifest.mjs')]],
  ];
  for (const [cmd, args] of steps) {
    const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildWeb();
