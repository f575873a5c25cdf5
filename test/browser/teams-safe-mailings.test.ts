import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../support/browser';
import { eventually } from '../support/eventually';
import { LOOKS, openTeamsPage } from '../support/teams-page';
import { startWebApp, type WebApp } from '../support/web-app';

jest.setTimeout(240_000);

const SHOTS = '/tmp/shots/a15c';
let web: WebApp;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [web, browser] = await Promise.all([startWebApp('teams_safe_mailings'), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

/** A segment of Contoso's people with the demo's EMAIL template (which has email content). */
async function contosoMailing(description: string): Promise<string> {
  const segment = (await web.api.post('/segments', { description, interaction: { templateCode: 'EMAIL' } })).body;
  await web.api.post(`/segments/${segment.no}/add-contacts`, {
    filter: { emailDomain: 'contoso.example', type: 'person' },
  });
  return segment.no;
}

async function openSegment(options: { width: number; lang: string; theme: string }, no: string) {
  const tab = await openTeamsPage(browser, web.origin, { page: 'tab', ...options });
  await tab.root.getByRole('button', { name: no }).click();
  return tab;
}

describe('Teams tab: mail goes out only when the user meant it', () => {
  test.each(LOOKS)(
    'When a segment is about to be logged (%i px, %s, %s), then the dialog states the number of emails, the sender and the first email before anything is sent',
    async (width, lang, theme) => {
      const no = await contosoMailing(`Mailing ${width} ${lang} ${theme}`);
      const tab = await openSegment({ width, lang, theme }, no);
      await tab.root.getByRole('button', { name: lang === 'en' ? 'Log' : 'Зарегистрировать', exact: true }).click();
      const dialog = tab.page.getByRole('alertdialog');
      const email = dialog.getByRole('group', {
        name:
          lang === 'en'
            ? 'The email as the first contact gets it'
            : 'Письмо в том виде, в каком его получит первый контакт',
      });
      await email.getByText('[Interlog demo]', { exact: false }).waitFor();
      const send = dialog.getByRole('checkbox');
      expect(await send.last().isChecked()).toBe(false);
      if (lang === 'en') {
        await dialog.getByRole('checkbox', { name: 'Also send 3 emails from your mailbox, as shown below' }).waitFor();
        await email.getByText(/^Dana Lee <dana\.lee@contoso\.example>|^Olga|^Mikko/).waitFor();
        await dialog.getByRole('button', { name: 'Edit the email content of template E-mail (EMAIL)' }).waitFor();
      }
      await tab.shot(SHOTS, `log-dialog-${width}-${lang}-${theme}`);
      await dialog.getByRole('button', { name: lang === 'en' ? 'Cancel' : 'Отмена' }).click();
      expect((await web.api.get(`/segments/${no}/log-progress`)).body.state).toBe('notStarted');
      expect(tab.errors).toEqual([]);
      await tab.close();
    },
  );

  test('When a segment is logged without ticking Send, then no email goes out', async () => {
    const no = await contosoMailing('Not sent');
    const tab = await openSegment({ width: 1366, lang: 'en', theme: 'light' }, no);
    await tab.root.getByRole('button', { name: 'Log', exact: true }).click();
    const dialog = tab.page.getByRole('alertdialog');
    await dialog.getByRole('checkbox', { name: /Also send 3 emails/ }).waitFor();
    await dialog.getByRole('button', { name: 'Log 3 interactions' }).click();
    const done = await tab.root.getByText(/logged: 3 interactions recorded \(logged segment \d+\)/).textContent();
    const entryNo = Number(/logged segment (\d+)/.exec(done!)![1]);
    expect((await web.api.get(`/logged-segments/${entryNo}/deliveries`)).body).toMatchObject({ pending: 0, sent: 0 });
    await tab.close();
  });

  test.each([
    ['en', 'light', 'Cancel logged segment', '3 of its emails have already been sent: canceling does not recall them.'],
    ['ru', 'dark', 'Отменить зарегистрированный сегмент', '3 письма уже отправлены: отмена не отзывает их.'],
  ] as const)(
    'When a logged segment whose emails went out is canceled (%s, %s), then the question says how many were sent and that canceling does not recall them',
    async (lang, theme, cancelLabel, note) => {
      const no = await contosoMailing(`Sent and canceled ${lang}`);
      const logged = (await web.api.post(`/segments/${no}/log`, { deliver: true })).body;
      const deliveries = await eventually(
        async () => (await web.api.get(`/logged-segments/${logged.loggedSegmentEntryNo}/deliveries`)).body,
        (summary) => summary.sent === 3,
        60_000,
      );
      expect(deliveries).toMatchObject({ sent: 3, pending: 0 });
      for (const width of [360, 1366]) {
        const tab = await openTeamsPage(browser, web.origin, { page: 'tab', width, lang, theme });
        await tab.root.getByRole('tab').nth(1).click();
        const row = tab.root.getByTestId(`logged-segment-${logged.loggedSegmentEntryNo}`);
        await row.getByRole('button').last().click();
        await tab.page.getByRole('menuitem', { name: cancelLabel }).click();
        const question = tab.page.getByRole('alertdialog');
        await question.getByText(note, { exact: false }).waitFor();
        if (lang === 'en') await question.getByRole('button', { name: cancelLabel }).waitFor();
        await tab.shot(SHOTS, `cancel-sent-${width}-${lang}-${theme}`);
        await tab.close();
      }
    },
  );
});
