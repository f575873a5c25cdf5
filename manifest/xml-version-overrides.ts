import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { LOG_MEETING_FUNCTION } from '../addin/outlook/src/mobile/mobile-manifest-ids';
import { RECORD_COMMAND_ID } from '../addin/outlook/src/on-send/manifest-ids';
import { ON_SEND_ACTION_ID, type ManifestSettings, type Strings } from './app-manifest';
import { BT, typed, writeResources } from './xml-resources';

const V1_0 = 'http://schemas.microsoft.com/office/mailappversionoverrides';
const V1_1 = 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1';

/** The desktop surfaces that show the pane's button; compose keeps the id the Smart Alert's button runs. */
export const desktopSurfaces = {
  MessageReadCommandSurface: 'InterlogRecordRead',
  MessageComposeCommandSurface: RECORD_COMMAND_ID,
  AppointmentOrganizerCommandSurface: 'InterlogRecordOrganizer',
  AppointmentAttendeeCommandSurface: 'InterlogRecordAttendee',
} as const;

export const MOBILE_READ_BUTTON_ID = 'InterlogMobileRecord';
export const MOBILE_LOG_BUTTON_ID = 'InterlogMobileLogMeeting';

const showPane = (control: XMLBuilder) =>
  typed(control.ele('Action'), 'ShowTaskpane')
    .ele('SourceLocation', { resid: 'Taskpane.Url' })
    .up()
    .ele('SupportsPinning')
    .txt('true');

function desktopButton(surface: XMLBuilder, type: string, controlId: string) {
  const group = typed(surface.ele('ExtensionPoint'), type)
    .ele('OfficeTab', { id: 'TabDefault' })
    .ele('Group', { id: `${controlId}Group` });
  group.ele('Label', { resid: 'Group.Label' });
  const control = typed(group.ele('Control', { id: controlId }), 'Button');
  control.ele('Label', { resid: 'Record.Label' });
  control.ele('Supertip').ele('Title', { resid: 'Record.Title' }).up().ele('Description', { resid: 'Record.Tooltip' });
  const icon = control.ele('Icon');
  for (const size of [16, 32, 80]) icon.ele(BT, 'bt:Image', { size, resid: `Icon.${size}` });
  showPane(control);
}

/** Outlook mobile asks for 25, 32 and 48 px icons at scales 1 to 3; the closest of ours stands in. */
function mobileButton(parent: XMLBuilder, id: string, label: string): XMLBuilder {
  const control = typed(parent.ele('Control', { id }), 'MobileButton');
  control.ele('Label', { resid: label });
  const icon = typed(control.ele('Icon'), 'bt:MobileIconList');
  for (const size of [25, 32, 48])
    for (const scale of [1, 2, 3])
      icon.ele(BT, 'bt:Image', { size, scale, resid: size * scale <= 32 ? 'Icon.32' : 'Icon.64' });
  return control;
}

function mobileFormFactor(host: XMLBuilder) {
  const mobile = host.ele('MobileFormFactor');
  mobile.ele('FunctionFile', { resid: 'Mobile.Url' });
  const group = typed(mobile.ele('ExtensionPoint'), 'MobileMessageReadCommandSurface').ele('Group', {
    id: 'InterlogMobileGroup',
  });
  group.ele('Label', { resid: 'Group.Label' });
  typed(mobileButton(group, MOBILE_READ_BUTTON_ID, 'Record.Label').ele('Action'), 'ShowTaskpane').ele(
    'SourceLocation',
    { resid: 'Taskpane.Url' },
  );
  const log = typed(mobile.ele('ExtensionPoint'), 'MobileLogEventAppointmentAttendee');
  typed(mobileButton(log, MOBILE_LOG_BUTTON_ID, 'LogMeeting.Label').ele('Action'), 'ExecuteFunction')
    .ele('FunctionName')
    .txt(LOG_MEETING_FUNCTION);
}

/**
 * VersionOverrides 1.0 holding 1.1: buttons on the four desktop surfaces, Smart Alerts on send
 * (Mailbox 1.12; classic Outlook runs the script alone), shared folders, and Outlook mobile.
 */
export function writeVersionOverrides(
  app: XMLBuilder,
  settings: ManifestSettings,
  strings: Record<string, Strings>,
  minimumMailbox: string,
) {
  const outer = typed(app.ele(V1_0, 'VersionOverrides'), 'VersionOverridesV1_0');
  const overrides = typed(outer.ele(V1_1, 'VersionOverrides'), 'VersionOverridesV1_1');
  overrides
    .ele('Requirements')
    .ele(BT, 'bt:Sets', { DefaultMinVersion: minimumMailbox })
    .ele(BT, 'bt:Set', { Name: 'Mailbox' });
  const host = typed(overrides.ele('Hosts').ele('Host'), 'MailHost');
  host.ele('Runtimes').ele('Runtime', { resid: 'OnSend.Url' }).ele('Override', {
    type: 'javascript',
    resid: 'OnSend.Script',
  });
  const desktop = host.ele('DesktopFormFactor');
  for (const [surface, controlId] of Object.entries(desktopSurfaces)) desktopButton(desktop, surface, controlId);
  const launch = typed(desktop.ele('ExtensionPoint'), 'LaunchEvent');
  launch.ele('LaunchEvents').ele('LaunchEvent', {
    Type: 'OnMessageSend',
    FunctionName: ON_SEND_ACTION_ID,
    SendMode: 'PromptUser',
  });
  launch.ele('SourceLocation', { resid: 'OnSend.Url' });
  desktop.ele('SupportsSharedFolders').txt('true');
  mobileFormFactor(host);
  writeResources(overrides, settings, strings);
  const { clientId, baseUrl } = settings;
  overrides
    .ele('WebApplicationInfo')
    .ele('Id')
    .txt(clientId)
    .up()
    .ele('Resource')
    .txt(`api://${new URL(baseUrl).host}/${clientId}`);
}
