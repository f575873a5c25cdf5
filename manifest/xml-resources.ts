import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import appConfig from './app.config.json';
import type { ManifestSettings, Strings } from './app-manifest';

export const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** An XML manifest locale for a language of app.config.json: `cs` → `cs-CZ`. */
export function xmlLocale(language: string): string {
  const { language: code, region } = new Intl.Locale(language).maximize();
  return `${code}-${region}`;
}

/** Sets xsi:type, which the schemas use to pick an element's type. */
export const typed = (node: XMLBuilder, type: string) => node.att(XSI, 'xsi:type', type);

/** The ids of every URL, image and string the VersionOverrides refer to, with their values. */
export function resourcesFor({ baseUrl }: ManifestSettings) {
  return {
    images: {
      'Icon.16': `${baseUrl}/icons/icon-16.png`,
      'Icon.32': `${baseUrl}/icons/icon-32.png`,
      'Icon.64': `${baseUrl}/icons/icon-64.png`,
      'Icon.80': `${baseUrl}/icons/icon-80.png`,
    },
    urls: {
      'Taskpane.Url': `${baseUrl}/taskpane.html`,
      'OnSend.Url': `${baseUrl}/on-send.html`,
      'OnSend.Script': `${baseUrl}/on-send.js`,
      'Mobile.Url': `${baseUrl}/mobile-log.html`,
    },
    shortStrings: {
      'Group.Label': 'extensions[0].ribbons[0].tabs[0].groups[0].label',
      'Record.Label': 'extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label',
      'Record.Title': 'extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.title',
      'LogMeeting.Label': 'extensions[0].runtimes[0].actions[0].displayName',
    } satisfies Record<string, keyof Strings>,
    longStrings: {
      'Record.Tooltip': 'extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.description',
    } satisfies Record<string, keyof Strings>,
  };
}

/** A DefaultValue in English with an Override per additional language, all from manifest/strings. */
export function localized(
  node: XMLBuilder,
  key: keyof Strings,
  strings: Record<string, Strings>,
  overrideNs?: string,
): XMLBuilder {
  node.att('DefaultValue', strings.en[key]);
  for (const language of appConfig.languages) {
    const attributes = { Locale: xmlLocale(language), Value: strings[language][key] };
    if (overrideNs) node.ele(overrideNs, 'bt:Override', attributes).up();
    else node.ele('Override', attributes).up();
  }
  return node;
}

/** The Resources element: images, URLs, short and long strings. */
export function writeResources(parent: XMLBuilder, settings: ManifestSettings, strings: Record<string, Strings>) {
  const resources = parent.ele('Resources');
  const { images, urls, shortStrings, longStrings } = resourcesFor(settings);
  const group = (name: string) => resources.ele(BT, `bt:${name}`);
  const imageNode = group('Images');
  for (const [id, url] of Object.entries(images)) imageNode.ele(BT, 'bt:Image', { id, DefaultValue: url });
  const urlNode = group('Urls');
  for (const [id, url] of Object.entries(urls)) urlNode.ele(BT, 'bt:Url', { id, DefaultValue: url });
  for (const [name, entries] of [
    ['ShortStrings', shortStrings],
    ['LongStrings', longStrings],
  ] as const) {
    const node = group(name);
    for (const [id, key] of Object.entries(entries)) localized(node.ele(BT, 'bt:String', { id }), key, strings, BT);
  }
}
