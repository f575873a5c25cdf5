import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPageOn } from '../support/browser';
import { startWebApp, type WebApp } from '../support/web-app';
import cs from '../../addin/i18n/src/locales/cs.json';
import ru from '../../addin/i18n/src/locales/ru.json';
import fi from '../../addin/i18n/src/locales/fi.json';
import en from '../../addin/i18n/src/locales/en.json';

jest.setTimeout(120_000);

const SHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');
let web: WebApp;
let browser: Browser;
let variantNo = 0;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [web, browser] = await Promise.all([startWebApp('outlook_pane'), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

async function contactNo(email: string): Promise<string> {
  const res = await web.api.get(`/contacts?email=${encodeURIComponent(email)}`);
  return res.body.items[0]?.no;
}

async function entriesFor(email: string, extra = ''): Promise<any[]> {
  const no = await contactNo(email);
  if (!no) return [];
  return (await web.api.get(`/interaction-log-entries?contactNo=${no}&limit=500${extra}`)).body.items;
}

/** Opens the preview on a fresh item of the given kind (a new variant each time). */
async function openPane(sample: string, options: { lang?: string; theme?: string; variant?: string } = {}) {
  const variant = options.variant ?? `-t${++variantNo}-${Date.now()}`;
  const { context, page, errors } = await newPageOn(browser, web.origin);
  await page.goto(`${web.origin}/preview.html?sample=${sample}&lang=${options.lang ?? 'en'}&theme=${options.theme ?? 'light'}&variant=${variant}`);
  const pane = page.getByTestId('task-pane');
  await pane.getByRole('combobox', { name: /./ }).first().waitFor();
  return { context, page, pane, errors, variant };
}

const recordButton = (page: Page) => page.getByTestId('task-pane').getByRole('button', { name: /^(Record for|Zaznamenat|Зарегистрировать|Kirjaa)/ });

async function waitForTemplate(page: Page, code: string) {
  await page.getByTestId('task-pane').getByRole('combobox').filter({ hasText: new RegExp(`\\(${code}\\)`) }).waitFor();
}

describe('Outlook pane: recording an email', () => {
  test('When a known sender is recorded, then one entry with the email as its source is made', async () => {
    const { context, page, pane, variant } = await openPane('inboundKnown');
    await waitForTemplate(page, 'EMAIL');
    await pane.getByRole('button', { name: 'Record for 1 contact' }).click();
    await pane.getByText('Recorded 1 interaction.').waitFor();
    await page.screenshot({ path: join(SHOTS, 'recorded-success-en-light.png'), fullPage: true });

    const entries = (await entriesFor('robin.bauer@fabrikam.example')).filter((e) => e.source?.internetMessageId === `<preview-inbound-known${variant}@fabrikam.example>`);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ templateCode: 'EMAIL', subject: 'Re: Quote for the spring catalogue', source: { type: 'email', itemId: `AAMkAGPreviewInboundKnown${variant}` } });
    await context.close();
  });

  test('When an unknown recipient is created inline, then the company comes from the domain and all three are recorded', async () => {
    const { context, page, pane } = await openPane('outboundMixed');
    await waitForTemplate(page, 'EMAIL');
    const row = pane.getByTestId('person-jana.svobodova@contoso.example');
    await row.getByRole('button', { name: 'Create contact' }).click();
    const form = pane.getByRole('group', { name: /New contact for jana.svobodova@contoso.example/ }).or(pane.locator('[aria-label^="New contact for jana"]'));
    await form.getByRole('combobox', { name: 'Company' }).filter({ hasText: 'Contoso Ltd.' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'new-contact-form-en-light.png'), fullPage: true });
    await form.getByRole('button', { name: 'Create contact' }).click();
    await row.getByText(/Contact CT\d+ · Contoso Ltd\./).waitFor();
    expect(await pane.getByRole('checkbox', { name: 'Record for Jana Svobodová' }).isChecked()).toBe(true);

    await pane.getByRole('button', { name: 'Record for 3 contacts' }).click();
    await pane.getByText('Recorded 3 interactions.').waitFor();
    const jana = (await web.api.get('/contacts?email=jana.svobodova@contoso.example')).body.items[0];
    expect(jana).toMatchObject({ name: 'Jana Svobodová', type: 'person', companyName: 'Contoso Ltd.' });
    for (const email of ['olga.smirnova@contoso.example', 'mikko.virtanen@contoso.example', 'jana.svobodova@contoso.example']) {
      expect((await entriesFor(email)).filter((e) => e.subject === 'Contoso rollout: next steps')).toHaveLength(1);
    }
    await context.close();
  });

  test('When a meeting is recorded, then every attendee gets one entry with the meeting template', async () => {
    const { context, page, pane, variant } = await openPane('meeting');
    await waitForTemplate(page, 'MEETINV');
    await pane.getByRole('button', { name: 'Record for 4 contacts' }).click();
    await pane.getByText('Recorded 4 interactions.').waitFor();
    for (const email of ['robin.bauer@fabrikam.example', 'petra.novakova@fabrikam.example', 'dana.lee@contoso.example', 'olga.smirnova@contoso.example']) {
      const entries = (await entriesFor(email)).filter((e) => e.source?.itemId === `AAMkAGPreviewMeeting${variant}`);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ templateCode: 'MEETINV', source: { type: 'meeting' } });
    }
    await context.close();
  });
});

