import { resolve } from 'node:path';
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageAliases } from './package-aliases.mts';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const officeJsDist = resolve(root, '..', 'node_modules', '@microsoft', 'office-js', 'dist');

/** office.js is only a loader that fetches its host scripts next to itself: ship the whole dist folder. */
function copyOfficeJs(): Plugin {
  return {
    name: 'interlog-copy-office-js',
    apply: 'build',
    closeBundle() {
      cpSync(officeJsDist, resolve(root, '..', 'dist', 'office-js'), { recursive: true });
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  resolve: { alias: packageAliases(root) },
  plugins: [copyOfficeJs()],
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(root, '..', 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        taskpane: resolve(root, 'taskpane.html'),
        preview: resolve(root, 'preview.html'),
        'auth-dialog': resolve(root, 'auth-dialog.html'),
        // The on-send runtime's page; its script is built by vite.on-send.config.mts.
        'on-send': resolve(root, 'on-send.html'),
        'teams-tab': resolve(root, 'teams', 'tab.html'),
        'teams-meeting': resolve(root, 'teams', 'meeting.html'),
        'teams-config': resolve(root, 'teams', 'config.html'),
        'teams-preview': resolve(root, 'teams', 'preview.html'),
      },
    },
  },
});
