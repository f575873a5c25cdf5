import type { Page } from 'playwright-core';
import { newPageOn, seriousViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { locales, outlookPane, people, recordLabel, templateShown, type PaneSession } from '../support/outlook-pane';
import { eventually } from '../support/eventually';

// Issue 15, points 9, 12 and 13 in the Outlook pane: the preview's received email from Robin Bauer
// (a demo contact), recorded through the real server and database.
jest.setTimeout(120_000);

const suite = browserSuite('outlook_pane_record_ux');
const { open, entriesFrom } = outlookPane(
  () => suite.browser,
  () => suite.web,
);
const en = locales.en;
const SHOTS = '/tmp/shots/a15b';

async function done(session: PaneSession) {
  await session.close();
  expect(session.errors).toEqual([]);
}

const focusedIn = (page: Page, selector: string) =>
  page.evaluate((s) => !!document.querySelector(s)?.contains(document.activeElement), selector);

describe('Outlook pane: recording', () => {
  test('When nobody is selected, then Record and Postpone are off and the pane says why', async () => {
    const session = await open('inboundKnown');
    const { pane } = session;
    await templateShown(pane, 'EMAIL-IN');
    await pane.getByTestId(`person-${people.robin}`).getByRole('checkbox').uncheck();

    const record = pane.getByRole('button', { name: recordLabel('en', 0) });
    expect(await record.isDisabled()).toBe(true);
    expect(await pane.getByRole('button', { name: en.form.postpone }).isDisabled()).toBe(true);
    const reason = pane.getByText(en.form.recordNeedsContact);
    await reason.waitFor();
    expect(await record.getAttribute('aria-describedby')).toBe(await reason.getAttribute('id'));
    await session.page.screenshot({ path: `${SHOTS}/record-disabled-en-light.png`, fullPage: true });
    await done(session);
  });

  test("While the item's people are looked up, Record and Postpone wait; then Record is for the contact found", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin);
    await page.route('**/api/v1/contacts?email=*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(
      `${suite.web.origin}/preview.html?sample=inboundKnown&lang=en&theme=light&variant=-held-${Date.now()}`,
    );
    const pane = page.getByTestId('task-pane');
    const record = pane.getByRole('button', { name: recordLabel('en', 0), exact: true });
    await record.waitFor();
    expect(await record.isDisabled()).toBe(true);
    expect(await pane.getByRole('button', { name: en.form.postpone }).isDisabled()).toBe(true);

    release();
    const recordOne = pane.getByRole('button', { name: recordLabel('en', 1) });
    expect(await eventually(() => recordOne.isEnabled(), Boolean)).toBe(true);
    await context.close();
    expect(errors).toEqual([]);
  });

  test("When the pane opens on an email, then the description is the email's subject and the template's description is one click away", async () => {
    const session = await open('inboundKnown');
    const { pane, item } = session;
    await templateShown(pane, 'EMAIL-IN');
    const description = pane.getByRole('textbox', { name: en.form.description });
    expect(await description.inputValue()).toBe(item.subject);

    const templateChoice = pane.getByRole('button', { name: /^Use “(?!Re: Quote)/ });
    const templateText = /^Use “(.*)”$/.exec((await templateChoice.textContent())!)![1]!;
    await templateChoice.click();
    expect(await description.inputValue()).toBe(templateText);
    await pane.getByRole('button', { name: `Use “${item.subject}”` }).click();
    expect(await description.inputValue()).toBe(item.subject);
    await done(session);
  });

  test('When an interaction is recorded with a comment, then focus moves to the outcome, and its link brings the entry into view, highlighted, with the comment and a link to the email', async () => {
    const session = await open('inboundKnown');
    const { page, pane, item } = session;
    await templateShown(pane, 'EMAIL-IN');
    await pane.getByRole('textbox', { name: en.form.comment }).fill('Wants 40 chairs.\nCall back Friday.');

    await pane.getByRole('button', { name: recordLabel('en', 1) }).click();
    const outcome = pane.getByTestId('record-outcome');
    await outcome.getByText(/Recorded 1 interaction/).waitFor();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="record-outcome"]')?.contains(document.activeElement),
    );
    const [entry] = await entriesFrom(item, people.robin);
    expect(entry).toMatchObject({ comment: 'Wants 40 chairs.\nCall back Friday.', description: item.subject });

    await outcome.getByText(`Entry ${entry.entryNo} · Robin Bauer`).click();
    const shown = pane.locator(`#entry-${entry.entryNo}`);
    await page.waitForFunction((id) => document.activeElement?.id === id, `entry-${entry.entryNo}`);
    expect(await shown.getAttribute('data-highlighted')).toBe('true');
    expect(await focusedIn(page, `#entry-${entry.entryNo}`)).toBe(true);
    expect(await shown.innerText()).toContain('Wants 40 chairs.\nCall back Friday.');
    expect(await shown.getByRole('link', { name: en.timeline.openEmail }).getAttribute('href')).toBe(item.webLink);
    await page.screenshot({ path: `${SHOTS}/recorded-highlighted-en-light.png`, fullPage: true });
    expect(await seriousViolations(page, '[data-testid="task-pane"]')).toEqual([]);
    await done(session);
  });

  test('When a comment is changed afterwards in the timeline, then the entry keeps the new one', async () => {
    const session = await open('inboundKnown');
    const { page, pane, item } = session;
    await templateShown(pane, 'EMAIL-IN');
    await pane.getByRole('button', { name: recordLabel('en', 1) }).click();
    await pane
      .getByTestId('record-outcome')
      .getByText(/Recorded 1 interaction/)
      .waitFor();
    const [entry] = await entriesFrom(item, people.robin);
    const shown = pane.locator(`#entry-${entry.entryNo}`);

    await shown.getByRole('button', { name: en.comment.add }).click();
    await shown.getByRole('textbox', { name: `Comment on entry ${entry.entryNo}` }).fill('Sent the price list.');
    await shown.getByRole('button', { name: en.comment.save }).click();
    await shown.getByText('Sent the price list.').waitFor();

    const commentNow = () =>
      suite.web.api.get(`/interaction-log-entries/${entry.entryNo}`).then((res) => res.body.comment as string);
    expect(await eventually(commentNow, (comment) => comment === 'Sent the price list.')).toBe('Sent the price list.');
    await shown.getByRole('button', { name: en.comment.edit }).waitFor();
    await page.screenshot({ path: `${SHOTS}/comment-afterwards-en-light.png`, fullPage: true });
    await done(session);
  });

  test.each([
    ['en', 'light', 360],
    ['ru', 'dark', 360],
    ['ru', 'light', 1000],
    ['en', 'dark', 1000],
  ] as const)(
    'When the pane is shown in %s (%s) at %i px, then the form with its comment reads well',
    async (lang, theme, width) => {
      const session = await open('inboundKnown', { lang, theme });
      const { page, pane } = session;
      await page.setViewportSize({ width, height: 900 });
      await pane.getByRole('textbox', { name: locales[lang].form.comment }).fill('Комментарий / comment');
      await page.screenshot({ path: `${SHOTS}/pane-form-${lang}-${theme}-${width}.png`, fullPage: true });
      await done(session);
    },
  );
});

