import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../support/browser';
import { openTeamsPage } from '../support/teams-page';
import { startWebApp, type WebApp } from '../support/web-app';

jest.setTimeout(240_000);

const SHOTS = '/tmp/shots/a19';
const NOTE = 'Thank you for visiting our stand.\n\nThe samples you asked for are on their way.';
let web: WebApp;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [web, browser] = await Promise.all([startWebApp('teams_personal_note'), launchBrowser()]);
  await web.api.put('/interaction-templates/EMAIL/email-content', {
    subject: 'Hello {contactName}',
    body: 'Dear {contactName},\n\n{personalNote}\n\nKind regards,\n{salespersonName}',
  });
});
afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

/** A segment of Contoso's people with the EMAIL template, and its first line. */
async function mailing(description: string) {
  const segment = (await web.api.post('/segments', { description, interaction: { templateCode: 'EMAIL' } })).body;
  await web.api.post(`/segments/${segment.no}/add-contacts`, {
    filter: { emailDomain: 'contoso.example', type: 'person' },
  });
  const [line] = (await web.api.get(`/segments/${segment.no}/lines`)).body.items;
  return { no: segment.no as string, line: line as { lineNo: number; contactNo: string; contactName: string } };
}

async function openSegment(options: { width: number; lang: string; theme: string }, no: string) {
  const tab = await openTeamsPage(browser, web.origin, { page: 'tab', ...options });
  await tab.root.getByRole('button', { name: no }).click();
  return tab;
}

describe('Teams tab: a personal note per segment line', () => {
  test('When a note is written in the line editor, then the line shows it, the preview has it in the email, and the logged entry keeps it', async () => {
    const { no, line } = await mailing('Personal note');
    const tab = await openSegment({ width: 1366, lang: 'en', theme: 'light' }, no);
    const row = tab.root.getByTestId(`segment-line-${line.contactNo}`);
    await row.getByRole('button', { name: `Change the interaction for ${line.contactName}` }).click();
    const editor = tab.page.getByRole('dialog');
    await editor.getByRole('textbox', { name: /Personal note/ }).fill(NOTE);
    await tab.shot(SHOTS, 'edit-note-1366-en-light');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'hidden' });
    await row.getByText('note', { exact: true }).waitFor();

    await row.getByRole('button', { name: `Preview what ${line.contactName} receives` }).click();
    const preview = tab.page.getByRole('dialog');
    const email = preview.getByRole('group', { name: 'Email' });
    await email.getByText('The samples you asked for are on their way.', { exact: false }).waitFor();
    await email.getByText(`Hello ${line.contactName}`).waitFor();
    await tab.shot(SHOTS, 'preview-1366-en-light');
    await preview.getByRole('button', { name: 'Close' }).click();

    await tab.root.getByRole('button', { name: 'Log', exact: true }).click();
    const dialog = tab.page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: /^Log \d+ interactions$/ }).click();
    const done = await tab.root.getByText(/logged: \d+ interactions recorded \(logged segment \d+\)/).textContent();
    const entryNo = Number(/logged segment (\d+)/.exec(done!)![1]);
    const entries = (await web.api.get(`/interaction-log-entries?loggedSegmentEntryNo=${entryNo}`)).body.items;
    const noted = entries.filter((e: { personalNote?: string }) => e.personalNote);
    expect(noted.map((e: { contactNo: string; personalNote: string }) => [e.contactNo, e.personalNote])).toEqual([
      [line.contactNo, NOTE],
    ]);
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  test.each([
    [360, 'cs', 'light'],
    [360, 'cs', 'dark'],
    [1366, 'cs', 'dark'],
    [360, 'en', 'dark'],
  ] as const)(
    'When a line has a note (%i px, %s, %s), then the editor, the preview and the log warning read well',
    async (width, lang, theme) => {
      const { no, line } = await mailing(`Note ${width} ${lang} ${theme}`);
      await web.api.patch(`/segments/${no}/lines/${line.lineNo}`, { personalNote: NOTE });
      const tab = await openSegment({ width, lang, theme }, no);
      const row = tab.root.getByTestId(`segment-line-${line.contactNo}`);
      await row.getByRole('button').first().click();
      await tab.page.getByRole('dialog').getByRole('textbox').last().waitFor();
      await tab.shot(SHOTS, `edit-note-${width}-${lang}-${theme}`);
      await tab.page.keyboard.press('Escape');
      await row.getByRole('button').nth(1).click();
      await tab.page.getByRole('dialog').getByText('The samples you asked for', { exact: false }).waitFor();
      await tab.shot(SHOTS, `preview-${width}-${lang}-${theme}`);
      await tab.page.keyboard.press('Escape');
      // A template without {personalNote}: the log dialog says the note would not be sent.
      await web.api.patch(`/segments/${no}/lines/${line.lineNo}`, { templateCode: 'FOLLOWUP' });
      await tab.root.getByRole('button', { name: lang === 'en' ? 'Log' : 'Zaznamenat', exact: true }).click();
      await tab.page.getByRole('alertdialog').getByText('{personalNote}', { exact: false }).waitFor();
      await tab.shot(SHOTS, `log-warning-${width}-${lang}-${theme}`);
      expect(tab.errors).toEqual([]);
      await tab.close();
    },
  );
});
