import { mkdirSync } from 'node:fs';
import { resources } from '@interlog/i18n';
import { seriousViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { openTeamsPage, sidewaysScroll } from '../support/teams-page';
import { englishLinesIn, locales, outlookPane, people, recordLabel, templateShown } from '../support/outlook-pane';

// Unknown correspondents (issue 16, point 5): the Teams tab's list under Setup, and the pane's new-contact form.
jest.setTimeout(120_000);

const SHOTS = '/tmp/shots/unknown';
mkdirSync(SHOTS, { recursive: true });
const suite = browserSuite('unknown_correspondents');
const { open } = outlookPane(
  () => suite.browser,
  () => suite.web,
);
const strings = (lang: 'en' | 'fi') => resources[lang].translation;
const en = strings('en');

let seq = 0;
/** Items met with these people that matched no contact, as recording reports them. */
async function sight(address: string, name: string, count: number) {
  for (let n = 0; n < count; n++) {
    const res = await suite.web.api.post('/unknown-correspondents/sightings', {
      item: {
        kind: 'sent',
        internetMessageId: `<uc-${++seq}@test.example>`,
        subject: `Offer ${seq}`,
        date: new Date().toISOString(),
      },
      people: [{ address, name }],
    });
    expect(res.status).toBe(200);
  }
}

async function openList(lang: 'en' | 'fi', theme: 'light' | 'dark', width: number) {
  const teams = await openTeamsPage(suite.browser, suite.web.origin, { page: 'tab', lang, theme, width });
  const s = strings(lang);
  await teams.root.getByRole('tab', { name: s.tab.nav.setup, exact: true }).click();
  await teams.root.getByRole('tab', { name: s.setup.nav.unknown, exact: true }).click();
  await teams.root.getByRole('heading', { name: s.setup.nav.unknown, level: 3 }).waitFor();
  return teams;
}

describe('Teams tab: Setup › Unknown correspondents', () => {
  test('The list shows each kept address with its count; Ignore takes it off; Create contact records the missed interactions', async () => {
    await sight('lena.kivi@tailspin.example', 'Lena Kivi', 2);
    await sight('promo@mailer.example', 'Promotions', 1);
    const teams = await openList('en', 'light', 1280);
    const { root, page } = teams;
    const lena = root.getByRole('row').filter({ hasText: 'lena.kivi@tailspin.example' });
    await lena.getByText('Lena Kivi').waitFor();
    expect(await seriousViolations(page, 'body')).toEqual([]);
    await teams.shot(SHOTS, 'tab-list-1280-en-light', { fullPage: true });

    await root
      .getByRole('button', { name: en.setup.unknown.ignoreFor.replace('{{address}}', 'promo@mailer.example') })
      .click();
    await root.getByText(en.setup.unknown.ignored.replace('{{address}}', 'promo@mailer.example')).waitFor();
    await root.getByRole('row').filter({ hasText: 'promo@mailer.example' }).waitFor({ state: 'detached' });

    await lena
      .getByRole('button', { name: en.setup.unknown.createFor.replace('{{address}}', 'lena.kivi@tailspin.example') })
      .click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('textbox', { name: en.setup.unknown.contactName }).inputValue()).toBe('Lena Kivi');
    const recordMissed = dialog.getByRole('checkbox', {
      name: en.setup.unknown.recordMissed_other.replace('{{count}}', '2'),
    });
    expect(await recordMissed.isChecked()).toBe(true);
    await teams.shot(SHOTS, 'tab-create-dialog-1280-en-light');
    await dialog.getByRole('button', { name: en.setup.unknown.createContact }).click();
    await root.getByText(/^Contact Lena Kivi created; 2 interactions recorded\.$/).waitFor();
    await root.getByText(en.setup.unknown.empty).waitFor();

    const contact = (await suite.web.api.get('/contacts?email=lena.kivi@tailspin.example')).body.items[0];
    expect(contact).toMatchObject({ name: 'Lena Kivi', companyName: 'Tailspin' });
    const entries = (await suite.web.api.get(`/interaction-log-entries?contactNo=${contact.no}`)).body.items;
    expect(entries).toHaveLength(2);
    await teams.close();
    expect(teams.errors).toEqual([]);
  });

  test('Create contact with no company and another template records the missed emails with that template', async () => {
    await sight('olli.koski@fabrikam.example', 'Olli Koski', 2);
    const setup = (await suite.web.api.get('/interaction-template-setup')).body;
    const templates: Array<{ code: string; description: string }> = (await suite.web.api.get('/interaction-templates'))
      .body.items;
    const other = templates.find(
      (t) => t.code !== setup.emails && templates.filter((u) => u.description === t.description).length === 1,
    )!;
    const teams = await openList('en', 'dark', 1280);
    const { root, page } = teams;
    await root
      .getByRole('button', { name: en.setup.unknown.createFor.replace('{{address}}', 'olli.koski@fabrikam.example') })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: en.setup.unknown.company }).click();
    await page.getByRole('option', { name: en.setup.unknown.noCompany, exact: true }).click();
    await dialog.getByRole('combobox', { name: en.setup.unknown.templateFor.sent }).click();
    await page.getByRole('option', { name: other.description, exact: true }).click();
    await teams.shot(SHOTS, 'tab-create-dialog-choices-1280-en-dark');
    await dialog.getByRole('button', { name: en.setup.unknown.createContact }).click();
    await root.getByText(/^Contact Olli Koski created; 2 interactions recorded\.$/).waitFor();

    const contact = (await suite.web.api.get('/contacts?email=olli.koski@fabrikam.example')).body.items[0];
    expect(contact).toMatchObject({ name: 'Olli Koski', companyNo: '' });
    const entries = (await suite.web.api.get(`/interaction-log-entries?contactNo=${contact.no}`)).body.items;
    expect(entries.map((e: { templateCode: string }) => e.templateCode)).toEqual([other.code, other.code]);
    await teams.close();
    expect(teams.errors).toEqual([]);
  });

  test.each([
    [360, 'fi', 'dark'],
    [360, 'en', 'light'],
    [1280, 'fi', 'light'],
    [1280, 'en', 'dark'],
  ] as const)('At %i px in %s (%s), the list and its dialog fit and speak the language', async (width, lang, theme) => {
    await sight('matti.meikalainen@litware.example', 'Matti Meikäläinen', 3);
    const teams = await openList(lang, theme, width);
    const { root, page } = teams;
    const s = strings(lang);
    await root.getByText('matti.meikalainen@litware.example').waitFor();
    expect(await sidewaysScroll(page)).toBe(0);
    if (lang === 'fi') expect(englishLinesIn(await root.innerText(), lang)).toEqual([]);
    await teams.shot(SHOTS, `tab-list-${width}-${lang}-${theme}`, { fullPage: true });
    await root
      .getByRole('button', {
        name: s.setup.unknown.createFor.replace('{{address}}', 'matti.meikalainen@litware.example'),
      })
      .click();
    await page.getByRole('dialog').getByRole('checkbox').waitFor();
    await teams.shot(SHOTS, `tab-create-dialog-${width}-${lang}-${theme}`);
    await teams.close();
    expect(teams.errors).toEqual([]);
  });
});

