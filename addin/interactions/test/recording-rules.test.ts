import { ApiError } from '@interlog/api-client';
import type { AutomaticRecording, MailboxRecording } from '@interlog/api-client';
import { refusalOf, switchBlock } from '../src/AutomaticRecordingSettings/recording-rules';

const mailbox = (changes: Partial<MailboxRecording> = {}): MailboxRecording => ({
  enabled: false,
  status: 'off',
  templateCode: 'EMAIL',
  subscriptionExpiresAt: null,
  lastNotificationAt: null,
  lastRecordedAt: null,
  recorded: 0,
  failedItems: 0,
  lastError: '',
  ...changes,
});
const recording = (emails: Partial<MailboxRecording>, available = true): AutomaticRecording => ({
  emails: mailbox(emails),
  meetings: mailbox({ templateCode: 'MEETINV' }),
  receivedEmails: mailbox({ templateCode: 'EMAIL-IN' }),
  available,
});
const problem = (status: number, name: string) =>
  new ApiError('problem', status, { type: `https://interlog.example/problems/${name}`, title: name, status }, name);

describe('switchBlock', () => {
  test('When the server has no notification URL, then a switch that is off cannot be turned on', () => {
    expect(switchBlock(recording({}, false), 'emails')).toBe('unavailable');
  });

  test('When the setup names no template for the kind, then its switch that is off cannot be turned on', () => {
    expect(switchBlock(recording({ templateCode: '' }), 'emails')).toBe('noTemplate');
    expect(switchBlock(recording({ templateCode: '' }), 'meetings')).toBeNull();
    expect(switchBlock(recording({ templateCode: '' }), 'receivedEmails')).toBeNull();
  });

  test('When recording is on, then it can always be switched off, template or not', () => {
    expect(switchBlock(recording({ enabled: true, status: 'active', templateCode: '' }, false), 'emails')).toBeNull();
  });
});

describe('refusalOf', () => {
  test('When switching on is refused with a 422 business rule, then the template setup is to blame', () => {
    expect(refusalOf(problem(422, 'business-rule'))).toBe('noTemplate');
  });

  test('When Graph consent is missing, then consent is asked for; anything else is a plain problem; no error is no refusal', () => {
    expect(refusalOf(problem(403, 'consent-required'))).toBe('consent');
    expect(refusalOf(problem(503, 'unavailable'))).toBe('other');
    expect(refusalOf(new Error('boom'))).toBe('other');
    expect(refusalOf(null)).toBeNull();
  });
});
