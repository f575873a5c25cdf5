import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { newPageOn, seriousViolations } from '../support/browser';
import { browserSuite, SCREENSHOTS } from '../support/browser-suite';

jest.setTimeout(180_000);

const SHOTS = SCREENSHOTS;
const suite = browserSuite('teams_segments');

async function openTab(options: { lang?: string; theme?: string } = {}) {
  const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin, { width: 1280, height: 1100 });
  await page.goto(
    `${suite.web.origin}/teams/preview.html?page=tab&lang=${options.lang ?? 'en'}&theme=${options.theme ?? 'light'}`,
  );
  const tab = page.getByTestId('marketing-tab');
  await tab.getByRole('tab').first().waitFor();
  return { context, page, tab, errors };
}

async function createSegment(page: Page, tab: Locator, description: string): Promise<string> {
  await tab.getByRole('button', { name: 'New segment' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Description').fill(description);
  await dialog.getByRole('button', { name: 'Create' }).click();
  const title = await tab.getByRole('heading', { name: new RegExp(`· ${description}$`) }).textContent();
  return /Segment (\S+) ·/.exec(title!)![1];
}

async function applyCriteria(
  page: Page,
  tab: Locator,
  open: string,
  fill: (dialog: Locator) => Promise<void>,
  submit: string,
) {
  await tab.getByRole('button', { name: open }).click();
  const dialog = page.getByRole('dialog');
  await fill(dialog);
  await dialog.getByRole('button', { name: submit }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function pick(page: Page, scope: Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const linesOf = async (no: string) => (await suite.web.api.get(`/segments/${no}/lines?limit=500`)).body.items as any[];

describe('Teams segments tab', () => {
  test('When a segment is built by criteria, a line overridden, a step undone, the criteria saved and the segment logged with a follow-up, then Business Central has one entry per line and the follow-up segment', async () => {
    const { context, page, tab, errors } = await openTab();
    const no = await createSegment(page, tab, 'Contoso people');

    await pick(page, tab, 'Interaction template', 'E-mail');
    await tab.getByRole('combobox', { name: 'Interaction template' }).filter({ hasText: 'E-mail (EMAIL)' }).waitFor();
    expect((await suite.web.api.get(`/segments/${no}`)).body.interaction).toMatchObject({
      templateCode: 'EMAIL',
      description: 'E-mail',
      correspondenceType: 'email',
    });

    await applyCriteria(
      page,
      tab,
      'Add contacts by criteria…',
      (d) => d.getByLabel('Email domain').fill('contoso.example'),
      'Add matching contacts',
    );
    await tab.getByText('4 contacts added. Lines in the segment: 4.').waitFor();
    await applyCriteria(page, tab, 'Reduce…', (d) => pick(page, d, 'Contact type', 'Company'), 'Remove matching lines');
    await tab.getByText('1 line removed. Lines in the segment: 3.').waitFor();
    await tab.getByRole('button', { name: 'Undo last step' }).click();
    await tab.getByText('Last step undone (1 line). Lines in the segment: 4.').waitFor();
    expect((await linesOf(no)).map((l) => l.contactName).sort()).toEqual([
      'Contoso Ltd.',
      'Dana Lee',
      'Mikko Virtanen',
      'Olga Smirnova',
    ]);
    await applyCriteria(page, tab, 'Reduce…', (d) => pick(page, d, 'Contact type', 'Company'), 'Remove matching lines');
    await tab.getByText('Lines in the segment: 3.').waitFor();
    await tab.getByRole('listitem').nth(1).waitFor();
    expect(await tab.getByRole('listitem').allTextContents()).toEqual([
      'Added email domain: contoso.example (4 contacts)',
      'Removed type: Company (1 line)',
    ]);

    await tab.getByRole('button', { name: 'Save criteria…' }).click();
    await page.getByRole('dialog').getByLabel('Code').fill('contoso-people');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await tab.getByText('Criteria saved as CONTOSO-PEOPLE.').waitFor();

    const olga = tab.getByTestId(/^segment-line-/).filter({ hasText: 'Olga Smirnova' });
    await olga.getByRole('button', { name: 'Change the interaction for Olga Smirnova' }).click();
    await page.getByRole('dialog').getByLabel('Subject').fill('Привет из Contoso');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await olga.getByText('own').waitFor();
    expect((await linesOf(no)).find((l) => l.contactName === 'Olga Smirnova')).toMatchObject({
      subject: 'Привет из Contoso',
      overridden: ['subject'],
    });
    await page.screenshot({ path: join(SHOTS, 'teams-segment-editor-en-light.png'), fullPage: true });

    await tab.getByRole('button', { name: 'Log', exact: true }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm
      .getByText('3 interactions will be recorded, one for each contact in the segment.', { exact: false })
      .waitFor();
    await confirm.getByRole('checkbox', { name: 'Create follow-up segment' }).check();
    // Nothing is sent unless ticked, and the dialog first shows the email as the first contact gets it.
    const send = confirm.getByRole('checkbox', { name: 'Also send 3 emails from your mailbox, as shown below' });
    expect(await send.isChecked()).toBe(false);
    await confirm
      .getByRole('group', { name: 'The email as the first contact gets it' })
      .getByText('From', { exact: true })
      .waitFor();
    await send.check();
    await page.screenshot({ path: join(SHOTS, 'teams-segment-log-confirm-en-light.png') });
    await confirm.getByRole('button', { name: 'Log 3 interactions' }).click();
    const done = await tab
      .getByText(new RegExp(`Segment ${no} logged: 3 interactions recorded \\(logged segment \\d+\\)\\.`))
      .textContent();
    const loggedEntryNo = Number(/logged segment (\d+)/.exec(done!)![1]);
    const followUp = /Follow-up segment (\S+) created/.exec(
      (await tab.getByText(/Follow-up segment \S+ created/).textContent())!,
    )![1];

    // Contoso's people are emailed through the Graph stand-in as the demo user, one email each.
    await tab.getByText('3 of 3 emails sent.').waitFor();
    await page.screenshot({ path: join(SHOTS, 'teams-segment-logged-delivered-en-light.png') });
    const entries = (await suite.web.api.get(`/interaction-log-entries?loggedSegmentEntryNo=${loggedEntryNo}&limit=50`))
      .body.items as any[];
    expect(entries).toHaveLength(3);
    expect(entries.map((e) => e.delivery.status)).toEqual(['sent', 'sent', 'sent']);
    expect(entries.every((e) => e.templateCode === 'EMAIL' && e.segmentNo === no)).toBe(true);
    expect(entries.filter((e) => e.subject === 'Привет из Contoso')).toHaveLength(1);
    expect((await suite.web.api.get(`/segments/${no}`)).status).toBe(404);
    expect((await linesOf(followUp)).map((l) => l.contactName).sort()).toEqual([
      'Dana Lee',
      'Mikko Virtanen',
      'Olga Smirnova',
    ]);

    await tab.getByRole('button', { name: `Open segment ${followUp}` }).click();
    await tab.getByRole('heading', { name: new RegExp(`Segment ${followUp} ·`) }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test("When the segment's template has no email content, then the log dialog says its emails cannot be sent, and they go once the content is written from the dialog", async () => {
    await suite.web.api.post('/interaction-templates', {
      code: 'NOTEXT',
      description: 'Offer without text',
      informationFlow: 'outbound',
      initiatedBy: 'us',
      correspondenceType: 'email',
    });
    const { context, page, tab, errors } = await openTab();
    await createSegment(page, tab, 'Offer by email');
    await pick(page, tab, 'Interaction template', 'Offer without text');
    await tab.getByRole('combobox', { name: 'Interaction template' }).filter({ hasText: 'NOTEXT' }).waitFor();
    await applyCriteria(
      page,
      tab,
      'Add contacts by criteria…',
      (d) => d.getByLabel('Email domain').fill('contoso.example'),
      'Add matching contacts',
    );
    await tab.getByText('Lines in the segment: 4.').waitFor();
    await tab.getByRole('button', { name: 'Log', exact: true }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText('The 4 emails cannot be sent').waitFor();
    expect(await confirm.getByRole('checkbox', { name: /Also send/ }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'teams-segment-log-no-email-content-en-light.png') });

    await confirm
      .getByRole('button', { name: 'Edit the email content of template Offer without text (NOTEXT)' })
      .click();
    const editor = page.getByRole('dialog');
    await editor.getByRole('textbox', { name: 'Subject' }).fill('Offer for {contactName}');
    await editor.getByRole('textbox', { name: 'Text' }).fill('Hello {contactName}');
    await editor.getByRole('button', { name: 'Save email' }).click();
    await editor.getByText('Email saved.').waitFor();
    await editor.getByRole('button', { name: 'Close' }).click();
    await confirm.getByText(/^Offer for \S/).waitFor();
    await confirm.getByRole('checkbox', { name: 'Also send 4 emails from your mailbox, as shown below' }).check();
    await confirm.getByRole('button', { name: 'Log 4 interactions' }).click();

    await tab.getByText('4 of 4 emails sent.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('When saved criteria or a logged segment are reused on a new segment, then it gets the same contacts, and the logged segment can be canceled and restored with a confirmation', async () => {
    // Saved criteria and a logged segment made through the API: Fabrikam's people.
    const source = (
      await suite.web.api.post('/segments', { description: 'Fabrikam people', interaction: { templateCode: 'EMAIL' } })
    ).body;
    await suite.web.api.post(`/segments/${source.no}/add-contacts`, {
      filter: { emailDomain: 'fabrikam.example', type: 'person' },
    });
    await suite.web.api.post(`/segments/${source.no}/save-criteria`, {
      code: 'FABRIKAM-P',
      description: 'Fabrikam people',
    });
    const first = (
      await suite.web.api.get(
        `/logged-segments/${(await suite.web.api.post(`/segments/${source.no}/log`, {})).body.loggedSegmentEntryNo}`,
      )
    ).body;
    expect(first.noOfInteractions).toBe(2);

    const { context, page, tab } = await openTab();
    const byCriteria = await createSegment(page, tab, 'Reused criteria');
    await tab.getByRole('button', { name: 'Reuse criteria…' }).click();
    await pick(page, page.getByRole('dialog'), 'Saved criteria', 'FABRIKAM-P — Fabrikam people (1 step)');
    await page.getByRole('dialog').getByRole('button', { name: 'Apply' }).click();
    await tab.getByText('Saved criteria applied: 2 lines changed. Lines in the segment: 2.').waitFor();
    expect((await linesOf(byCriteria)).map((l) => l.contactName).sort()).toEqual(['Petra Nováková', 'Robin Bauer']);

    await tab.getByRole('button', { name: 'Segments', exact: true }).click();
    const byLogged = await createSegment(page, tab, 'Reused logged segment');
    await tab.getByRole('button', { name: 'Reuse logged segment…' }).click();
    await pick(
      page,
      page.getByRole('dialog'),
      'Logged segment',
      `${first.entryNo} — ${first.description} (${first.noOfInteractions} interactions)`,
    );
    await page.getByRole('dialog').getByRole('button', { name: 'Apply' }).click();
    await tab.getByText('2 contacts of the logged segment added. Lines in the segment: 2.').waitFor();
    expect(await linesOf(byLogged)).toHaveLength(first.noOfInteractions);

    await tab.getByRole('tab', { name: 'Logged segments' }).click();
    const row = tab.getByTestId(`logged-segment-${first.entryNo}`);
    await row.getByRole('button', { name: `Actions for logged segment ${first.entryNo}` }).click();
    await page.getByRole('menuitem', { name: 'Cancel logged segment' }).click();
    await page
      .getByRole('alertdialog')
      .getByText('Its 2 interaction log entries will be marked canceled.', { exact: false })
      .waitFor();
    await page.screenshot({ path: join(SHOTS, 'teams-logged-cancel-en-light.png') });
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel logged segment' }).click();
    await row.getByText('Canceled').waitFor();
    const canceled = (
      await suite.web.api.get(`/interaction-log-entries?loggedSegmentEntryNo=${first.entryNo}&limit=50`)
    ).body.items as any[];
    expect(canceled.every((e) => e.canceled)).toBe(true);

    await row.getByRole('button', { name: `Actions for logged segment ${first.entryNo}` }).click();
    await page.getByRole('menuitem', { name: 'Restore logged segment' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Restore logged segment' }).click();
    await row.getByText('Logged', { exact: true }).waitFor();
    expect((await suite.web.api.get(`/logged-segments/${first.entryNo}`)).body.canceled).toBe(false);
    await context.close();
  });

  test('When a segment number is taken, then the dialog says why; when a line has no template, then the log dialog lists it before asking and offers no Log; nothing changes', async () => {
    const { context, page, tab } = await openTab();
    await tab.getByRole('button', { name: 'New segment' }).click();
    await page.getByRole('dialog').getByLabel('Description').fill('Duplicate');
    await page.getByRole('dialog').getByLabel('Segment no.').fill('SM00001');
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
    await page.getByRole('dialog').getByRole('alert').getByText('SM00001', { exact: false }).waitFor();
    expect((await suite.web.api.get('/segments/SM00001')).body.description).toBe('Spring product launch');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    const no = await createSegment(page, tab, 'No template');
    await tab.getByRole('button', { name: 'Add one contact…' }).click();
    // The Add button says why it is off until a contact is picked.
    await page
      .getByRole('dialog')
      .getByText('Add to segment is available once you pick a contact from the list', { exact: false })
      .waitFor();
    await page.getByRole('dialog').getByRole('combobox', { name: 'Contact' }).pressSequentially('Robin');
    await page.getByRole('option', { name: /Robin Bauer/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Add to segment' }).click();
    await tab
      .getByTestId(/^segment-line-/)
      .filter({ hasText: 'Robin Bauer' })
      .waitFor();
    await tab.getByRole('button', { name: 'Log', exact: true }).click();
    // Checked before asking: the line without a template is named, and Log is not offered.
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText('1 line has no interaction template.', { exact: false }).waitFor();
    await confirm.getByRole('listitem').filter({ hasText: 'Robin Bauer' }).waitFor();
    expect(await confirm.getByRole('button', { name: /^Log / }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'teams-segment-log-line-without-template-en-light.png') });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect((await suite.web.api.get(`/segments/${no}/log-progress`)).body.state).toBe('notStarted');
    expect((await suite.web.api.get(`/interaction-log-entries/count?segmentNo=${no}`)).body.count).toBe(0);
    await context.close();
  });

  test.each([
    ['en', 'light'],
    ['cs', 'dark'],
    ['ru', 'light'],
    ['fi', 'dark'],
  ])(
    'When the tab opens in %s with the %s theme, then the segment screens are translated and axe finds no serious violation',
    async (lang, theme) => {
      const { context, page, tab, errors } = await openTab({ lang, theme });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await tab.getByRole('table').waitFor();
      await page.screenshot({ path: join(SHOTS, `teams-segments-${lang}-${theme}.png`), fullPage: true });
      await tab.getByRole('button', { name: 'SM00001' }).click();
      await tab
        .getByTestId(/^segment-line-/)
        .first()
        .waitFor();
      await page.screenshot({ path: join(SHOTS, `teams-segment-editor-${lang}-${theme}.png`), fullPage: true });
      expect(await seriousViolations(page, '[data-testid="marketing-tab"]')).toEqual([]);
      await tab.getByRole('tab').nth(1).click();
      await tab.getByRole('table').or(tab.getByText(/./).last()).first().waitFor();
      await page.screenshot({ path: join(SHOTS, `teams-logged-${lang}-${theme}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
