import type { Locator, Page } from 'playwright-core';
import type { SampleName } from '@interlog/preview';
import { DEMO_USER } from '../../server/src/lib/auth/local-token-issuer';
import { seriousViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import {
  englishLinesIn,
  locales,
  outlookPane,
  paneReady,
  people,
  ROAMING_SETTINGS_KEY,
  type Lang,
  type PaneSession,
  type Theme,
} from '../support/outlook-pane';
import {
  automaticRecording,
  overflowingElements,
  recordingOff,
  recordingWhen,
  subscriptionsOf,
} from '../support/recording-settings';

// The pane's Settings tab against the real server: its switches subscribe at the Graph
// stand-in, whose notifications the server's recording worker records.
jest.setTimeout(120_000);

const suite = browserSuite('outlook_settings');
const { open } = outlookPane(
  () => suite.browser,
  () => suite.web,
);
const en = locales.en.settings;

/** The pane (on an email unless told) at its Settings tab, once the recording switches have loaded. */
async function openSettings(options: { lang?: Lang; theme?: Theme; sample?: SampleName } = {}): Promise<PaneSession> {
  const session = await open(options.sample ?? 'inboundKnown', options);
  const strings = locales[options.lang ?? 'en'].settings;
  await session.pane.getByRole('tab', { name: strings.title }).click();
  await session.pane.getByRole('switch', { name: strings.recording.emails }).waitFor();
  return session;
}

/** Closes the page; a test that passed with an uncaught exception in the page still fails. */
async function done(session: PaneSession) {
  await session.close();
  expect(session.errors).toEqual([]);
}

/** Shows the tab again: the settings are read anew from the server. */
async function reopenSettings(pane: Locator) {
  await pane.getByRole('tab', { name: locales.en.nav.record }).click();
  await pane.getByRole('tab', { name: en.title }).click();
}

const emailsSwitch = (pane: Locator) => pane.getByRole('switch', { name: en.recording.emails });
const roamingSettings = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), ROAMING_SETTINGS_KEY);
const sendEmailToRobin = () =>
  suite.web.graph.mailbox.sendAs(DEMO_USER.oid, {
    subject: `Catalogue ${Date.now()}`,
    toRecipients: [{ address: people.robin, name: 'Robin Bauer' }],
  });