describe('Outlook pane: an address that matches no contact', () => {
  test.each([
    ['fi', 'dark', 360],
    ['fi', 'light', 1280],
    ['en', 'dark', 360],
  ] as const)('In %s (%s) at %i px, the kept count and the offer speak the language', async (lang, theme, width) => {
    const session = await open('outboundMixed', { lang, theme });
    const { pane, page } = session;
    await page.setViewportSize({ width, height: 900 });
    const keptLine = new RegExp(`^${people.jana.replace(/\./g, '\\.')}: .*\\d`);
    await pane.getByText(keptLine).waitFor();
    await pane.getByTestId(`person-${people.jana}`).getByRole('button', { name: locales[lang].people.create }).click();
    await pane
      .getByRole('checkbox', { name: new RegExp(locales[lang].newContact.recordMissed_one.split('{{count}}')[0]) })
      .waitFor();
    if (lang === 'fi') expect(englishLinesIn(await pane.innerText(), lang)).toEqual([]);
    await page.screenshot({
      path: `${SHOTS}/pane-form-${width}-${lang}-${theme}.png`,
      fullPage: true,
      animations: 'disabled',
    });
    await session.close();
    expect(session.errors).toEqual([]);
  });

  test('The pane shows how many items are kept for the address, and creating the contact records the missed ones once each', async () => {
    await sight(people.jana, 'Jana Svobodová', 2);
    const session = await open('outboundMixed', { lang: 'en', theme: 'light' });
    const { pane, page } = session;
    await templateShown(pane, 'EMAIL');
    const jana = pane.getByTestId(`person-${people.jana}`);
    // The two kept before, this email, and the emails the tests above opened.
    await pane.getByText(new RegExp(`^${people.jana.replace(/\./g, '\\.')}: \\d+ `)).waitFor();
    const kept = String((await suite.web.api.get(`/unknown-correspondents/${people.jana}`)).body.itemCount);
    expect(Number(kept)).toBeGreaterThanOrEqual(3);
    const keptAt = `${people.jana}: ${locales.en.newContact.kept_other.replace('{{count}}', kept)}`;
    await pane.getByRole('list', { name: locales.en.people.unknown }).getByText(keptAt).waitFor();
    await jana.getByRole('button', { name: locales.en.people.create }).click();
    const form = pane.getByRole('group', { name: locales.en.newContact.title.replace('{{email}}', people.jana) });
    await form.getByText(locales.en.newContact.kept_other.replace('{{count}}', kept)).waitFor();
    const box = form.getByRole('checkbox', {
      name: locales.en.newContact.recordMissed_other.replace('{{count}}', kept),
    });
    expect(await box.isChecked()).toBe(true);
    expect(await seriousViolations(page, 'body')).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/pane-form-en-light.png`, fullPage: true, animations: 'disabled' });

    await form.getByRole('button', { name: locales.en.newContact.save }).click();
    await jana.getByText(/Contact CT\d+/).waitFor();
    const contact = (await suite.web.api.get(`/contacts?email=${people.jana}`)).body.items[0];
    const entries = (await suite.web.api.get(`/interaction-log-entries?contactNo=${contact.no}`)).body.items;
    expect(entries).toHaveLength(Number(kept));
    expect((await suite.web.api.get(`/unknown-correspondents/${people.jana}`)).status).toBe(404);
    // This email was among the missed ones: recorded for her now, not offered to record again.
    await jana.getByText(locales.en.people.alreadyRecorded).waitFor();
    expect(await pane.getByRole('checkbox', { name: /Jana Svobodová/ }).isChecked()).toBe(false);
    await pane.getByRole('button', { name: recordLabel('en', 2) }).waitFor();
    await page.screenshot({ path: '/tmp/shots/walk18/pane-created-with-missed-en-light.png', fullPage: true });
    await session.close();
    expect(session.errors).toEqual([]);
  });
});
