import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { AppManifestUtils } from '@microsoft/app-manifest';
import {
  buildAppPackageFiles,
  buildLocalizations,
  buildManifest,
  addinIconFiles,
  MANIFEST_VERSION,
  ON_SEND_ACTION_ID,
} from '../../manifest/app-manifest';
import { RECORD_COMMAND_ID, SEND_ACTION_ID } from '@interlog/outlook';
import en from '../../manifest/strings/en.json';

const root = join(__dirname, '..', '..');
const settings = {
  baseUrl: 'https://interlog.contoso.example',
  clientId: '11111111-2222-3333-4444-555555555555',
  version: '1.2.3',
};
const bundledSchemas = join(
  root,
  'node_modules',
  '@microsoft',
  'app-manifest',
  'build',
  'json-schemas',
  'teams',
  `v${MANIFEST_VERSION}`,
);

/**
 * Microsoft's bundled v1.17 Localization schema has patterns with a lone `]` after `\b`, which
 * the /u regexps AppManifestUtils compiles with refuse ("Lone quantifier brackets"); `\]` means
 * the same, so the files are checked against the bundled schema with only that escaped.
 */
const localizationSchema = JSON.parse(
  readFileSync(join(bundledSchemas, 'MicrosoftTeams.Localization.schema.json'), 'utf8').replaceAll(
    '\\\\b]',
    '\\\\b\\\\]',
  ),
);
const validateLocalization = (strings: object) =>
  AppManifestUtils.validateAgainstSchema(strings as never, localizationSchema);

const blocked = () => {
  throw new Error('network blocked in tests');
};

beforeAll(() => {
  // A schema download would fail loudly instead of passing quietly.
  jest.spyOn(globalThis, 'fetch').mockImplementation(blocked);
  jest.spyOn(http, 'request').mockImplementation(blocked);
  jest.spyOn(https, 'request').mockImplementation(blocked);
  jest.spyOn(net, 'connect').mockImplementation(blocked);
});

afterAll(() => jest.restoreAllMocks());

const pngSize = (png: Buffer) => ({
  signature: png.subarray(1, 4).toString('latin1'),
  width: png.readUInt32BE(16),
  height: png.readUInt32BE(20),
});