describe('Outlook pane: never twice', () => {
  test('When Record is clicked twice and the pane reopened, then there is still one entry and the contact shows as already recorded', async () => {
    const { context, page, pane, variant } = await openPane('inboundKnown');
    await waitForTemplate(page, 'EMAIL');
    const button = pane.getByRole('button', { name: 'Record for 1 contact' });
    await button.dblclick();
    await pane.getByText(/Recorded 1 interaction/).first().waitFor();
    await context.close();

    const again = await openPane('inboundKnown', { variant });
    await again.pane.getByTestId('person-robin.bauer@fabrikam.example').getByText('Already recorded').waitFor();
    expect(await again.pane.getByRole('checkbox', { name: 'Record for Robin Bauer' }).isChecked()).toBe(false);
    await again.pane.getByRole('checkbox', { name: 'Record for Robin Bauer' }).check();
    await again.pane.getByRole('button', { name: 'Record for 1 contact' }).click();
    await again.pane.getByText(/Recorded 1 interaction|Already recorded for Robin Bauer/).first().waitFor();

    const entries = (await entriesFor('robin.bauer@fabrikam.example')).filter((e) => e.source?.internetMessageId === `<preview-inbound-known${variant}@fabrikam.example>`);
    expect(entries).toHaveLength(1);
    await again.context.close();
  });

  test('When the API cannot be reached, then the interaction waits on the device and is sent exactly once later', async () => {
    const { context, page, pane, variant } = await openPane('inboundKnown');
    await waitForTemplate(page, 'EMAIL');
    // The server records the request but the answer is lost: the real duplicate risk.
    await page.route('**/api/v1/interactions', async (route) => {
      await route.fetch();
      await route.abort('internetdisconnected');
    });
    await pane.getByRole('button', { name: 'Record for 1 contact' }).click();
    await pane.getByTestId('queue-pending').waitFor();
    await page.screenshot({ path: join(SHOTS, 'queued-en-light.png'), fullPage: true });
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('interlog.pendingInteractions.v1') ?? '[]').length)).toBe(1);

    await page.unroute('**/api/v1/interactions');
    await pane.getByRole('button', { name: 'Send now' }).click();
    await pane.getByTestId('queue-sent').waitFor();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('interlog.pendingInteractions.v1') ?? '[]').length)).toBe(0);
    const entries = (await entriesFor('robin.bauer@fabrikam.example')).filter((e) => e.source?.internetMessageId === `<preview-inbound-known${variant}@fabrikam.example>`);
    expect(entries).toHaveLength(1);
    await context.close();
  });

  test('When the network is down before the request leaves, then coming back online sends it once', async () => {
    const { context, page, pane, variant } = await openPane('inboundKnown');
    await waitForTemplate(page, 'EMAIL');
    await page.route('**/api/v1/interactions', (route) => route.abort('internetdisconnected'));
    await pane.getByRole('button', { name: 'Record for 1 contact' }).click();
    await pane.getByTestId('queue-pending').waitFor();
    await page.unroute('**/api/v1/interactions');
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await pane.getByTestId('queue-sent').waitFor();
    const entries = (await entriesFor('robin.bauer@fabrikam.example')).filter((e) => e.source?.internetMessageId === `<preview-inbound-known${variant}@fabrikam.example>`);
    expect(entries).toHaveLength(1);
    await context.close();
  });
});

