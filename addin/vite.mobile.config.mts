import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeConfig, type Plugin } from 'vite';
import onSendConfig from './vite.on-send.config.mts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The page Outlook mobile loads as the function file: Office.js, then the handler. */
function functionFilePage(): Plugin {
  const html =
    '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n' +
    '    <title>Interlog meeting logging</title>\n    <script src="/office-js/office.js"></script>\n' +
    '    <script src="/mobile-log.js"></script>\n  </head>\n  <body></body>\n</html>\n';
  return {
    name: 'interlog-mobile-function-file',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mobile-log.html', source: html });
    },
  };
}

/**
 * Outlook mobile's meeting logging handler as one classic script, dist/mobile-log.js, with its
 * page: the on-send build's settings (one IIFE, no imports, into the same dist/).
 */
export default mergeConfig(onSendConfig, {
  plugins: [functionFilePage()],
  build: {
    lib: {
      entry: resolve(root, 'outlook', 'src', 'mobile', 'main.ts'),
      name: 'InterlogMobileLog',
      fileName: () => 'mobile-log.js',
    },
  },
});
