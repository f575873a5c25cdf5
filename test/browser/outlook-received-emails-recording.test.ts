import { mkdirSync } from 'node:fs';
import { DEMO_USER } from '../../server/src/lib/auth/local-token-issuer';
import { browserSuite } from '../support/browser-suite';
import { locales, outlookPane, people, type Lang, type PaneSession, type Theme } from '../support/outlook-pane';
import { automaticRecording, recordingOff, recordingWhen, subscriptionsOf } from '../support/recording-settings';

// Automatic recording of received emails: its own switch in the pane's settings, off by
// default; on, the server subscribes to the Inbox at the Graph stand-in and records what
// contacts send as inbound.
jest.setTimeout(120_000);

const SHOTS = '/tmp/shots/a15a';
mkdirSync(SHOTS, { recursive: true });
const suite = browserSuite('outlook_received_emails');
const { open } = outlookPane(
  () => suite.browser,
  () => suite.web,
);

async function openSettings(lang: Lang = 'en', theme: Theme = 'light'): Promise<PaneSession> {
  const session = await open('inboundKnown', { lang, theme });
  const strings = locales[lang].settings;
  await session.pane.getByRole('tab', { name: strings.title }).click();
  await session.pane.getByRole('switch', { name: strings.recording.receivedEmails }).waitFor();
  return session;
}

async function done(session: PaneSession) {
  await session.close();
  expect(session.errors).toEqual([]);
}

describe('Outlook pane: automatic recording of received emails', () => {
  test('Recording received emails is off by default and has its own switch, apart from the emails the user sends', async () => {
    await recordingOff(suite.web);
    const session = await openSettings();
    const { page, pane } = session;
    const received = pane.getByRole('switch', { name: locales.en.settings.recording.receivedEmails });
    expect(await received.isChecked()).toBe(false);
    expect(await pane.getByRole('switch', { name: locales.en.settings.recording.emails }).isChecked()).toBe(false);
    await pane.getByTestId('recording-receivedEmails').getByText('Template: E-mail received (EMAIL-IN)').waitFor();
    await page.setViewportSize({ width: 360, height: 900 });
    await page.screenshot({ path: `${SHOTS}/received-recording-off-en-light-360.png`, fullPage: true });
    await done(session);
  });

  test('When received emails are switched on, then an email from a contact is recorded as inbound, initiated by them; switched off, the Inbox subscription is deleted', async () => {
    await recordingOff(suite.web);
    const session = await openSettings('ru', 'dark');
    const { page, pane } = session;
    const received = pane.getByRole('switch', { name: locales.ru.settings.recording.receivedEmails });
    await received.click();
    await recordingWhen(suite.web, (r) => r.receivedEmails.status === 'active');
    expect(subscriptionsOf(suite.web, 'receivedEmails')).toHaveLength(1);
    expect(subscriptionsOf(suite.web, 'emails')).toEqual([]);
    await pane
      .getByTestId('recording-receivedEmails')
      .getByText(/^Включено до .+, продлевается автоматически$/)
      .first()
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/received-recording-on-ru-dark-1100.png`, fullPage: true });

    const mail = await suite.web.graph.mailbox.receive(DEMO_USER.oid, {
      subject: `Question ${Date.now()}`,
      from: { address: people.robin, name: 'Robin Bauer' },
    });
    await recordingWhen(suite.web, (r) => r.receivedEmails.recorded >= 1);
    const { items } = (
      await suite.web.api.get(
        `/interaction-log-entries?internetMessageId=${encodeURIComponent(mail.internetMessageId)}`,
      )
    ).body;
    expect(items).toEqual([
      expect.objectContaining({ templateCode: 'EMAIL-IN', informationFlow: 'inbound', initiatedBy: 'them' }),
    ]);

    await received.click();
    await recordingWhen(suite.web, (r) => !r.receivedEmails.enabled);
    expect(subscriptionsOf(suite.web, 'receivedEmails')).toEqual([]);
    expect((await automaticRecording(suite.web)).emails.enabled).toBe(false);
    await done(session);
  });
});
