import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'xmlbuilder2';
import { LOG_MEETING_FUNCTION, RECORD_COMMAND_ID } from '@interlog/outlook';
import { buildLocalizations, buildManifest, ITEM_PERMISSION, MINIMUM_MAILBOX } from '../../manifest/app-manifest';
import { buildXmlManifest, XML_MANIFEST_FILE, XML_PERMISSION } from '../../manifest/xml-manifest';
import { validateXmlManifest } from '../../manifest/validate-xml-manifest';

const root = join(__dirname, '..', '..');
const settings = {
  baseUrl: 'https://interlog.contoso.example',
  clientId: '11111111-2222-3333-4444-555555555555',
  version: '1.2.3',
};
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const parse = (xml: string) => create(xml).root().node as unknown as Element;
const all = (node: Element, name: string) => Array.from(node.getElementsByTagNameNS('*', name));
const one = (node: Element, name: string) => all(node, name)[0];
const ofType = (node: Element, name: string, type: string) =>
  all(node, name).find((e) => e.getAttributeNS(XSI, 'type') === type)!;
const text = (node: Element, name: string) => one(node, name)?.textContent ?? '';

describe('Add-in-only XML manifest', () => {
  const xml = buildXmlManifest(settings);
  const doc = parse(xml);

  test('When validated offline against the vendored Microsoft schemas, then it has no errors', async () => {
    expect(await validateXmlManifest(xml)).toEqual([]);
  });

  test('When an element breaks the schemas, then the offline validation names it (the schemas are really used)', async () => {
    const badSendMode = xml.replace('SendMode="PromptUser"', 'SendMode="Sometimes"');
    const noMobileControl = xml.replace(/<Control id="InterlogMobileLogMeeting"[\s\S]*?<\/Control>/, '');
    expect((await validateXmlManifest(badSendMode)).join('\n')).toMatch(/SendMode.*Sometimes/);
    expect((await validateXmlManifest(noMobileControl)).join('\n')).toMatch(/ExtensionPoint.*Missing child element/);
  });

  test('When both manifests are read, then they declare the same add-in: id, version, names, pane, icons, permission, mailbox set and SSO app', () => {
    const unified = buildManifest(settings);
    expect(text(doc, 'Id')).toBe(unified.id);
    expect(text(doc, 'Version')).toBe(unified.version);
    expect(one(doc, 'DisplayName').getAttribute('DefaultValue')).toBe(unified.name.short);
    expect(one(doc, 'Description').getAttribute('DefaultValue')).toBe(unified.description.short);
    const [extension] = unified.extensions;
    expect(one(doc, 'Set').getAttribute('MinVersion')).toBe(extension.requirements.capabilities[0].minVersion);
    expect(MINIMUM_MAILBOX).toBe('1.5');
    expect(text(doc, 'Permissions')).toBe(XML_PERMISSION);
    expect(unified.authorization.permissions.resourceSpecific).toEqual([{ name: ITEM_PERMISSION, type: 'Delegated' }]);
    expect(text(doc, 'AppDomain')).toBe(settings.baseUrl);
    expect(unified.validDomains).toEqual([new URL(text(doc, 'AppDomain')).host]);
    const webApp = one(doc, 'WebApplicationInfo');
    expect({ id: text(webApp, 'Id'), resource: text(webApp, 'Resource') }).toEqual(unified.webApplicationInfo);
  });

  test('When both manifests name URLs, then the XML one has exactly the pages, script and icons of the unified one', () => {
    const unified = JSON.stringify(buildManifest(settings));
    const urls = (source: string) =>
      new Set(source.match(/https:\/\/interlog\.contoso\.example\/[^"\s<]+/g)!.filter((u) => !u.includes('/teams/')));
    const xmlUrls = urls(xml);
    for (const url of urls(unified)) expect(xmlUrls).toContain(url);
    expect([...xmlUrls].filter((url) => !urls(unified).has(url)).sort()).toEqual([
      `${settings.baseUrl}/icons/icon-128.png`,
      `${settings.baseUrl}/icons/icon-64.png`,
      `${settings.baseUrl}/mobile-log.html`,
    ]);
  });

  test('When both manifests list languages, then every additional language has the same name and description in each', () => {
    const localizations = buildLocalizations();
    const overrides = all(one(doc, 'DisplayName'), 'Override');
    expect(overrides.map((o) => o.getAttribute('Locale'))).toEqual(['cs-CZ', 'ru-RU', 'fi-FI']);
    for (const language of ['cs', 'ru', 'fi']) {
      const strings = localizations[`strings-${language}.json`];
      const locale = (name: string) =>
        all(one(doc, name), 'Override').find((o) => o.getAttribute('Locale')!.startsWith(`${language}-`))!;
      expect(locale('DisplayName').getAttribute('Value')).toBe(strings['name.short']);
      expect(locale('Description').getAttribute('Value')).toBe(strings['description.short']);
    }
  });

  test('When a send starts, then OnMessageSend runs the same handler as the unified manifest, prompt user, page with the script override', () => {
    const [extension] = buildManifest(settings).extensions;
    const event = one(doc, 'LaunchEvent');
    const { actionId, options } = extension.autoRunEvents[0].events[0];
    expect(event.getAttribute('FunctionName')).toBe(actionId);
    expect(event.getAttribute('SendMode')!.toLowerCase()).toBe(options.sendMode.toLowerCase());
    const runtime = extension.runtimes.find((r) => r.id === 'OnSendRuntime')!;
    const url = (id: string) =>
      all(doc, 'Url')
        .find((u) => u.getAttribute('id') === id)!
        .getAttribute('DefaultValue');
    expect(url(one(doc, 'Runtime').getAttribute('resid')!)).toBe(runtime.code.page);
    expect(url(one(one(doc, 'Runtime'), 'Override').getAttribute('resid')!)).toBe(runtime.code.script);
  });

  test('When Outlook on the desktop reads it, then all four surfaces open the pane, compose with the button id the Smart Alert runs, in shared folders too', () => {
    const desktop = one(doc, 'DesktopFormFactor');
    const surfaces = all(desktop, 'ExtensionPoint').map((e) => e.getAttributeNS(XSI, 'type'));
    expect(surfaces).toEqual([
      'MessageReadCommandSurface',
      'MessageComposeCommandSurface',
      'AppointmentOrganizerCommandSurface',
      'AppointmentAttendeeCommandSurface',
      'LaunchEvent',
    ]);
    const compose = ofType(desktop, 'ExtensionPoint', 'MessageComposeCommandSurface');
    expect(one(compose, 'Control').getAttribute('id')).toBe(RECORD_COMMAND_ID);
    expect(text(desktop, 'SupportsSharedFolders')).toBe('true');
  });

  test('When Outlook mobile reads it, then the message surface opens the pane and the meeting logging surface runs the one-tap handler', () => {
    const mobile = one(doc, 'MobileFormFactor');
    const url = (id: string) =>
      all(doc, 'Url')
        .find((u) => u.getAttribute('id') === id)!
        .getAttribute('DefaultValue');
    expect(url(one(mobile, 'FunctionFile').getAttribute('resid')!)).toBe(`${settings.baseUrl}/mobile-log.html`);
    const read = ofType(mobile, 'ExtensionPoint', 'MobileMessageReadCommandSurface');
    expect(url(one(read, 'SourceLocation').getAttribute('resid')!)).toBe(`${settings.baseUrl}/taskpane.html`);
    const log = ofType(mobile, 'ExtensionPoint', 'MobileLogEventAppointmentAttendee');
    expect(one(log, 'Action').getAttributeNS(XSI, 'type')).toBe('ExecuteFunction');
    expect(text(log, 'FunctionName')).toBe(LOG_MEETING_FUNCTION);
    expect(all(log, 'Image')).toHaveLength(9);
  });

  test('When a resource id is referenced, then the Resources define it, and every string has all four languages', () => {
    const defined = new Set(
      all(one(doc, 'Resources'), '*')
        .map((e) => e.getAttribute('id'))
        .filter(Boolean),
    );
    const used = all(doc, '*')
      .map((e) => e.getAttribute('resid'))
      .filter(Boolean);
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) expect(defined).toContain(resid);
    for (const string of all(doc, 'String')) expect(all(string, 'Override')).toHaveLength(3);
  });
});

describe('`npm run package` and the XML manifest', () => {
  test('When the package is made, then interlog-outlook.xml lies beside the zip for PUBLIC_BASE_URL and is schema-valid', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'interlog-xml-'));
    const env = { ...process.env, PUBLIC_BASE_URL: `${settings.baseUrl}/`, AUTH_CLIENT_ID: settings.clientId };

    execFileSync(process.execPath, [join(root, 'scripts', 'package-app.mjs'), outDir], {
      cwd: root,
      env,
      stdio: 'pipe',
    });

    const written = readFileSync(join(outDir, XML_MANIFEST_FILE), 'utf8');
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(written).toBe(buildXmlManifest({ ...settings, version }));
    expect(await validateXmlManifest(written)).toEqual([]);
  });
});