describe('Unified app manifest', () => {
  test('When validated offline against the bundled v1.17 schema, then it has no errors', async () => {
    expect(await AppManifestUtils.validateAgainstSchema(buildManifest(settings) as never)).toEqual([]);
  });

  test('When a field breaks the schema, then the offline validation names it (the bundled schema is really used)', async () => {
    const broken = {
      ...buildManifest(settings),
      accentColor: 'blue',
      manifestVersion: '1.18',
      validDomains: 'everywhere',
    };
    const errors = await AppManifestUtils.validateAgainstSchema(broken as never);
    expect(errors.join('\n')).toMatch(/\/accentColor/);
    expect(errors.join('\n')).toMatch(/\/validDomains/);
  });

  test('When the manifest names no schema it can find locally, then validation fails on the blocked network', async () => {
    const elsewhere = {
      ...buildManifest(settings),
      $schema: 'https://schemas.example.org/teams/v9.99/Unknown.schema.json',
    };
    await expect(AppManifestUtils.validateAgainstSchema(elsewhere as never)).rejects.toThrow(
      /network blocked in tests/,
    );
  });

  test('When built, then it is manifest version 1.17 with the $schema on developer.microsoft.com', () => {
    const manifest = buildManifest(settings);
    expect(manifest.manifestVersion).toBe('1.17');
    expect(manifest.$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json',
    );
    expect(manifest.version).toBe('1.2.3');
  });

  test('When Outlook reads the add-in, then it has a mail scope, a pinnable task pane and buttons in all four contexts', () => {
    const [extension] = buildManifest(settings).extensions;
    expect(extension.requirements.scopes).toEqual(['mail']);
    const [runtime] = extension.runtimes;
    expect(runtime.code.page).toBe('https://interlog.contoso.example/taskpane.html');
    expect(runtime.actions).toEqual([expect.objectContaining({ type: 'openPage', pinnable: true })]);
    expect(extension.ribbons[0].contexts.sort()).toEqual([
      'mailCompose',
      'mailRead',
      'meetingDetailsAttendee',
      'meetingDetailsOrganizer',
    ]);
    const control = extension.ribbons[0].tabs[0].groups[0].controls[0];
    expect(control.actionId).toBe(runtime.actions[0].id);
  });

  test('When Outlook sends an email, then messageSending runs the on-send handler in its own short runtime (Mailbox 1.12, prompt user)', () => {
    const [extension] = buildManifest(settings).extensions;
    const runtime = extension.runtimes.find((r) => r.id === 'OnSendRuntime')!;
    expect(runtime).toMatchObject({
      type: 'general',
      lifetime: 'short',
      code: {
        page: 'https://interlog.contoso.example/on-send.html',
        script: 'https://interlog.contoso.example/on-send.js',
      },
      actions: [{ id: ON_SEND_ACTION_ID, type: 'executeFunction' }],
      requirements: { capabilities: [{ name: 'Mailbox', minVersion: '1.12' }] },
    });
    expect(extension.autoRunEvents).toEqual([
      {
        requirements: { capabilities: [{ name: 'Mailbox', minVersion: '1.12' }], scopes: ['mail'] },
        events: [{ type: 'messageSending', actionId: ON_SEND_ACTION_ID, options: { sendMode: 'promptUser' } }],
      },
    ]);
  });

  test('When the on-send handler names manifest ids, then the manifest has them: its action and the pane button the Smart Alert opens', () => {
    const [extension] = buildManifest(settings).extensions;
    expect(SEND_ACTION_ID).toBe(ON_SEND_ACTION_ID);
    const control = extension.ribbons[0].tabs[0].groups[0].controls[0];
    expect(control.id).toBe(RECORD_COMMAND_ID);
    expect(extension.ribbons[0].contexts).toContain('mailCompose');
    const opened = extension.runtimes.flatMap((r) => r.actions).find((a) => a.id === control.actionId);
    expect(opened).toMatchObject({ type: 'openPage' });
  });

  test('When Teams reads the app, then the tab, the configurable tab with meeting contexts and SSO point at the host', () => {
    const manifest = buildManifest(settings);
    expect(manifest.staticTabs[0].contentUrl).toBe('https://interlog.contoso.example/teams/tab.html');
    expect(manifest.configurableTabs[0].context).toEqual(
      expect.arrayContaining(['meetingSidePanel', 'meetingDetailsTab', 'channelTab']),
    );
    expect(manifest.validDomains).toEqual(['interlog.contoso.example']);
    expect(manifest.webApplicationInfo).toEqual({
      id: settings.clientId,
      resource: `api://interlog.contoso.example/${settings.clientId}`,
    });
    expect(manifest.authorization).toEqual({
      permissions: { resourceSpecific: [{ name: 'MailboxItem.ReadWrite.User', type: 'Delegated' }] },
    });
    expect(manifest).not.toHaveProperty('devicePermissions');
    const urls = JSON.stringify(manifest)
      .match(/https:\/\/[^"]+/g)!
      .filter((url) => !url.includes('developer.microsoft.com') && !url.includes('interlog.dev'));
    expect(urls.every((url) => url.startsWith(settings.baseUrl))).toBe(true);
  });
});

describe('Localized manifest strings', () => {
  const localizations = buildLocalizations();

  test.each(Object.keys(localizations))(
    'When %s is validated offline against the Localization schema, then it has no errors',
    async (file) => {
      expect(await validateLocalization(localizations[file])).toEqual([]);
    },
  );

  test('When a localization file has a key the schema does not know or a name too long, then validation names it', async () => {
    const errors = await validateLocalization({
      ...localizations['strings-cs.json'],
      'name.short': 'x'.repeat(31),
      'nonsense.key': 'x',
    });
    expect(errors.join('\n')).toMatch(/\/name\.short must NOT have more than 30 characters/);
    expect(errors.join('\n')).toMatch(/must NOT have additional properties.*nonsense\.key/);
  });

  test('When the untouched bundled Localization schema is used, then it is read from the package and still breaks (drop the escaping once it compiles)', async () => {
    await expect(AppManifestUtils.validateAgainstSchema(localizations['strings-cs.json'] as never)).rejects.toThrow(
      /Lone quantifier brackets/,
    );
  });

  test('When the manifest lists its languages, then cs, ru and fi each have a file in the package', () => {
    const manifest = buildManifest(settings);
    const files = buildAppPackageFiles(settings);
    expect(manifest.localizationInfo.additionalLanguages.map((l) => l.languageTag)).toEqual(['cs', 'ru', 'fi']);
    for (const { file } of manifest.localizationInfo.additionalLanguages) expect(files[file]).toBeDefined();
  });

  test.each(['cs', 'ru', 'fi'])(
    'When %s is compared with English, then it has exactly the same keys, translated and none empty',
    (lang) => {
      const { $schema, ...strings } = localizations[`strings-${lang}.json`];
      expect($schema).toMatch(/\/v1\.17\/MicrosoftTeams\.Localization\.schema\.json$/);
      expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
      for (const value of [...Object.values(strings), ...Object.values(en)]) expect(value.trim()).not.toBe('');
      expect(strings['description.full']).not.toBe(en['description.full']);
      expect(strings['staticTabs[0].name']).not.toBe(en['staticTabs[0].name']);
    },
  );

  test('When English is the default language, then the manifest itself carries the English strings', () => {
    const manifest = buildManifest(settings);
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('en');
    expect(manifest.name).toEqual({ short: en['name.short'], full: en['name.full'] });
    expect(manifest.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label).toBe(
      en['extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label'],
    );
  });
});

describe('App package', () => {
  const localizations = buildLocalizations();

  test('When `npm run package` runs, then the zip holds the manifest for PUBLIC_BASE_URL, localizations and icons at its root', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'interlog-package-'));
    const env = { ...process.env, PUBLIC_BASE_URL: `${settings.baseUrl}/`, AUTH_CLIENT_ID: settings.clientId };

    execFileSync(process.execPath, [join(root, 'scripts', 'package-app.mjs'), outDir], {
      cwd: root,
      env,
      stdio: 'pipe',
    });

    const zip = await JSZip.loadAsync(readFileSync(join(outDir, 'interlog-app.zip')));
    expect(Object.keys(zip.files).sort()).toEqual([
      'color.png',
      'manifest.json',
      'outline.png',
      'strings-cs.json',
      'strings-fi.json',
      'strings-ru.json',
    ]);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifest).toEqual(buildManifest({ ...settings, version }));
    expect(JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'))).toEqual(manifest);
    expect(manifest.extensions[0].runtimes[0].code.page).toBe('https://interlog.contoso.example/taskpane.html');
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
    for (const lang of ['cs', 'ru', 'fi']) {
      const strings = JSON.parse(await zip.file(`strings-${lang}.json`)!.async('string'));
      expect(strings).toEqual(localizations[`strings-${lang}.json`]);
    }
    for (const icon of ['color.png', 'outline.png'])
      expect(await zip.file(icon)!.async('nodebuffer')).toEqual(readFileSync(join(root, 'manifest', 'icons', icon)));
  });

  test('When the icons are read, then they are PNGs of the sizes Teams and Outlook ask for', () => {
    const files = buildAppPackageFiles(settings);
    expect(pngSize(files['color.png'])).toEqual({ signature: 'PNG', width: 192, height: 192 });
    expect(pngSize(files['outline.png'])).toEqual({ signature: 'PNG', width: 32, height: 32 });
    for (const [name, png] of Object.entries(addinIconFiles())) {
      const size = Number(/icon-(\d+)/.exec(name)![1]);
      expect(pngSize(png)).toEqual({ signature: 'PNG', width: size, height: size });
    }
  });

  test('When the outline icon is read, then it is white on transparent', () => {
    const png = buildAppPackageFiles(settings)['outline.png'];
    const image = PNG.sync.read(png);
    const pixels = Array.from({ length: image.width * image.height }, (_, i) => image.data.subarray(i * 4, i * 4 + 4));
    expect(pixels.some((p) => p[3] === 0)).toBe(true);
    expect(pixels.filter((p) => p[3] > 0).every((p) => p[0] === 255 && p[1] === 255 && p[2] === 255)).toBe(true);
  });
});
