import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import appConfig from './app.config.json';
import en from './strings/en.json';

export const MANIFEST_VERSION = '1.17';
export const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;

export interface ManifestSettings {
  /** Where the server serves the pages, e.g. https://interlog.example.com (no trailing slash). */
  baseUrl: string;
  /** The Entra ID application (client) id; a placeholder until the app is registered. */
  clientId: string;
  /** The app version (semver), from package.json. */
  version: string;
}

export type Strings = typeof en;

export const iconSizes = [16, 32, 64, 80, 128] as const;

/** The on-send handler's action id: addin/outlook/src/on-send/main.ts associates the handler with it. */
export const ON_SEND_ACTION_ID = 'onMessageSendHandler';
/** The messageSending event and Smart Alerts came with Mailbox 1.12. */
export const ON_SEND_MAILBOX = '1.12';
/** What the pane needs (addin/outlook/src/host/office-mail-host.ts checks the same at run time). */
export const MINIMUM_MAILBOX = '1.5';
/** The item permission both manifests ask for: the pane saves drafts, the on-send runtime sets a header. */
export const ITEM_PERMISSION = 'MailboxItem.ReadWrite.User';

/** The unified app manifest: the Outlook add-in under `extensions`, the Teams tabs beside it. */
export function buildManifest({ baseUrl, clientId, version }: ManifestSettings) {
  const host = new URL(baseUrl).host;
  const icon = (size: number) => ({ size, url: `${baseUrl}/icons/icon-${size}.png` });
  const s = en;
  return {
    $schema: SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version,
    id: appConfig.id,
    localizationInfo: {
      defaultLanguageTag: 'en',
      additionalLanguages: appConfig.languages.map((languageTag) => ({
        languageTag,
        file: `strings-${languageTag}.json`,
      })),
    },
    developer: appConfig.developer,
    name: { short: s['name.short'], full: s['name.full'] },
    description: { short: s['description.short'], full: s['description.full'] },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: appConfig.accentColor,
    staticTabs: [
      {
        entityId: 'segments',
        name: s['staticTabs[0].name'],
        contentUrl: `${baseUrl}/teams/tab.html`,
        websiteUrl: `${baseUrl}/teams/tab.html`,
        scopes: ['personal'],
      },
    ],
    configurableTabs: [
      {
        configurationUrl: `${baseUrl}/teams/config.html`,
        canUpdateConfiguration: true,
        scopes: ['team', 'groupChat'],
        context: [
          'channelTab',
          'privateChatTab',
          'meetingChatTab',
          'meetingDetailsTab',
          'meetingSidePanel',
          'meetingStage',
        ],
      },
    ],
    permissions: ['identity'],
    validDomains: [host],
    webApplicationInfo: { id: clientId, resource: `api://${host}/${clientId}` },
    authorization: {
      permissions: {
        resourceSpecific: [{ name: ITEM_PERMISSION, type: 'Delegated' }] as {
          name: string;
          type: 'Application' | 'Delegated';
        }[],
      },
    },
    extensions: [
      {
        requirements: { scopes: ['mail'], capabilities: [{ name: 'Mailbox', minVersion: MINIMUM_MAILBOX }] },
        runtimes: [
          {
            id: 'TaskPaneRuntime',
            type: 'general',
            code: { page: `${baseUrl}/taskpane.html` },
            lifetime: 'short',
            actions: [
              {
                id: 'OpenInterlogPane',
                type: 'openPage',
                displayName: s['extensions[0].runtimes[0].actions[0].displayName'],
                pinnable: true,
              },
            ],
          },
          {
            // Smart Alerts on send (Mailbox 1.12): a page for Outlook on the web, new Outlook and
            // Mac; classic Outlook on Windows runs the script alone in its JavaScript-only runtime.
            requirements: { capabilities: [{ name: 'Mailbox', minVersion: ON_SEND_MAILBOX }] },
            id: 'OnSendRuntime',
            type: 'general',
            code: { page: `${baseUrl}/on-send.html`, script: `${baseUrl}/on-send.js` },
            lifetime: 'short',
            actions: [{ id: ON_SEND_ACTION_ID, type: 'executeFunction' }],
          },
        ],
        autoRunEvents: [
          {
            requirements: { capabilities: [{ name: 'Mailbox', minVersion: ON_SEND_MAILBOX }], scopes: ['mail'] },
            // promptUser: recording is never a reason to hold an email. When the handler runs long or
            // times out, the user can Send Anyway (with softBlock they must wait for it), and the
            // "ask" alert offers Send Anyway beside Don't Send and the button that opens the pane.
            events: [{ type: 'messageSending', actionId: ON_SEND_ACTION_ID, options: { sendMode: 'promptUser' } }],
          },
        ],
        ribbons: [
          {
            contexts: ['mailRead', 'mailCompose', 'meetingDetailsOrganizer', 'meetingDetailsAttendee'],
            tabs: [
              {
                builtInTabId: 'TabDefault',
                groups: [
                  {
                    id: 'InterlogGroup',
                    label: s['extensions[0].ribbons[0].tabs[0].groups[0].label'],
                    icons: [icon(16), icon(32), icon(80)],
                    controls: [
                      {
                        id: 'InterlogRecordButton',
                        type: 'button',
                        label: s['extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label'],
                        icons: [icon(16), icon(32), icon(80)],
                        supertip: {
                          title: s['extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.title'],
                          description: s['extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.description'],
                        },
                        actionId: 'OpenInterlogPane',
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

/** One localization file per additional language, from manifest/strings/<lang>.json. */
export function buildLocalizations(): Record<string, Record<string, string>> {
  return Object.fromEntries(
    appConfig.languages.map((lang) => {
      const strings = JSON.parse(readFileSync(join(__dirname, 'strings', `${lang}.json`), 'utf8')) as Strings;
      return [`strings-${lang}.json`, { $schema: LOCALIZATION_SCHEMA_URL, ...strings }];
    }),
  );
}

/** Every file of the app package (manifest, localizations, icons) by its name in the zip. */
export function buildAppPackageFiles(settings: ManifestSettings): Record<string, Buffer> {
  const icons = join(__dirname, 'icons');
  const files: Record<string, Buffer> = {
    'manifest.json': Buffer.from(JSON.stringify(buildManifest(settings), null, 2)),
    'color.png': readFileSync(join(icons, 'color.png')),
    'outline.png': readFileSync(join(icons, 'outline.png')),
  };
  for (const [name, strings] of Object.entries(buildLocalizations()))
    files[name] = Buffer.from(JSON.stringify(strings, null, 2));
  return files;
}

export function manifestSettingsFromEnv(env: NodeJS.ProcessEnv, version: string): ManifestSettings {
  return {
    baseUrl: (env.PUBLIC_BASE_URL || appConfig.defaultBaseUrl).replace(/\/$/, ''),
    clientId: env.AUTH_CLIENT_ID || appConfig.placeholderClientId,
    version,
  };
}

export const addinIconFiles = () =>
  Object.fromEntries(
    iconSizes.map((size) => [`icons/icon-${size}.png`, readFileSync(join(__dirname, 'icons', `icon-${size}.png`))]),
  );
