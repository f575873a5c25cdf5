export type HostPlatform = 'web' | 'windows' | 'mac' | 'ios' | 'android' | 'unknown';

const platforms: Record<string, HostPlatform> = {
  OfficeOnline: 'web',
  PC: 'windows',
  Universal: 'windows',
  Mac: 'mac',
  iOS: 'ios',
  Android: 'android',
};

/** What the pane needs everywhere (manifest/app-manifest.ts declares the same). */
export const MINIMUM_MAILBOX = '1.5';

/**
 * Which Outlook this is and what its requirement sets allow. Outlook on iOS and Android stop at
 * Mailbox 1.5 for the pane (plus 1.12's meeting logging button) and have neither shared folders
 * (getSharedPropertiesAsync, Mailbox 1.8) nor Smart Alerts; Mac has both from Mailbox 1.8 / 1.12.
 */
export function requirementSupport(
  requirements: { isSetSupported(name: string, minVersion?: string): boolean },
  /** Office.context.diagnostics.platform (an Office.PlatformType name), if the host tells. */
  platform: unknown,
) {
  const has = (name: string, version: string) => requirements.isSetSupported(name, version);
  const kind = platforms[String(platform ?? '')] ?? 'unknown';
  const mobile = kind === 'ios' || kind === 'android';
  return {
    platform: kind,
    missingRequirement: has('Mailbox', MINIMUM_MAILBOX) ? '' : `Mailbox ${MINIMUM_MAILBOX}`,
    sharedMailboxes: !mobile && has('Mailbox', '1.8'),
    onSend: !mobile && has('Mailbox', '1.12'),
    meetingLogButton: mobile && has('Mailbox', '1.12'),
    nestedAppAuth: has('NestedAppAuth', '1.1'),
  };
}
