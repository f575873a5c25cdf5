import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import type { Locator, Page } from 'playwright-core';
import { createI18n } from '@interlog/i18n';
import { newPageOn, seriousViolations } from '../support/browser';
import { browserSuite, SCREENSHOTS } from '../support/browser-suite';
import { DOCX_TYPE, docx, docxText } from '../support/docx';

jest.setTimeout(180_000);

const suite = browserSuite('teams_correspondence');
let templateNo = 0;

/** The marketing tab, with the strings of its language to find things by. */
async function openTab(options: { lang?: string; theme?: string } = {}) {
  const lang = options.lang ?? 'en';
  const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin, { width: 1280, height: 1000 });
  await page.goto(`${suite.web.origin}/teams/preview.html?page=tab&lang=${lang}&theme=${options.theme ?? 'light'}`);
  const tab = page.getByTestId('marketing-tab');
  await tab.getByRole('tab').first().waitFor();
  return { context, page, tab, errors, t: (await createI18n(lang)).t as TFunction };
}

/** A new interaction template of the demo tenant (code and description unique to the test). */
async function newTemplate(correspondenceType: 'email' | 'hardCopy') {
  const code = `LTR-${++templateNo}-${Date.now() % 100_000}`;
  const template = {
    code,
    description: `Welcome ${templateNo}`,
    informationFlow: 'outbound',
    initiatedBy: 'us',
    correspondenceType,
  };
  expect((await suite.web.api.post('/interaction-templates', template)).status).toBe(201);
  return template;
}

async function putWordTemplate(code: string, bytes: Buffer, fileName: string) {
  const response = await fetch(
    `${suite.web.origin}/api/v1/interaction-templates/${code}/word-template?fileName=${encodeURIComponent(fileName)}`,
    {
      method: 'PUT',
      headers: { authorization: `Bearer ${suite.web.api.token}`, 'content-type': DOCX_TYPE },
      body: new Uint8Array(bytes),
    },
  );
  expect(response.status).toBe(200);
}

/** A segment of Fabrikam's two people with the template, made through the API. */
async function fabrikamSegment(templateCode: string): Promise<string> {
  const segment = (
    await suite.web.api.post('/segments', { description: 'Fabrikam letters', interaction: { templateCode } })
  ).body;
  await suite.web.api.post(`/segments/${segment.no}/add-contacts`, {
    filter: { emailDomain: 'fabrikam.example', type: 'person' },
  });
  return segment.no;
}

async function openCorrespondence(
  page: Page,
  tab: Locator,
  t: TFunction,
  template: { code: string; description: string },
) {
  await tab.getByRole('tab', { name: t('tab.nav.setup'), exact: true }).click();
  await tab
    .getByRole('tablist', { name: t('setup.pages') })
    .getByRole('tab', { name: t('setup.nav.templates'), exact: true })
    .click();
  await tab.getByRole('button', { name: t('correspondence.template.moreFor', { code: template.code }) }).click();
  await page.getByRole('menuitem', { name: t('correspondence.template.open') }).click();
  const dialog = page.getByRole('dialog', {
    name: t('correspondence.template.title', { name: `${template.description} (${template.code})` }),
  });
  await dialog.getByRole('heading', { name: t('correspondence.word.heading') }).waitFor();
  return dialog;
}

async function openLoggedCorrespondence(page: Page, tab: Locator, t: TFunction, entryNo: number) {
  await tab.getByRole('tab', { name: t('tab.nav.logged'), exact: true }).click();
  await tab
    .getByTestId(`logged-segment-${entryNo}`)
    .getByRole('button', { name: t('logged-segments.actionsFor', { entryNo }) })
    .click();
  await page.getByRole('menuitem', { name: t('correspondence.logged.open') }).click();
  return page.getByRole('dialog', { name: t('correspondence.logged.title', { entryNo }) });
}

async function chooseFile(page: Page, button: Locator, file: { name: string; mimeType: string; buffer: Buffer }) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles(file);
}

