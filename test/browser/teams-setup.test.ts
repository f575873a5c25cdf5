import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { newPageOn, seriousViolations } from '../support/browser';
import { browserSuite, SCREENSHOTS } from '../support/browser-suite';

jest.setTimeout(180_000);

const suite = browserSuite('teams_setup');

/** The marketing tab on its Setup section, on the given setup page (English names unless `pageName` says otherwise). */
async function openSetup(options: { lang?: string; theme?: string; setupTab?: string; pageName?: string } = {}) {
  const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin, { width: 1280, height: 1000 });
  await page.goto(
    `${suite.web.origin}/teams/preview.html?page=tab&lang=${options.lang ?? 'en'}&theme=${options.theme ?? 'light'}`,
  );
  const tab = page.getByTestId('marketing-tab');
  await tab.getByRole('tab', { name: options.setupTab ?? 'Setup', exact: true }).click();
  if (options.pageName) await openPage(tab, options.pageName);
  return { context, page, tab, errors };
}

async function openPage(tab: Locator, name: string) {
  await tab
    .getByRole('tablist', { name: /Setup pages|Stránky nastavení|Страницы настройки|Asetussivut/ })
    .getByRole('tab', { name, exact: true })
    .click();
  await tab.getByRole('heading', { name, exact: true, level: 3 }).waitFor();
}