describe('Outlook pane: postponed interactions', () => {
  test('When an interaction is postponed, then it is listed, resumes with the form prefilled and finishes as a normal entry', async () => {
    const { context, page, pane } = await openPane('compose');
    await waitForTemplate(page, 'EMAIL');
    await pane.getByRole('textbox', { name: 'Description' }).fill('Invoice follow-up call');
    await pane.getByRole('button', { name: 'Postpone' }).click();
    await pane.getByText('Postponed 1 interaction.').waitFor();
    const danaNo = await contactNo('dana.lee@contoso.example');
    const postponed = (await web.api.get(`/interaction-log-entries?contactNo=${danaNo}&postponed=true`)).body.items.filter((e: any) => e.description === 'Invoice follow-up call');
    expect(postponed).toHaveLength(1);

    await pane.getByRole('tab', { name: 'Postponed' }).click();
    const item = pane.getByTestId(`postponed-${postponed[0].entryNo}`);
    await item.waitFor();
    await page.screenshot({ path: join(SHOTS, 'postponed-list-en-light.png'), fullPage: true });
    await item.getByRole('button', { name: 'Resume' }).click();
    await pane.getByRole('heading', { name: `Finish postponed interaction ${postponed[0].entryNo}` }).waitFor();
    expect(await pane.getByRole('textbox', { name: 'Description' }).inputValue()).toBe('Invoice follow-up call');
    await pane.getByRole('button', { name: 'Finish' }).click();
    await pane.getByText(`Finished postponed interaction ${postponed[0].entryNo}.`).waitFor();

    const finished = (await web.api.get(`/interaction-log-entries/${postponed[0].entryNo}`)).body;
    expect(finished).toMatchObject({ postponed: false, description: 'Invoice follow-up call', contactNo: danaNo });
    await context.close();
  });

  test('When a postponed interaction is deleted, then the pane asks first and it is gone', async () => {
    const { context, page, pane } = await openPane('compose');
    await waitForTemplate(page, 'EMAIL');
    await pane.getByRole('textbox', { name: 'Description' }).fill('To be dropped');
    await pane.getByRole('button', { name: 'Postpone' }).click();
    await pane.getByText('Postponed 1 interaction.').waitFor();
    const danaNo = await contactNo('dana.lee@contoso.example');
    const [entry] = (await web.api.get(`/interaction-log-entries?contactNo=${danaNo}&postponed=true`)).body.items.filter((e: any) => e.description === 'To be dropped');

    await pane.getByRole('tab', { name: 'Postponed' }).click();
    await pane.getByTestId(`postponed-${entry.entryNo}`).getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('“To be dropped”', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await pane.getByText(`Deleted postponed interaction ${entry.entryNo}.`).waitFor();
    expect((await web.api.get(`/interaction-log-entries/${entry.entryNo}`)).status).toBe(404);
    await context.close();
  });
});

describe('Outlook pane: pinned, following the selected item', () => {
  test('When another item is selected with unsaved input, then the pane asks before discarding it', async () => {
    const { context, page, pane } = await openPane('inboundKnown');
    await waitForTemplate(page, 'EMAIL');
    await pane.getByRole('textbox', { name: 'Description' }).fill('Half-typed note');
    await page.getByRole('combobox', { name: 'Sample item' }).selectOption('meeting');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await page.screenshot({ path: join(SHOTS, 'unsaved-dialog-en-light.png'), fullPage: true });
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    expect(await pane.getByRole('textbox', { name: 'Description' }).inputValue()).toBe('Half-typed note');

    await page.getByRole('button', { name: /Select another item/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Discard and switch' }).click();
    await pane.getByText('Quarterly business review').waitFor();
    await waitForTemplate(page, 'MEETINV');
    await context.close();
  });

  test('When another item is selected without input, then the pane follows it at once', async () => {
    const { context, page, pane } = await openPane('inboundKnown');
    await waitForTemplate(page, 'EMAIL');
    await page.getByRole('combobox', { name: 'Sample item' }).selectOption('outboundMixed');
    await pane.getByText('Contoso rollout: next steps').waitFor();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await context.close();
  });
});

describe('Outlook pane: keyboard and accessibility', () => {
  test('When only the keyboard is used, then a template can be chosen and the interaction recorded', async () => {
    const { context, page, pane, variant } = await openPane('inboundKnown');
    await waitForTemplate(page, 'EMAIL');
    const picker = pane.getByRole('combobox', { name: 'Interaction template' });
    await picker.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: /E-mail received/ }).waitFor();
    await page.keyboard.type('E-mail r');
    await page.keyboard.press('Enter');
    await waitForTemplate(page, 'EMAIL-IN');
    await recordButton(page).focus();
    await page.keyboard.press('Enter');
    await pane.getByText('Recorded 1 interaction.').waitFor();
    const entries = (await entriesFor('robin.bauer@fabrikam.example')).filter((e) => e.source?.internetMessageId === `<preview-inbound-known${variant}@fabrikam.example>`);
    expect(entries).toEqual([expect.objectContaining({ templateCode: 'EMAIL-IN', informationFlow: 'inbound' })]);
    await context.close();
  });

  test.each(['light', 'dark', 'contrast'])('When axe checks the pane in the %s theme, then it finds no serious or critical violation', async (theme) => {
    const { context, page } = await openPane('outboundMixed', { theme });
    await waitForTemplate(page, 'EMAIL');
    // Tabster's focus-trap sentinels (aria-hidden, focusable by design) are Fluent internals, not content.
    const results = await new AxeBuilder({ page }).include('[data-testid="task-pane"]').exclude('[data-tabster-dummy]').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
    await context.close();
  });
});

describe('Outlook pane: languages and themes', () => {
  const locales = { en, cs, ru, fi } as const;
  const cases = (['en', 'cs', 'ru', 'fi'] as const).flatMap((lang) => (['light', 'dark'] as const).map((theme) => [lang, theme] as const));

  test.each(cases)('When the pane opens in %s with the %s theme, then its texts are in that language', async (lang, theme) => {
    const { context, page, pane, errors } = await openPane('meeting', { lang, theme });
    await waitForTemplate(page, 'MEETINV');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const strings = locales[lang] as typeof en & Record<string, any>;
    const form = strings.form as Record<string, string>;
    const record = new Intl.PluralRules(lang).select(4);
    await pane.getByRole('button', { name: form[`record_${record}`].replace('{{count}}', '4') }).waitFor();
    await pane.getByRole('heading', { name: strings.people.title }).waitFor();
    expect(errors).toEqual([]);
    for (const sample of ['meeting', 'inboundKnown', 'outboundMixed'] as const) {
      if (sample !== 'meeting') {
        await page.getByRole('combobox').first().selectOption(sample);
        await pane.getByTestId('item-summary').filter({ hasText: sample === 'inboundKnown' ? 'spring' : 'Contoso' }).waitFor();
      }
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SHOTS, `${sample}-${lang}-${theme}.png`), fullPage: true });
    }
    await context.close();
  });
});
