import { requirementSupport } from '../src/host/requirement-support';

const atLeast = (have: string, want: string) => {
  const [a, b] = [have, want].map((v) => v.split('.').map(Number));
  return a[0] !== b[0] ? a[0] > b[0] : (a[1] ?? 0) >= (b[1] ?? 0);
};
const sets = (mailbox: string, naa = false) => ({
  isSetSupported: (name: string, version: string) =>
    name === 'Mailbox' ? atLeast(mailbox, version) : name === 'NestedAppAuth' && naa,
});

describe('Requirement sets per Outlook', () => {
  test('When Outlook on Mac has Mailbox 1.14, then the pane, shared folders and the on-send handler are available', () => {
    expect(requirementSupport(sets('1.14', true), 'Mac')).toEqual({
      platform: 'mac',
      missingRequirement: '',
      sharedMailboxes: true,
      onSend: true,
      meetingLogButton: false,
      nestedAppAuth: true,
    });
  });

  test('When Outlook on Android reports Mailbox 1.12, then only the pane and the meeting logging button are used: no shared folders, no Smart Alerts', () => {
    expect(requirementSupport(sets('1.12'), 'Android')).toMatchObject({
      platform: 'android',
      missingRequirement: '',
      sharedMailboxes: false,
      onSend: false,
      meetingLogButton: true,
    });
  });

  test('When an older Outlook on iOS lacks Mailbox 1.12, then the logging button is off and the pane still works from 1.5', () => {
    expect(requirementSupport(sets('1.5'), 'iOS')).toMatchObject({
      platform: 'ios',
      missingRequirement: '',
      meetingLogButton: false,
    });
  });

  test('When a client lacks Mailbox 1.5, then the pane names the missing set', () => {
    expect(requirementSupport(sets('1.4'), 'PC')).toMatchObject({
      platform: 'windows',
      missingRequirement: 'Mailbox 1.5',
    });
  });

  test('When the platform is not reported, then it is unknown and the sets alone decide', () => {
    expect(requirementSupport(sets('1.8'), undefined)).toMatchObject({
      platform: 'unknown',
      sharedMailboxes: true,
      onSend: false,
    });
  });
});
