import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageAliases } from './package-aliases.mts';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The on-send runtime as one classic script, dist/on-send.js: classic Outlook on Windows
 * loads the manifest's code.script in a JavaScript-only runtime that supports neither
 * imports nor modules, so everything (dynamic imports included) is inlined into an IIFE.
 * on-send.html (Outlook on the web, new Outlook, Mac) loads the same file. Runs after the
 * main build (scripts/build-web.mjs), into the same dist/ without emptying it.
 */
export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  resolve: { alias: packageAliases(root) },
  // Library mode leaves process.env.NODE_ENV alone; there is no process in the runtime.
  plugins: [compression({ include: /\.js$/, algorithms: ['brotliCompress', 'gzip'] })],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: resolve(root, '..', 'dist'),
    emptyOutDir: false,
    // Older classic Outlook runtimes choke on newer syntax (the NAA event sample targets ES6 for them).
    target: 'es2017',
    sourcemap: 'hidden',
    copyPublicDir: false,
    lib: {
      entry: resolve(root, 'outlook', 'src', 'on-send', 'main.ts'),
      formats: ['iife'],
      name: 'InterlogOnSend',
      fileName: () => 'on-send.js',
    },
  },
});
