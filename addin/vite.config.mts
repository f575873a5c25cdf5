import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageAliases } from './package-aliases.mts';
import { preloadPageCode } from './preload-page-code.mts';
import { copyOfficeJs } from './office-js-assets.mts';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('.', import.meta.url));
const officeJsDist = resolve(root, '..', 'node_modules', '@microsoft', 'office-js', 'dist');

/**
 * Shared chunks for the libraries every page's first render needs. Without them the bundler cuts
 * the shared code by which pages and lazy chunks reach each module, into many small files that
 * compress worse and cost a request each; with them a page fetches Preact, i18next and Fluent's
 * core as two files. `framework` is what even the small Teams configuration page uses;
 * `framework-ui` adds the form and popup parts the pane, the tab and the meeting panel render.
 * Only what the pane needs before *Record* is usable belongs here (a group takes every module of its
 * packages, used by the page or not): dialogs, links, tables, tabs, icons and feature code split per page.
 */
const framework = [
  'preact',
  'use-sync-external-store',
  'i18next',
  'react-i18next',
  '@griffel/core',
  '@griffel/react',
  '@emotion/hash',
  'stylis',
  'rtl-css-js',
  'tabster',
  'keyborg',
  ...[
    'keyboard-keys',
    'tokens',
    'react-utilities',
    'react-shared-contexts',
    'react-jsx-runtime',
    'react-context-selector',
    'react-provider',
    'react-tabster',
    'react-aria',
    'react-portal',
    'react-motion',
    'react-motion-components-preview',
    'react-button',
    'react-text',
    'react-label',
    'react-field',
    'react-message-bar',
  ].map((name) => `@fluentui/${name}`),
];
// Not the combobox and its popup positioning: the pane's pickers load them after its first paint.
const frameworkUi = ['react-input', 'react-checkbox', 'react-badge', 'react-spinner'].map(
  (name) => `@fluentui/${name}`,
);
/**
 * Modules of those packages that the pane does not run before *Record* (found by building without the groups): the
 * dark and high contrast themes (ui-kit's load-theme.ts fetches them when the host reports one), the menu button,
 * the slide, collapse, scale and fade motions, Fluent's typography styles.
 */
const notAtBoot = new RegExp(
  [
    String.raw`tokens[\\/]lib[\\/]alias[\\/](dark|highContrast)`,
    String.raw`tokens[\\/]lib[\\/]utils[\\/]create(Dark|HighContrast)Theme`,
    String.raw`tokens[\\/]lib[\\/]themes[\\/](web[\\/]dark|teams[\\/]highContrast)`,
    String.raw`tokens[\\/]lib[\\/]global[\\/]typographyStyles`,
    String.raw`react-button[\\/]lib[\\/]components[\\/]MenuButton`,
    String.raw`react-motion-components-preview[\\/]lib[\\/](components[\\/](Slide|Collapse|Scale|Fade)|atoms)`,
    // Parts of the packages the pane no longer runs before Record (found again by building without the groups).
    String.raw`react-aria[\\/]lib[\\/]activedescendant`,
    String.raw`react-badge[\\/]lib[\\/]components[\\/]PresenceBadge`,
    String.raw`react-motion[\\/]lib[\\/]slots[\\/]motionSlot`,
    String.raw`react-tabster[\\/]lib[\\/]focus[\\/]createCustomFocusIndicatorStyle`,
    String.raw`react-tabster[\\/]lib[\\/]hooks[\\/]use(ActivateModal|ArrowNavigationGroup|FocusableGroup|RestoreFocus)`,
    String.raw`react-tabster[\\/]lib[\\/]hooks[\\/]use(IsNavigatingWithKeyboard|KeyborgRef|MergeTabsterAttributes)`,
    String.raw`react-tabster[\\/]lib[\\/]hooks[\\/]use(OnKeyboardNavigationChange|SetKeyboardNavigation)`,
    String.raw`react-text[\\/]lib[\\/]components[\\/]presets[\\/](Body1|Title2)[\\/]`,
    String.raw`react-utilities[\\/]lib[\\/]hooks[\\/]use(AnimationFrame|OnClickOutside|OnScrollOutside)`,
    String.raw`react-utilities[\\/]lib[\\/](utils[\\/](getRTLSafeKey|omit)|virtualParent[\\/]elementContains)`,
    String.raw`tokens[\\/]lib[\\/]alias[\\/]teamsFontFamilies`,
    String.raw`@griffel[\\/]core[\\/]src[\\/]shorthands[\\/]`,
  ].join('|'),
);
const packagesTest = (names: string[]) => {
  const packages = new RegExp(`node_modules[\\\\/](${names.map((n) => n.replace('/', '[\\\\/]')).join('|')})[\\\\/]`);
  return (id: string) => packages.test(id) && !notAtBoot.test(id);
};

/** A language's strings as `strings-<lang>[-<area>]-<hash>.js` (the tests tell which language a page fetched). */
function stringsChunkName(chunk: { facadeModuleId?: string | null }) {
  const strings = /locales[\\/](?:([\w-]+)[\\/])?(\w+)\.json$/.exec(chunk.facadeModuleId ?? '');
  return strings
    ? `assets/strings-${strings[2]}${strings[1] ? `-${strings[1]}` : ''}-[hash].js`
    : 'assets/[name]-[hash].js';
}

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  resolve: { alias: packageAliases(root) },
  // Brotli and gzip beside each page, script and style sheet; the server sends them as they are (Content-Encoding).
  plugins: [
    copyOfficeJs(officeJsDist, resolve(root, '..', 'dist', 'office-js'), resolve(root, '..', 'node_modules', '.cache')),
    preloadPageCode(['taskpane', 'preview']),
    compression({ include: /\.(js|css|html)$/, algorithms: ['brotliCompress', 'gzip'] }),
  ],
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(root, '..', 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // Written for error tools, referenced by no file; the server does not serve them in production.
    sourcemap: 'hidden',
    // dist/.vite/manifest.json: which chunks each page loads first (the load-budget test reads it; not served).
    manifest: true,
    rollupOptions: {
      output: {
        chunkFileNames: stringsChunkName,
        codeSplitting: {
          groups: [
            { name: 'framework', test: packagesTest(framework) },
            { name: 'framework-ui', test: packagesTest(frameworkUi) },
          ],
        },
      },
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
