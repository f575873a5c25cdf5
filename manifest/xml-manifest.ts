import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'xmlbuilder2';
import appConfig from './app.config.json';
import { MINIMUM_MAILBOX, type ManifestSettings, type Strings } from './app-manifest';
import en from './strings/en.json';
import { localized, typed, XSI } from './xml-resources';
import { writeVersionOverrides } from './xml-version-overrides';

const OFFICE_APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';

/** The add-in's item permission: the pane saves drafts and the on-send runtime sets a header. */
export const XML_PERMISSION = 'ReadWriteItem';
/** The file name beside the app package: the add-in-only manifest for Outlook on Mac and mobile. */
export const XML_MANIFEST_FILE = 'interlog-outlook.xml';

function allStrings(): Record<string, Strings> {
  const strings: Record<string, Strings> = { en };
  for (const language of appConfig.languages)
    strings[language] = JSON.parse(readFileSync(join(__dirname, 'strings', `${language}.json`), 'utf8')) as Strings;
  return strings;
}

/**
 * The add-in-only XML manifest (Outlook on Mac, iOS and Android, and any Outlook an admin
 * deploys it to), built from the same app.config.json and strings as the unified manifest.
 */
export function buildXmlManifest(settings: ManifestSettings): string {
  const { baseUrl } = settings;
  const strings = allStrings();
  const app = typed(
    create({ version: '1.0', encoding: 'UTF-8' }).ele(OFFICE_APP, 'OfficeApp', {
      'xmlns:xsi': XSI,
      'xmlns:bt': 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
    }),
    'MailApp',
  );
  app.ele('Id').txt(appConfig.id);
  app.ele('Version').txt(settings.version);
  app.ele('ProviderName').txt(appConfig.developer.name);
  app.ele('DefaultLocale').txt('en-US');
  localized(app.ele('DisplayName'), 'name.short', strings);
  localized(app.ele('Description'), 'description.short', strings);
  app.ele('IconUrl', { DefaultValue: `${baseUrl}/icons/icon-64.png` });
  app.ele('HighResolutionIconUrl', { DefaultValue: `${baseUrl}/icons/icon-128.png` });
  app.ele('SupportUrl', { DefaultValue: appConfig.developer.websiteUrl });
  app.ele('AppDomains').ele('AppDomain').txt(baseUrl);
  app.ele('Hosts').ele('Host', { Name: 'Mailbox' });
  app.ele('Requirements').ele('Sets').ele('Set', { Name: 'Mailbox', MinVersion: MINIMUM_MAILBOX });
  const settingsNode = typed(app.ele('FormSettings').ele('Form'), 'ItemRead').ele('DesktopSettings');
  settingsNode.ele('SourceLocation', { DefaultValue: `${baseUrl}/taskpane.html` });
  settingsNode.ele('RequestedHeight').txt('250');
  app.ele('Permissions').txt(XML_PERMISSION);
  const rules = typed(app.ele('Rule'), 'RuleCollection').att('Mode', 'Or');
  for (const [ItemType, FormType] of [
    ['Message', 'Read'],
    ['Message', 'Edit'],
    ['Appointment', 'Read'],
    ['Appointment', 'Edit'],
  ])
    typed(rules.ele('Rule'), 'ItemIs').att({ ItemType, FormType });
  app.ele('DisableEntityHighlighting').txt('false');
  writeVersionOverrides(app, settings, strings, MINIMUM_MAILBOX);
  return app.end({ prettyPrint: true });
}