async function pick(page: Page, scope: Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Fills the open dialog's fields (label → value), presses its submit button and waits for it to close. */
async function submitDialog(page: Page, submit: string, fill: (dialog: Locator) => Promise<void>) {
  const dialog = page.getByRole('dialog');
  await fill(dialog);
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('Teams setup pages', () => {
  test('When a group and a template in it are created, then the API has the template with every value entered', async () => {
    const { context, page, tab, errors } = await openSetup({ pageName: 'Interaction groups' });
    await tab.getByRole('button', { name: 'New group' }).click();
    await submitDialog(page, 'Create', async (dialog) => {
      await dialog.getByLabel('Code', { exact: true }).fill('webinar');
      await dialog.getByLabel('Description', { exact: true }).fill('Webinars');
    });
    await tab.getByText('WEBINAR saved.').waitFor();
    await tab.getByRole('row', { name: /WEBINAR\s*Webinars/ }).waitFor();

    await openPage(tab, 'Interaction templates');
    await tab.getByRole('button', { name: 'New template' }).click();
    await submitDialog(page, 'Create', async (dialog) => {
      await dialog.getByLabel('Code', { exact: true }).fill('WEB-INVITE');
      await dialog.getByLabel('Description', { exact: true }).fill('Webinar invitation');
      await pick(page, dialog, 'Interaction group', 'Webinars (WEBINAR)');
      await pick(page, dialog, 'Information flow', 'Inbound');
      await pick(page, dialog, 'Initiated by', 'Them');
      await dialog.getByLabel('Unit cost').fill('2.5');
      await dialog.getByLabel('Unit duration (minutes)').fill('45');
      await pick(page, dialog, 'Correspondence type', 'Email');
      await dialog.getByLabel('Language code').fill('enu');
      await dialog.getByRole('checkbox', { name: "Ignore the contact's correspondence type" }).check();
    });
    await tab.getByText('WEB-INVITE saved.').waitFor();
    await tab
      .getByRole('row', { name: /WEB-INVITE/ })
      .getByText('2.50')
      .waitFor();

    const { status, body } = await suite.web.api.get('/interaction-templates/WEB-INVITE');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      description: 'Webinar invitation',
      interactionGroupCode: 'WEBINAR',
      informationFlow: 'inbound',
      initiatedBy: 'them',
      unitCost: 2.5,
      unitDurationMin: 45,
      correspondenceType: 'email',
      ignoreContactCorrespondenceType: true,
      languageCode: 'ENU',
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  test("When a template's unit cost is edited, then the server keeps the new cost and the list shows it", async () => {
    await suite.web.api.post('/interaction-templates', {
      code: 'COST-EDIT',
      description: 'Brochure',
      unitCost: 1,
      unitDurationMin: 5,
    });
    const { context, page, tab } = await openSetup({ pageName: 'Interaction templates' });
    await tab.getByRole('button', { name: 'Edit COST-EDIT' }).click();
    await page.getByRole('dialog', { name: 'Edit interaction template COST-EDIT' }).waitFor();
    await submitDialog(page, 'Save', async (dialog) => {
      await dialog.getByLabel('Unit cost').fill('12.75');
    });
    await tab
      .getByRole('row', { name: /COST-EDIT/ })
      .getByText('12.75')
      .waitFor();
    const { body } = await suite.web.api.get('/interaction-templates/COST-EDIT');
    expect(body).toMatchObject({ unitCost: 12.75, description: 'Brochure', unitDurationMin: 5 });
    await context.close();
  });

  test('When a group a template uses is deleted, then the message says it is in use by that template, and the group and template stay', async () => {
    await suite.web.api.post('/interaction-groups', { code: 'INUSE', description: 'In use' });
    await suite.web.api.post('/interaction-templates', {
      code: 'INUSE-TPL',
      description: 'Uses INUSE',
      interactionGroupCode: 'INUSE',
    });
    const { context, page, tab } = await openSetup({ pageName: 'Interaction groups' });
    await tab.getByRole('button', { name: 'Delete INUSE' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete interaction group INUSE?' });
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await tab
      .getByRole('alert')
      .getByText(
        'Not deleted: the group is in use by interaction template Uses INUSE (INUSE-TPL). Give those templates ' +
          'another group first.',
      )
      .waitFor();
    expect(await tab.getByText(/in the meantime/).count()).toBe(0);
    await page.screenshot({ path: '/tmp/shots/a15c/group-in-use-1100-en-light.png' });
    await tab.getByRole('row', { name: /INUSE\s*In use/ }).waitFor();
    expect((await suite.web.api.get('/interaction-groups/INUSE')).status).toBe(200);
    expect((await suite.web.api.get('/interaction-templates/INUSE-TPL')).body.interactionGroupCode).toBe('INUSE');
    await context.close();
  });

  test('When an unused group is deleted, then nothing happens until the deletion is confirmed, and then it is gone', async () => {
    await suite.web.api.post('/interaction-groups', { code: 'UNUSED', description: 'Nobody uses this' });
    const { context, page, tab } = await openSetup({ pageName: 'Interaction groups' });
    const confirm = page.getByRole('alertdialog', { name: 'Delete interaction group UNUSED?' });

    await tab.getByRole('button', { name: 'Delete UNUSED' }).click();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect((await suite.web.api.get('/interaction-groups/UNUSED')).status).toBe(200);

    await tab.getByRole('button', { name: 'Delete UNUSED' }).click();
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await tab.getByText('UNUSED deleted.').waitFor();
    await tab.getByRole('row', { name: /UNUSED/ }).waitFor({ state: 'detached' });
    expect((await suite.web.api.get('/interaction-groups/UNUSED')).status).toBe(404);
    await context.close();
  });

  test('When the emails template is set in the template setup, then the server has it and the page reads it back', async () => {
    const first = await openSetup({ pageName: 'Template setup' });
    await pick(first.page, first.tab, 'Emails', 'E-mail received (EMAIL-IN)');
    await pick(first.page, first.tab, 'Email drafts', '(off)');
    await first.tab.getByRole('button', { name: 'Save' }).click();
    await first.tab.getByText('Saved.').waitFor();
    expect((await suite.web.api.get('/interaction-template-setup')).body).toMatchObject({
      emails: 'EMAIL-IN',
      emailDraft: '',
      meetingInvitation: 'MEETINV',
    });
    await first.context.close();

    const second = await openSetup({ pageName: 'Template setup' });
    await second.tab
      .getByRole('combobox', { name: 'Emails', exact: true })
      .filter({ hasText: 'E-mail received (EMAIL-IN)' })
      .waitFor();
    await second.tab.getByRole('combobox', { name: 'Email drafts' }).filter({ hasText: '(off)' }).waitFor();
    await second.context.close();
    await suite.web.api.put('/interaction-template-setup', { emails: 'EMAIL' });
  });

  test('When a number series is created and picked as the segment nos., then the marketing setup uses it', async () => {
    const { context, page, tab } = await openSetup({ pageName: 'Number series' });
    await tab.getByRole('button', { name: 'New number series' }).click();
    await submitDialog(page, 'Create', async (dialog) => {
      await dialog.getByLabel('Code', { exact: true }).fill('CAMPSEG');
      await dialog.getByLabel('Description', { exact: true }).fill('Campaign segments');
      await dialog.getByLabel('Starting no.').fill('CS0001');
    });
    await tab.getByRole('row', { name: /CAMPSEG\s*Campaign segments\s*CS0001/ }).waitFor();
    expect((await suite.web.api.get('/number-series/CAMPSEG')).body).toMatchObject({
      description: 'Campaign segments',
      startingNo: 'CS0001',
      lastNoUsed: '',
    });

    await openPage(tab, 'Marketing setup');
    await tab.getByRole('combobox', { name: 'Segment nos.' }).filter({ hasText: 'SEGM' }).waitFor();
    await pick(page, tab, 'Segment nos.', 'CAMPSEG · Campaign segments');
    await pick(page, tab, 'Default correspondence type', 'Hard copy');
    await tab.getByRole('button', { name: 'Save' }).click();
    await tab.getByText('Saved.').waitFor();
    expect((await suite.web.api.get('/marketing-setup')).body).toEqual({
      contactNos: 'CONT',
      segmentNos: 'CAMPSEG',
      defaultCorrespondenceType: 'hardCopy',
      defaultLanguageCode: 'ENU',
      version: expect.any(Number),
    });
    await context.close();
    await suite.web.api.put('/marketing-setup', { segmentNos: 'SEGM', defaultCorrespondenceType: 'email' });
  });

  test('When a salesperson is added with the keyboard only and then renamed, then the API has the code in capitals with the new name', async () => {
    const { context, page, tab } = await openSetup();
    await tab.getByRole('tab', { name: 'Marketing setup' }).focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await tab.getByRole('heading', { name: 'Salespeople', level: 3 }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('New salesperson');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New salesperson' });
    await dialog.getByLabel('Code', { exact: true }).waitFor();
    await page.keyboard.type('mv');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Mikko V.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('mikko.v@demo.interlog.local');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await tab.getByText('MV saved.').waitFor();
    expect((await suite.web.api.get('/salespeople/MV')).body).toEqual({
      code: 'MV',
      name: 'Mikko V.',
      email: 'mikko.v@demo.interlog.local',
      version: 0,
    });

    await tab.getByRole('button', { name: 'Edit MV' }).click();
    await submitDialog(page, 'Save', async (edit) => {
      await edit.getByLabel('Name', { exact: true }).fill('Mikko Virtanen');
    });
    await tab.getByRole('row', { name: /MV\s*Mikko Virtanen/ }).waitFor();
    expect((await suite.web.api.get('/salespeople/MV')).body.name).toBe('Mikko Virtanen');
    await context.close();
  });

  test('When a group has no code or a number series cannot count up, then the form says what is wrong and nothing is created', async () => {
    const groupsBefore = (await suite.web.api.get('/interaction-groups?limit=500')).body.items.length;
    const { context, page, tab } = await openSetup({ pageName: 'Interaction groups' });
    await tab.getByRole('button', { name: 'New group' }).click();
    const dialog = page.getByRole('dialog', { name: 'New interaction group' });
    await dialog.getByLabel('Description', { exact: true }).fill('No code given');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText('Enter a code.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await suite.web.api.get('/interaction-groups?limit=500')).body.items).toHaveLength(groupsBefore);

    await openPage(tab, 'Number series');
    await tab.getByRole('button', { name: 'New number series' }).click();
    const series = page.getByRole('dialog', { name: 'New number series' });
    await series.getByLabel('Code', { exact: true }).fill('NODIGITS');
    await series.getByLabel('Starting no.').fill('ABC');
    await series.getByRole('button', { name: 'Create' }).click();
    await series
      .getByRole('alert')
      .getByText(/Some values are not valid\./)
      .waitFor();
    await series.getByText('must end in digits', { exact: true }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'teams-setup-validation-en-light.png'), animations: 'disabled' });
    expect((await suite.web.api.get('/number-series/NODIGITS')).status).toBe(404);
    await context.close();
  });

  test.each([
    ['en', 'light', 'Setup', 'Interaction templates', 'Marketing setup'],
    ['cs', 'dark', 'Nastavení', 'Šablony interakcí', 'Nastavení marketingu'],
    ['ru', 'light', 'Настройка', 'Шаблоны взаимодействий', 'Настройка маркетинга'],
    ['fi', 'dark', 'Asetukset', 'Vuorovaikutusmallit', 'Markkinoinnin asetukset'],
  ])(
    'When the setup opens in %s with the %s theme, then it is translated and axe finds no serious violation',
    async (lang, theme, setupTab, templatesPage, marketingPage) => {
      const { context, page, tab, errors } = await openSetup({ lang, theme, setupTab, pageName: marketingPage });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const axe = () => seriousViolations(page, '[data-testid="marketing-tab"]');
      await tab.getByRole('combobox').first().filter({ hasText: 'CONT' }).waitFor();
      await page.screenshot({
        path: join(SCREENSHOTS, `teams-setup-marketing-${lang}-${theme}.png`),
        fullPage: true,
        animations: 'disabled',
      });
      expect(await axe()).toEqual([]);

      await openPage(tab, templatesPage);
      await tab.getByRole('row', { name: /MEETINV/ }).waitFor();
      await page.screenshot({
        path: join(SCREENSHOTS, `teams-setup-templates-${lang}-${theme}.png`),
        fullPage: true,
        animations: 'disabled',
      });
      expect(await axe()).toEqual([]);

      await tab
        .getByRole('row', { name: /COVERLETTER/ })
        .getByRole('button')
        .first()
        .click();
      await page.getByRole('dialog').getByRole('combobox').first().waitFor();
      await page.screenshot({
        path: join(SCREENSHOTS, `teams-setup-template-dialog-${lang}-${theme}.png`),
        animations: 'disabled',
      });
      expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
