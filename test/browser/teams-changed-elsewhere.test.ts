// Issue 18, item 2: a save refused because someone else changed the record (412) says so, overwrites
// nothing, and Reload shows the record as the other person left it.
import type { Locator, Page } from 'playwright-core';
import { newPageOn, seriousViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';

jest.setTimeout(180_000);

const suite = browserSuite('changed_elsewhere');
const SHOTS = '/tmp/shots/a18';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Session {
  page: Page;
  tab: Locator;
  close: () => Promise<void>;
}

/** One person's Teams tab on a setup page (English names unless told). */
async function openSetupPage(
  pageName: string,
  options: { lang?: string; theme?: string; setupTab?: string; width?: number } = {},
): Promise<Session> {
  const { context, page } = await newPageOn(suite.browser, suite.web.origin, {
    width: options.width ?? 1280,
    height: 900,
  });
  await page.goto(
    `${suite.web.origin}/teams/preview.html?page=tab&lang=${options.lang ?? 'en'}&theme=${options.theme ?? 'light'}`,
  );
  const tab = page.getByTestId('marketing-tab');
  await tab.getByRole('tab', { name: options.setupTab ?? 'Setup', exact: true }).click();
  await tab.getByRole('tab', { name: pageName, exact: true }).click();
  await tab.getByRole('heading', { name: pageName, exact: true, level: 3 }).waitFor();
  return { page, tab, close: () => context.close() };
}

const languageField = (tab: Locator, label = 'Default language code') => tab.getByLabel(label, { exact: true });

/** Waits until a field shows `value` (loaded or read again). */
async function showing(field: Locator, value: string) {
  await field.waitFor();
  for (const until = Date.now() + 10_000; (await field.inputValue()) !== value; await sleep(50))
    if (Date.now() > until) throw new Error(`The field shows "${await field.inputValue()}", not "${value}"`);
}

describe('A record changed by someone else', () => {
  let languageBefore: string;
  beforeAll(async () => {
    languageBefore = (await suite.web.api.get('/marketing-setup')).body.defaultLanguageCode;
  });
  afterEach(async () => {
    await suite.web.api.put('/marketing-setup', { defaultLanguageCode: languageBefore });
  });

  test('When two people save the marketing setup one after the other, then the second is told it was changed by someone else, nothing is overwritten, and Reload shows the first one’s value', async () => {
    const first = await openSetupPage('Marketing setup');
    const second = await openSetupPage('Marketing setup');
    for (const { tab } of [first, second]) await showing(languageField(tab), languageBefore);

    await languageField(first.tab).fill('DEU');
    await first.tab.getByRole('button', { name: 'Save' }).click();
    await first.tab.getByText('Saved.').waitFor();

    await languageField(second.tab).fill('FRA');
    await second.tab.getByRole('button', { name: 'Save' }).click();
    const alert = second.tab.getByRole('alert').filter({ hasText: 'Changed by someone else' });
    await alert.waitFor();
    await second.page.screenshot({ path: `${SHOTS}/setup-changed-1280-en-light.png` });
    expect((await suite.web.api.get('/marketing-setup')).body.defaultLanguageCode).toBe('DEU');
    expect(await seriousViolations(second.page, '[data-testid="marketing-tab"]')).toEqual([]);

    await alert.getByRole('button', { name: 'Reload' }).click();
    await showing(languageField(second.tab), 'DEU');
    expect(await second.tab.getByText('Changed by someone else').count()).toBe(0);
    await second.page.screenshot({ path: `${SHOTS}/setup-reloaded-1280-en-light.png` });
    await first.close();
    await second.close();
  });

  test('When an interaction group is changed by someone else while its edit dialog is open, then Save is refused in the dialog and Reload fills in their description', async () => {
    await suite.web.api.post('/interaction-groups', { code: 'ELSEWHERE', description: 'Before' });
    const mine = await openSetupPage('Interaction groups');
    await mine.tab.getByRole('button', { name: 'Edit ELSEWHERE' }).click();
    const dialog = mine.page.getByRole('dialog');
    await dialog.getByLabel('Description', { exact: true }).fill('Mine');

    expect((await suite.web.api.patch('/interaction-groups/ELSEWHERE', { description: 'Theirs' })).status).toBe(200);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Changed by someone else' }).waitFor();
    await mine.page.screenshot({ path: `${SHOTS}/dialog-changed-1280-en-light.png` });
    expect((await suite.web.api.get('/interaction-groups/ELSEWHERE')).body.description).toBe('Theirs');

    await dialog.getByRole('button', { name: 'Reload' }).click();
    await showing(dialog.getByLabel('Description', { exact: true }), 'Theirs');
    await dialog.getByLabel('Description', { exact: true }).fill('Mine after all');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await suite.web.api.get('/interaction-groups/ELSEWHERE')).body.description).toBe('Mine after all');
    await mine.close();
  });

  test('When a segment header is changed by someone else while it is open, then Save is refused and Reload shows their description', async () => {
    const { context, page } = await newPageOn(suite.browser, suite.web.origin, { width: 1280, height: 1000 });
    await page.goto(`${suite.web.origin}/teams/preview.html?page=tab&lang=en&theme=light`);
    const tab = page.getByTestId('marketing-tab');
    await tab.getByRole('button', { name: 'New segment' }).click();
    const create = page.getByRole('dialog');
    await create.getByLabel('Description').fill('Before');
    await create.getByRole('button', { name: 'Create' }).click();
    const title = await tab.getByRole('heading', { name: /· Before$/ }).textContent();
    const no = /Segment (\S+) ·/.exec(title!)![1];
    const header = tab.locator('[aria-labelledby="segment-header-heading"]');
    // The header's own description comes first (the interaction has one too).
    const description = header.getByLabel('Description', { exact: true }).first();
    await showing(description, 'Before');

    expect((await suite.web.api.patch(`/segments/${no}`, { description: 'Theirs' })).status).toBe(200);
    await description.fill('Mine');
    await header.getByRole('button', { name: 'Save', exact: true }).click();
    const alert = header.getByRole('alert').filter({ hasText: 'Changed by someone else' });
    await alert.waitFor();
    await page.screenshot({ path: `${SHOTS}/segment-header-changed-1280-en-light.png` });
    expect((await suite.web.api.get(`/segments/${no}`)).body.description).toBe('Theirs');

    await alert.getByRole('button', { name: 'Reload' }).click();
    await showing(description, 'Theirs');
    await context.close();
  });

  test('When a segment line is changed by someone else while its edit dialog is open, then Save is refused in the dialog and Reload shows their subject', async () => {
    const contact = (await suite.web.api.post('/contacts', { name: 'Line Person' })).body;
    const segment = (await suite.web.api.post('/segments', { description: 'Line edits' })).body;
    const line = (await suite.web.api.post(`/segments/${segment.no}/lines`, { contactNo: contact.no })).body;
    const { context, page } = await newPageOn(suite.browser, suite.web.origin, { width: 1280, height: 1000 });
    await page.goto(`${suite.web.origin}/teams/preview.html?page=tab&lang=en&theme=light`);
    const tab = page.getByTestId('marketing-tab');
    await tab.getByText(segment.no, { exact: true }).click();
    await tab.getByRole('button', { name: 'Change the interaction for Line Person' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Subject', { exact: true }).fill('Mine');

    const path = `/segments/${segment.no}/lines/${line.lineNo}`;
    expect((await suite.web.api.patch(path, { subject: 'Theirs' })).status).toBe(200);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Changed by someone else' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/line-dialog-changed-1280-en-light.png` });

    await dialog.getByRole('button', { name: 'Reload' }).click();
    await showing(page.getByRole('dialog').getByLabel('Subject', { exact: true }), 'Theirs');
    const lines = (await suite.web.api.get(`/segments/${segment.no}/lines`)).body.items;
    expect(lines[0].subject).toBe('Theirs');
    await context.close();
  });

  test.each([
    ['ru', 'dark', 360, 'Настройка', 'Настройка маркетинга', 'Код языка по умолчанию', 'Сохранить', 'Обновить'],
    ['en', 'dark', 360, 'Setup', 'Marketing setup', 'Default language code', 'Save', 'Reload'],
    ['ru', 'light', 1280, 'Настройка', 'Настройка маркетинга', 'Код языка по умолчанию', 'Сохранить', 'Обновить'],
  ])(
    'When the message shows in %s with the %s theme at %ipx, then it is translated and its Reload works',
    async (lang, theme, width, setupTab, pageName, label, save, reload) => {
      const session = await openSetupPage(pageName, { lang, theme, setupTab, width });
      await showing(languageField(session.tab, label), languageBefore);
      await suite.web.api.put('/marketing-setup', { defaultLanguageCode: 'ITA' });
      await languageField(session.tab, label).fill('ESP');
      await session.tab.getByRole('button', { name: save, exact: true }).click();
      const alert = session.tab.getByRole('alert').filter({ has: session.page.getByRole('button', { name: reload }) });
      await alert.waitFor();
      await alert.scrollIntoViewIfNeeded();
      await session.page.screenshot({ path: `${SHOTS}/setup-changed-${width}-${lang}-${theme}.png` });
      expect(await seriousViolations(session.page, '[data-testid="marketing-tab"]')).toEqual([]);
      await alert.getByRole('button', { name: reload }).click();
      await showing(languageField(session.tab, label), 'ITA');
      await session.close();
    },
  );
});