describe('Outlook pane: fields in a row', () => {
  test('When a label in a row wraps (Russian at 360 px), then the inputs of the row stay level', async () => {
    const session = await open('inboundKnown', { lang: 'ru' });
    const { page, pane } = session;
    await page.setViewportSize({ width: 360, height: 900 });
    const ru = locales.ru.form;
    const duration = pane.getByRole('spinbutton', { name: ru.duration });
    const cost = pane.getByRole('spinbutton', { name: ru.cost });
    await duration.waitFor();
    const [a, b] = [(await duration.boundingBox())!, (await cost.boundingBox())!];
    expect(Math.abs(a.y + a.height - (b.y + b.height))).toBeLessThanOrEqual(1);
    await done(session);
  });
});

describe('Outlook pane: compact header', () => {
  test('When the pane is 350 × 600 px, then the form’s first field is visible without scrolling', async () => {
    const session = await open('meeting');
    const { page, pane } = session;
    await page.setViewportSize({ width: 350, height: 900 });
    await templateShown(pane, 'MEETINV');
    const paneTop = (await pane.boundingBox())!.y;
    const template = (await pane.getByRole('combobox', { name: /Interaction template/ }).boundingBox())!;
    expect(template.y + template.height - paneTop).toBeLessThanOrEqual(600);
    await page.screenshot({ path: `${SHOTS}/compact-header-meeting-350.png`, fullPage: true });
    await done(session);
  });
});
