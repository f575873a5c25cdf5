import { join } from 'node:path';
import { resources } from '@interlog/i18n';
import { newPageOn, seriousViolations } from '../support/browser';
import { browserSuite, SCREENSHOTS } from '../support/browser-suite';
import { englishLinesIn, type Lang, type Theme } from '../support/outlook-pane';
import { automaticRecording, overflowingElements, recordingOff, subscriptionsOf } from '../support/recording-settings';

// The Teams tab's Setup › Automatic recording page against the real server and its Graph stand-in.
jest.setTimeout(120_000);

const suite = browserSuite('teams_recording');
const strings = (lang: Lang) => resources[lang].translation;
const en = strings('en');

/** The marketing tab at Setup › Automatic recording, once its switches have loaded. */
async function openRecordingPage(options: { lang?: Lang; theme?: Theme } = {}) {
  const lang = options.lang ?? 'en';
  const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin, { width: 1280, height: 900 });
  await page.goto(`${suite.web.origin}/teams/preview.html?page=tab&lang=${lang}&theme=${options.theme ?? 'light'}`);
  const tab = page.getByTestId('marketing-tab');
  await tab.getByRole('tab', { name: strings(lang).tab.nav.setup, exact: true }).click();
  await tab.getByRole('tab', { name: strings(lang).setup.nav.recording, exact: true }).click();
  await tab.getByRole('heading', { name: strings(lang).setup.nav.recording, level: 3 }).waitFor();
  await tab.getByRole('switch', { name: strings(lang).settings.recording.meetings }).waitFor();
  return {
    page,
    tab,
    async close() {
      await context.close();
      expect(errors).toEqual([]);
    },
  };
}

describe('Teams tab: automatic recording', () => {
  test('When meeting invitations are switched on, then the server subscribes to the calendar; when switched off, the subscription is deleted', async () => {
    await recordingOff(suite.web);
    const { tab, page, close } = await openRecordingPage();
    const meetings = tab.getByRole('switch', { name: en.settings.recording.meetings });
    const row = tab.getByTestId('recording-meetings');

    await meetings.click();
    await row.getByText(/^Active until .+, renewed automatically$/).waitFor();
    await row.getByText('Template: Meeting invitation (MEETINV)').waitFor();
    expect((await automaticRecording(suite.web)).meetings).toMatchObject({
      enabled: true,
      status: 'active',
      templateCode: 'MEETINV',
    });
    expect(subscriptionsOf(suite.web, 'meetings')).toHaveLength(1);
    expect(subscriptionsOf(suite.web, 'emails')).toEqual([]);
    await page.screenshot({
      path: join(SCREENSHOTS, 'teams-recording-active-en-light.png'),
      fullPage: true,
      animations: 'disabled',
    });

    await meetings.click();
    await row.getByText(en.settings.recording.off, { exact: true }).waitFor();
    expect((await automaticRecording(suite.web)).meetings).toMatchObject({ enabled: false, status: 'off' });
    expect(subscriptionsOf(suite.web, 'meetings')).toEqual([]);
    await close();
  });

  test('When the template setup names no template for meeting invitations, then that switch cannot be turned on and its link opens the template setup', async () => {
    await recordingOff(suite.web);
    await suite.web.api.put('/interaction-template-setup', { meetingInvitation: '' });
    try {
      const { tab, page, close } = await openRecordingPage();
      const row = tab.getByTestId('recording-meetings');

      await row.getByText(en.settings.recording.noTemplateMeetings, { exact: false }).waitFor();
      expect(await tab.getByRole('switch', { name: en.settings.recording.meetings }).isDisabled()).toBe(true);
      expect(await tab.getByRole('switch', { name: en.settings.recording.emails }).isDisabled()).toBe(false);
      await page.screenshot({
        path: join(SCREENSHOTS, 'teams-recording-no-template-en-light.png'),
        fullPage: true,
        animations: 'disabled',
      });

      await row.getByRole('button', { name: en.settings.recording.openTemplateSetup }).click();
      await tab.getByRole('heading', { name: en.setup.nav.templateSetup, level: 3 }).waitFor();
      await tab
        .getByRole('combobox', { name: en.setup.templateSetup.kind.meetingInvitation })
        .filter({ hasText: en.setup.templateSetup.off })
        .waitFor();
      await close();
    } finally {
      await suite.web.api.put('/interaction-template-setup', { meetingInvitation: 'MEETINV' });
    }
  });
});

describe('Teams tab: automatic recording in every language and theme', () => {
  const cases = (['en', 'cs', 'ru', 'fi'] as const).flatMap((lang) =>
    (['light', 'dark'] as const).map((theme) => [lang, theme] as [Lang, Theme]),
  );

  test.each(cases)(
    'When Teams runs in %s with the %s theme, then the page is in that language, fits and axe finds no serious violation',
    async (lang, theme) => {
      await suite.web.api.put('/me/automatic-recording', { emails: false, meetings: true });
      const { page, tab, close } = await openRecordingPage({ lang, theme });
      const recording = strings(lang).settings.recording;

      await tab
        .getByTestId('recording-meetings')
        .getByText(recording.activeUntil.split('{{date}}')[0], { exact: false })
        .waitFor();
      await tab.getByText(recording.intro).waitFor();
      expect(englishLinesIn(await page.locator('body').innerText(), lang)).toEqual([]);
      expect(await overflowingElements(tab)).toEqual([]);
      expect(await seriousViolations(page, '[data-testid="marketing-tab"]')).toEqual([]);
      await page.screenshot({
        path: join(SCREENSHOTS, `teams-recording-${lang}-${theme}.png`),
        fullPage: true,
        animations: 'disabled',
      });
      await close();
      await recordingOff(suite.web);
    },
  );
});