async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { fileName: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const letterTemplate = () =>
  docx('Dear {contactName},', 'Thank you for visiting our stand.', 'Kind regards, {salespersonName}');

describe('Teams tab: a template’s email and Word template, and a logged segment’s letters', () => {
  test('When the email uses a field that is not a merge field, then the subject says so and nothing is stored; fixed, it is stored as typed with the field inserted from its chip', async () => {
    const template = await newTemplate('email');
    const { context, page, tab, errors, t } = await openTab();
    const dialog = await openCorrespondence(page, tab, t, template);
    const subject = dialog.getByRole('textbox', { name: 'Subject' });
    const body = dialog.getByRole('textbox', { name: 'Text' });

    await subject.fill('Offer for {nickname}');
    await body.fill('Dear ');
    await dialog.getByRole('button', { name: /^Insert \{contactName\}/ }).click();
    expect(await body.inputValue()).toBe('Dear {contactName}');
    await dialog.getByRole('button', { name: 'Save email' }).click();
    await dialog.getByText('{nickname} is not a merge field.').waitFor();
    expect(await subject.getAttribute('aria-invalid')).toBe('true');
    expect(await body.getAttribute('aria-invalid')).not.toBe('true');
    expect((await suite.web.api.get(`/interaction-templates/${template.code}/email-content`)).status).toBe(404);
    await page.screenshot({ path: join(SCREENSHOTS, 'teams-correspondence-email-refused-en-light.png') });

    await subject.fill('Offer for {companyName}');
    await dialog.getByText('{nickname} is not a merge field.').waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Save email' }).click();
    await dialog.getByText('Email saved.').waitFor();
    expect((await suite.web.api.get(`/interaction-templates/${template.code}/email-content`)).body).toMatchObject({
      subject: 'Offer for {companyName}',
      body: 'Dear {contactName}',
      fields: ['contactName', 'companyName'],
    });

    await dialog.getByRole('button', { name: 'Close' }).click();
    const again = await openCorrespondence(page, tab, t, template);
    expect(await again.getByRole('textbox', { name: 'Subject' }).inputValue()).toBe('Offer for {companyName}');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('When a .docx is uploaded, then its merge fields are listed and it downloads as uploaded; a file that is not a .docx or a tag that is not a merge field shows the refusal, and removing asks first', async () => {
    const template = await newTemplate('hardCopy');
    const { context, page, tab, errors, t } = await openTab();
    const dialog = await openCorrespondence(page, tab, t, template);
    await dialog.getByText('This template has no Word template yet.').waitFor();

    await chooseFile(page, dialog.getByRole('button', { name: 'Upload .docx…' }), {
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a document'),
    });
    await dialog.getByRole('alert').getByText('Some values are not valid. (it is not a .docx (zip) file)').waitFor();
    await chooseFile(page, dialog.getByRole('button', { name: 'Upload .docx…' }), {
      name: 'Bad.docx',
      mimeType: DOCX_TYPE,
      buffer: docx('Dear {nickname}'),
    });
    await dialog.getByRole('alert').getByText('{nickname} is not a merge field.').waitFor();
    expect((await suite.web.api.get(`/interaction-templates/${template.code}/word-template/info`)).status).toBe(404);

    const letter = letterTemplate();
    await chooseFile(page, dialog.getByRole('button', { name: 'Upload .docx…' }), {
      name: 'Welcome letter.docx',
      mimeType: DOCX_TYPE,
      buffer: letter,
    });
    await dialog.getByText('Welcome letter.docx uploaded.').waitFor();
    expect(await dialog.getByRole('alert').count()).toBe(0);
    const used = dialog
      .getByRole('definition')
      .filter({ has: page.getByRole('list') })
      .getByRole('listitem');
    expect(await used.allTextContents()).toEqual(['{contactName}', '{salespersonName}']);
    expect((await suite.web.api.get(`/interaction-templates/${template.code}/word-template/info`)).body).toMatchObject({
      fileName: 'Welcome letter.docx',
      size: letter.length,
      fields: ['contactName', 'salespersonName'],
    });
    await page.screenshot({ path: join(SCREENSHOTS, 'teams-correspondence-word-uploaded-en-light.png') });

    const downloaded = await download(page, dialog.getByRole('button', { name: 'Download' }));
    expect(downloaded.fileName).toBe('Welcome letter.docx');
    expect(downloaded.bytes.equals(letter)).toBe(true);

    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: `Remove the Word template of ${template.code}?` });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect((await suite.web.api.get(`/interaction-templates/${template.code}/word-template/info`)).status).toBe(200);
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await dialog.getByText('Word template removed.').waitFor();
    expect((await suite.web.api.get(`/interaction-templates/${template.code}/word-template/info`)).status).toBe(404);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('When a segment with a hard-copy template that has a Word template is logged, then its letters download as the document the API lists, after logging and from the logged segments', async () => {
    const template = await newTemplate('hardCopy');
    await putWordTemplate(template.code, letterTemplate(), 'Fabrikam.docx');
    const no = await fabrikamSegment(template.code);
    const { context, page, tab, errors, t } = await openTab();

    await tab.getByText(no, { exact: true }).click();
    await tab.getByRole('button', { name: 'Log', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Log 2 interactions' }).click();
    const done = await tab
      .getByText(new RegExp(`Segment ${no} logged: 2 interactions recorded \\(logged segment \\d+\\)\\.`))
      .textContent();
    const entryNo = Number(/logged segment (\d+)/.exec(done!)![1]);
    const letters = tab.getByRole('region', { name: 'Letters' });
    await letters.getByText('2 letters ·', { exact: false }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'teams-correspondence-logged-letters-en-light.png') });

    const { attachments } = (await suite.web.api.post(`/logged-segments/${entryNo}/letters`, {})).body;
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({ templateCode: template.code, letters: 2 });
    const file = await download(page, letters.getByRole('button', { name: `Download ${attachments[0].fileName}` }));
    expect(file.fileName).toBe(attachments[0].fileName);
    expect(file.bytes.length).toBe(attachments[0].size);
    expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docxText(file.bytes)).toMatch(
      /Dear Petra Nováková,[\s\S]*Dear Robin Bauer,|Dear Robin Bauer,[\s\S]*Dear Petra Nováková,/,
    );

    const dialog = await openLoggedCorrespondence(page, tab, t, entryNo);
    await dialog.getByText(attachments[0].fileName, { exact: true }).waitFor();
    await dialog.getByText('No emails were sent for this logged segment.').waitFor();
    const again = await download(page, dialog.getByRole('button', { name: `Download ${attachments[0].fileName}` }));
    expect(again.bytes.equals(file.bytes)).toBe(true);
    expect((await suite.web.api.post(`/logged-segments/${entryNo}/letters`, {})).body.attachments).toEqual(attachments);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('When a logged segment sent no letters, then its dialog says so and shows how its emails went', async () => {
    const template = await newTemplate('email');
    await suite.web.api.put(`/interaction-templates/${template.code}/email-content`, {
      subject: 'Hello {contactName}',
      body: 'Welcome.',
    });
    const entryNo = (
      await suite.web.api.post(`/segments/${await fabrikamSegment(template.code)}/log`, { deliver: true })
    ).body.loggedSegmentEntryNo;
    const { context, page, tab, errors, t } = await openTab();

    const dialog = await openLoggedCorrespondence(page, tab, t, entryNo);

    await dialog
      .getByText('No letters: no hard-copy interaction of this logged segment has a template with a Word template.')
      .waitFor();
    await dialog.getByText('2 of 2 emails sent.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each([
    ['en', 'light'],
    ['en', 'dark'],
    ['cs', 'light'],
    ['cs', 'dark'],
  ])(
    'When the dialogs open in %s with the %s theme, then they are translated and axe finds no serious violation',
    async (lang, theme) => {
      const template = await newTemplate('hardCopy');
      await suite.web.api.put(`/interaction-templates/${template.code}/email-content`, {
        subject: 'Invitation for {contactName}',
        body: 'Dear {contactName},\n\nSee you at the fair.\n\n{salespersonName}',
      });
      await putWordTemplate(template.code, letterTemplate(), 'Invitation.docx');
      const entryNo = (await suite.web.api.post(`/segments/${await fabrikamSegment(template.code)}/log`, {})).body
        .loggedSegmentEntryNo;
      const { context, page, tab, errors, t } = await openTab({ lang, theme });

      const dialog = await openCorrespondence(page, tab, t, template);
      await dialog.getByText('Invitation.docx', { exact: true }).waitFor();
      expect(await dialog.getByRole('textbox', { name: t('correspondence.email.subject') }).inputValue()).toBe(
        'Invitation for {contactName}',
      );
      expect(await seriousViolations(page, '.fui-DialogSurface')).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `teams-correspondence-template-${lang}-${theme}.png`) });
      await dialog.getByRole('button', { name: t('common.close') }).click();

      const logged = await openLoggedCorrespondence(page, tab, t, entryNo);
      await logged
        .getByRole('button', { name: new RegExp(t('correspondence.letters.download')) })
        .first()
        .waitFor();
      await logged.getByText(t('correspondence.logged.noEmails')).waitFor();
      expect(await seriousViolations(page, '.fui-DialogSurface')).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `teams-correspondence-logged-${lang}-${theme}.png`) });
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