describe('Outlook pane: automatic recording', () => {
  test('When emails are switched on, then the server subscribes to the sent items; when switched off, the subscription is deleted', async () => {
    await recordingOff(suite.web);
    const session = await openSettings();
    const { pane } = session;
    const row = pane.getByTestId('recording-emails');

    await emailsSwitch(pane).click();
    await row.getByText(/^Active until .+, renewed automatically$/).waitFor();
    await row.getByText('Template: E-mail (EMAIL)').waitFor();
    expect((await automaticRecording(suite.web)).emails).toMatchObject({
      enabled: true,
      status: 'active',
      templateCode: 'EMAIL',
    });
    expect(subscriptionsOf(suite.web, 'emails')).toHaveLength(1);
    expect(subscriptionsOf(suite.web, 'meetings')).toEqual([]);
    await session.screenshot('outlook-settings-active-en-light');

    await emailsSwitch(pane).click();
    await row.getByText(en.recording.off, { exact: true }).waitFor();
    expect(await emailsSwitch(pane).isChecked()).toBe(false);
    expect((await automaticRecording(suite.web)).emails).toMatchObject({ enabled: false, status: 'off' });
    expect(subscriptionsOf(suite.web, 'emails')).toEqual([]);
    await done(session);
  });

  test('When an email to a contact is sent with recording on, then the settings count it and say when it was last recorded', async () => {
    await recordingOff(suite.web);
    const before = (await automaticRecording(suite.web)).emails.recorded;
    const session = await openSettings();
    const { pane } = session;
    await emailsSwitch(pane).click();
    await pane
      .getByTestId('recording-emails')
      .getByText(/^Active until/)
      .waitFor();

    await sendEmailToRobin();
    await recordingWhen(suite.web, (recording) => recording.emails.recorded === before + 1);
    await reopenSettings(pane);

    const count = before + 1 === 1 ? '1 interaction' : `${before + 1} interactions`;
    await pane
      .getByTestId('recording-emails')
      .getByText(new RegExp(`^${count} recorded so far · last on .+`))
      .waitFor();
    await done(session);
    await recordingOff(suite.web);
  });

  test('When Graph refuses to read a sent email, then the settings show recording failing with the error and the item not recorded', async () => {
    await recordingOff(suite.web);
    await suite.web.api.put('/me/automatic-recording', { emails: true });
    const failedBefore = (await automaticRecording(suite.web)).emails.failedItems;
    suite.web.graph.mailbox.failNext(/^GET \/users\/[^/]+\/messages\//, 403, 'ErrorAccessDenied');

    await sendEmailToRobin();
    await recordingWhen(suite.web, (recording) => recording.emails.failedItems === failedBefore + 1);
    const session = await openSettings();
    const row = session.pane.getByTestId('recording-emails');

    await row.getByText(en.recording.failing).waitFor();
    await row.getByText('Last error: Microsoft Graph refused: a permission is missing for this request.').waitFor();
    await row.getByText(new RegExp(`^${failedBefore + 1} items? could not be recorded\\.$`)).waitFor();
    expect(await emailsSwitch(session.pane).isChecked()).toBe(true);
    await session.screenshot('outlook-settings-failing-en-light');
    await done(session);
    await recordingOff(suite.web);
  });

  test('When the template setup loses its emails template before emails are switched on, then the refusal says why and where to set it, and nothing is subscribed', async () => {
    await recordingOff(suite.web);
    const session = await openSettings();
    const { pane } = session;
    await suite.web.api.put('/interaction-template-setup', { emails: '' });
    try {
      await emailsSwitch(pane).click();

      const refusal = pane.getByRole('alert').filter({ hasText: en.recording.needsTemplate });
      await refusal.getByText(locales.en.errors['business-rule']).waitFor();
      expect(await refusal.textContent()).toContain(en.recording.templateSetupHint);
      await pane.getByTestId('recording-emails').getByText(en.recording.noTemplateEmails, { exact: false }).waitFor();
      expect(await emailsSwitch(pane).isDisabled()).toBe(true);
      expect(await emailsSwitch(pane).isChecked()).toBe(false);
      expect((await automaticRecording(suite.web)).emails).toMatchObject({ enabled: false, templateCode: '' });
      expect(subscriptionsOf(suite.web, 'emails')).toEqual([]);
      await session.screenshot('outlook-settings-refused-no-template-en-light');
    } finally {
      await suite.web.api.put('/interaction-template-setup', { emails: 'EMAIL' });
    }
    await done(session);
  });

  test('When Microsoft 365 consent is missing, then switching on asks for consent and nothing is subscribed', async () => {
    await recordingOff(suite.web);
    const session = await openSettings();
    const { pane } = session;
    suite.web.graph.mailbox.failNext(/^POST \/subscriptions$/, 403, 'Authorization_RequestDenied');

    await emailsSwitch(pane).click();

    const refusal = pane.getByRole('alert').filter({ hasText: en.recording.consent });
    await refusal.getByText(locales.en.errors['consent-required']).waitFor();
    expect(await emailsSwitch(pane).isChecked()).toBe(false);
    expect((await automaticRecording(suite.web)).emails.enabled).toBe(false);
    expect(subscriptionsOf(suite.web, 'emails')).toEqual([]);
    await session.screenshot('outlook-settings-consent-en-light');
    await done(session);
  });
});

describe('Outlook pane: emails you send', () => {
  test('When "Ask me before it is sent" is chosen, then the mailbox keeps it with the server origin, and the pane shows it again after a reload', async () => {
    const session = await openSettings();
    const { page, pane } = session;
    expect(await pane.getByRole('radio', { name: en.send.off }).isChecked()).toBe(true);

    await pane.getByRole('radio', { name: en.send.ask }).check();
    await pane.getByText(en.send.saved).waitFor();
    expect(await roamingSettings(page)).toEqual({ recordSentEmails: 'ask', apiOrigin: suite.web.origin });

    await page.reload();
    await paneReady(pane);
    await pane.getByRole('tab', { name: en.title }).click();
    await pane.getByRole('radio', { name: en.send.ask }).waitFor();
    expect(await pane.getByRole('radio', { name: en.send.ask }).isChecked()).toBe(true);
    await done(session);
  });

  test('When the mailbox cannot save the choice, then the pane says why and shows the choice still saved', async () => {
    const session = await openSettings();
    const { page, pane } = session;
    await page.evaluate((key) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (name: string, value: string) {
        if (name === key) throw new Error('The mailbox is full.');
        return setItem.call(this, name, value);
      };
    }, ROAMING_SETTINGS_KEY);

    await pane.getByRole('radio', { name: en.send.always }).click();

    await pane.getByRole('alert').getByText(en.send.saveFailed.replace('{{detail}}', 'The mailbox is full.')).waitFor();
    expect(await pane.getByRole('radio', { name: en.send.off }).isChecked()).toBe(true);
    expect(await pane.getByText(en.send.saved).count()).toBe(0);
    expect(await roamingSettings(page)).toEqual({});
    await done(session);
  });

  test('When the template setup names no template for emails, then the send choice and the emails switch both say so', async () => {
    await recordingOff(suite.web);
    await suite.web.api.put('/interaction-template-setup', { emails: '' });
    try {
      // On a meeting: the pane has its default template to show before the tab is chosen.
      const session = await openSettings({ sample: 'meeting' });
      const { pane } = session;

      await pane.getByText(en.send.noTemplate).waitFor();
      await pane.getByTestId('recording-emails').getByText(en.recording.noTemplateEmails, { exact: false }).waitFor();
      expect(await emailsSwitch(pane).isDisabled()).toBe(true);
      expect(await pane.getByRole('switch', { name: en.recording.meetings }).isDisabled()).toBe(false);
      await session.screenshot('outlook-settings-no-template-en-light');
      await done(session);
    } finally {
      await suite.web.api.put('/interaction-template-setup', { emails: 'EMAIL' });
    }
  });
});

describe('Outlook settings: languages and themes', () => {
  const cases = (['en', 'cs', 'ru', 'fi'] as const).flatMap((lang) =>
    (['light', 'dark'] as const).map((theme) => [lang, theme] as [Lang, Theme]),
  );

  test.each(cases)(
    'When Outlook runs in %s with the %s theme, then the Settings tab is in that language, fits the pane and axe finds no serious violation',
    async (lang, theme) => {
      await suite.web.api.put('/me/automatic-recording', { emails: true, meetings: false });
      const session = await openSettings({ lang, theme });
      const { page, pane } = session;
      const strings = locales[lang].settings;
      const activePrefix = strings.recording.activeUntil.split('{{date}}')[0];

      await pane.getByTestId('recording-emails').getByText(activePrefix, { exact: false }).waitFor();
      await pane.getByRole('radio', { name: strings.send.always }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(englishLinesIn(await page.locator('body').innerText(), lang)).toEqual([]);
      expect(await overflowingElements(pane)).toEqual([]);
      expect(await seriousViolations(page, '[data-testid="task-pane"]')).toEqual([]);
      await session.screenshot(`outlook-settings-${lang}-${theme}`);
      await done(session);
      await recordingOff(suite.web);
    },
  );
});
