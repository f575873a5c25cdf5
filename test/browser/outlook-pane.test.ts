import type { Page } from 'playwright-core';
import { sampleItems, sampleNames } from '@interlog/preview';
import { seriousViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import {
  englishLinesIn,
  locales,
  outlookPane,
  people,
  queuedItems,
  recordLabel,
  tabTo,
  templateShown,
  type Lang,
  type PaneSession,
  type Theme,
} from '../support/outlook-pane';

// Headless Chromium against the real server and database: the preview page is the Outlook
// task pane beside a simulated mailbox item, signed in with the server's local tokens.
jest.setTimeout(120_000);

const { open, entriesFrom } = outlookPane(
  () => suite.browser,
  () => suite.web,
);

const suite = browserSuite('outlook_pane');

/** Closes the page; a test that passed with an uncaught exception in the page still fails. */
async function done(session: PaneSession) {
  await session.close();
  expect(session.errors).toEqual([]);
}

/** axe on the task pane (or `scope`). */
const paneViolations = (page: Page, scope = '[data-testid="task-pane"]') => seriousViolations(page, scope);

describe('Outlook pane: languages and themes', () => {
  /** The Record button once the item's contacts are preselected; its text names how many. */
  async function recordButtonOf(session: PaneSession, lang: Lang) {
    const forms = Object.entries(locales[lang].form as Record<string, string>)
      .filter(([key]) => key.startsWith('record_'))
      .map(([, text]) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{{count}}', '([1-9]\\d*)'));
    const button = session.pane.getByRole('button', { name: new RegExp(`^(${forms.join('|')})$`) });
    await button.waitFor();
    const text = (await button.textContent())!.trim();
    return { button, text, count: Number(/\d+/.exec(text)![0]) };
  }
  const cases: [Lang, Theme][] = [
    ...(['en', 'cs', 'ru', 'fi'] as const).flatMap((lang) =>
      (['light', 'dark'] as const).map((theme) => [lang, theme] as [Lang, Theme]),
    ),
    ['cs', 'contrast'],
  ];

  test.each(cases)(
    'When Outlook runs in %s with the %s theme, then every sample item is shown in that language',
    async (lang, theme) => {
      const session = await open('inboundKnown', { lang, theme });
      const { page, pane } = session;
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await pane.getByRole('heading', { name: locales[lang].people.title }).waitFor();
      // Native parts of inputs (the date picker's icon) must be drawn for the theme's background.
      // The calendar control loads after the first paint: check the field it renders.
      await pane.getByRole('button', { name: (locales[lang] as any).datePicker.openCalendar }).waitFor();
      const dateInput = pane.getByLabel(locales[lang].form.date, { exact: true });
      expect(await dateInput.evaluate((el) => getComputedStyle(el).colorScheme)).toBe(
        theme === 'light' ? 'light' : 'dark',
      );

      for (const sample of sampleNames) {
        await page.locator('select').first().selectOption(sample);
        const item = sampleItems[sample](session.variant);
        await pane.getByTestId('item-summary').filter({ hasText: item.subject }).waitFor();
        await templateShown(pane, { meeting: 'MEETINV', inboundKnown: 'EMAIL-IN' }[sample as string] ?? 'EMAIL');
        const record = await recordButtonOf(session, lang);
        expect(record.text).toBe(recordLabel(lang, record.count));
        expect(await pane.getByRole('checkbox', { checked: true }).count()).toBe(record.count);
        if (lang !== 'en') expect(record.text).not.toBe(recordLabel('en', record.count));
        expect(englishLinesIn(await page.locator('body').innerText(), lang)).toEqual([]);
        await page.waitForFunction(() => !document.querySelector('[data-testid="task-pane"] [role="progressbar"]')); // the timeline has loaded
        await session.screenshot(`${sample}-${lang}-${theme}`);
      }
      await done(session);
    },
  );
});

describe('Outlook pane: accessibility', () => {
  test.each(['light', 'dark', 'contrast'] as const)(
    'When axe checks the pane in the %s theme, then no state has a serious or critical violation',
    async (theme) => {
      const session = await open('outboundMixed', { theme });
      const { page, pane } = session;
      await templateShown(pane, 'EMAIL');
      const found: Record<string, string[]> = { main: await paneViolations(page) };

      await pane.getByRole('button', { name: 'More details' }).click();
      await pane.getByRole('combobox', { name: 'Evaluation' }).waitFor();
      const unknown = pane.getByTestId(`person-${people.jana}`).getByRole('button', { name: 'Create contact' });
      if (await unknown.count()) {
        await unknown.click();
        await pane.getByRole('textbox', { name: 'Name' }).waitFor();
      }
      found.details = await paneViolations(page);

      await pane.getByRole('textbox', { name: 'Description' }).fill('Unsaved');
      await page.getByRole('button', { name: /Select another item/ }).click();
      await page.getByRole('alertdialog').waitFor();
      await page.waitForFunction(
        () => getComputedStyle(document.querySelector('[role="alertdialog"]')!).opacity === '1',
      ); // faded in
      found.dialog = await paneViolations(page, 'body');
      await page.getByRole('alertdialog').getByRole('button', { name: 'Keep editing' }).click();

      await pane.getByRole('tab', { name: 'Postponed' }).click();
      await pane
        .getByText(/Nothing postponed\.|Resume/)
        .first()
        .waitFor();
      found.postponed = await paneViolations(page);

      expect(found).toEqual({ main: [], details: [], dialog: [], postponed: [] });
      await done(session);
    },
  );
});

describe('Outlook pane: recording an email or a meeting', () => {
  test('When a known sender is recorded, then one entry with the email as its source is made', async () => {
    const session = await open('inboundKnown');
    const { pane, item } = session;
    await templateShown(pane, 'EMAIL-IN');

    await pane.getByRole('button', { name: 'Record for 1 contact' }).click();
    await pane.getByText('Recorded 1 interaction.').waitFor();
    await session.screenshot('recorded-success-en-light');

    const entries = await entriesFrom(item, people.robin);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      templateCode: 'EMAIL-IN',
      subject: 'Re: Quote for the spring catalogue',
      postponed: false,
      source: { type: 'email', itemId: item.itemId, internetMessageId: item.internetMessageId },
    });
    await pane.getByTestId(`person-${people.robin}`).getByText('Already recorded').waitFor();
    await done(session);
  });

  test('When an unknown recipient is created inline, then the company comes from the domain and all three are recorded', async () => {
    const session = await open('outboundMixed');
    const { pane, item } = session;
    await templateShown(pane, 'EMAIL');
    const row = pane.getByTestId(`person-${people.jana}`);

    await row.getByRole('button', { name: 'Create contact' }).click();
    await pane.getByRole('combobox', { name: 'Company' }).filter({ hasText: 'Contoso Ltd.' }).waitFor();
    expect(await pane.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Jana Svobodová');
    await session.screenshot('new-contact-form-en-light');
    await pane.getByRole('button', { name: 'Create contact' }).click();
    await row.getByText(/Contact CT\d+ · Contoso Ltd\./).waitFor();
    // Her kept items may include this email (the pane reports it when idle): then it was recorded with the
    // contact and shows so; else she is selected. Either way all three end up with this email's entry.
    const janaBox = pane.getByRole('checkbox', { name: 'Record for Jana Svobodová' });
    await row
      .getByText('Already recorded')
      .or(pane.getByRole('checkbox', { name: 'Record for Jana Svobodová', checked: true }))
      .waitFor();
    const recordedWithHer = await row.getByText('Already recorded').isVisible();
    expect(await janaBox.isChecked()).toBe(!recordedWithHer);
    const toRecord = recordedWithHer ? 2 : 3;
    await pane.getByRole('button', { name: `Record for ${toRecord} contacts` }).click();
    await pane.getByText(`Recorded ${toRecord} interactions.`).waitFor();

    const jana = (await suite.web.api.get(`/contacts?email=${people.jana}`)).body.items;
    expect(jana).toEqual([
      expect.objectContaining({ name: 'Jana Svobodová', type: 'person', companyName: 'Contoso Ltd.' }),
    ]);
    for (const email of [people.olga, people.mikko, people.jana]) {
      expect(await entriesFrom(item, email)).toEqual([
        expect.objectContaining({ templateCode: 'EMAIL', subject: 'Contoso rollout: next steps' }),
      ]);
    }
    await done(session);
  });

  test('When a meeting is recorded, then every attendee gets one entry with the meeting template', async () => {
    const session = await open('meeting');
    const { pane, item } = session;
    await templateShown(pane, 'MEETINV');

    await pane.getByRole('button', { name: 'Record for 4 contacts' }).click();
    await pane.getByText('Recorded 4 interactions.').waitFor();

    for (const email of [people.robin, people.petra, people.dana, people.olga]) {
      expect(await entriesFrom(item, email)).toEqual([
        expect.objectContaining({
          templateCode: 'MEETINV',
          subject: 'Quarterly business review',
          source: expect.objectContaining({ type: 'meeting', itemId: item.itemId }),
        }),
      ]);
    }
    await done(session);
  });
});

describe('Outlook pane: never twice', () => {
  test('When Record is double-clicked, then one entry is made and nothing waits in the queue', async () => {
    const session = await open('inboundKnown');
    const { page, pane, item } = session;
    await templateShown(pane, 'EMAIL-IN');

    await pane.getByRole('button', { name: 'Record for 1 contact' }).dblclick();
    await pane.getByText('Recorded 1 interaction.').waitFor();

    expect(await entriesFrom(item, people.robin)).toHaveLength(1);
    expect(await queuedItems(page)).toEqual([]);
    await done(session);
  });

  test('When Record is clicked twice before the pane re-renders, then one entry is made and no false "cannot be reached" warning appears', async () => {
    const session = await open('meeting');
    const { page, pane, item } = session;
    await templateShown(pane, 'MEETINV');

    await pane.getByRole('button', { name: 'Record for 4 contacts' }).evaluate((button: HTMLElement) => {
      button.click();
      button.click();
    });
    await pane.getByText('Recorded 4 interactions.').waitFor();

    for (const email of [people.robin, people.petra, people.dana, people.olga])
      expect(await entriesFrom(item, email)).toHaveLength(1);
    expect(await queuedItems(page)).toEqual([]);
    expect(await pane.getByTestId('queue-pending').count()).toBe(0);
    await done(session);
  });

  test('When the page is reloaded after recording, then the contact shows as already recorded and recording again changes nothing', async () => {
    const session = await open('inboundKnown');
    const { page, pane, item } = session;
    await templateShown(pane, 'EMAIL-IN');
    await pane.getByRole('button', { name: 'Record for 1 contact' }).click();
    await pane.getByText('Recorded 1 interaction.').waitFor();
    const [first] = await entriesFrom(item, people.robin);

    await page.reload();
    const robin = pane.getByRole('checkbox', { name: 'Record for Robin Bauer' });
    await pane.getByTestId(`person-${people.robin}`).getByText('Already recorded').waitFor();
    expect(await robin.isChecked()).toBe(false);
    await robin.check();
    await pane.getByRole('button', { name: 'Record for 1 contact' }).click();
    // The same Idempotency-Key: the server answers with the first entry (or says it is there).
    await pane
      .getByText(new RegExp(`^(Entry ${first.entryNo} · Robin Bauer|Already recorded for Robin Bauer\\.?)$`))
      .waitFor();

    expect(await entriesFrom(item, people.robin)).toEqual([expect.objectContaining({ entryNo: first.entryNo })]);
    await done(session);
  });
});

describe('Outlook pane: when the API cannot be reached', () => {
  test('When the network fails before the request leaves, then the interaction waits on the device and coming back online sends it once', async () => {
    const session = await open('inboundKnown');
    const { page, pane, item } = session;
    await templateShown(pane, 'EMAIL-IN');
    await page.route('**/api/v1/interactions', (route) => route.abort('internetdisconnected'));

    await pane.getByRole('button', { name: 'Record for 1 contact' }).click();
    await pane
      .getByTestId('queue-pending')
      .getByText('Interlog cannot be reached. 1 interaction is kept on this device and will be sent automatically.')
      .waitFor();
    expect(await queuedItems(page)).toHaveLength(1);
    expect(await entriesFrom(item, people.robin)).toEqual([]);

    await page.unroute('**/api/v1/interactions');
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await pane.getByTestId('queue-sent').waitFor();
    expect(await pane.getByTestId('queue-pending').count()).toBe(0);
    expect(await queuedItems(page)).toEqual([]);
    expect(await entriesFrom(item, people.robin)).toHaveLength(1);
    await done(session);
  });

  test('When the server records the interactions but the answers are lost, then sending the queue later still makes one entry per contact', async () => {
    const session = await open('meeting');
    const { page, pane, item } = session;
    await templateShown(pane, 'MEETINV');
    let committed = 0;
    await page.route('**/api/v1/interactions', async (route) => {
      const response = await route.fetch();
      if (response.ok()) committed += 1;
      await route.abort('internetdisconnected');
    });

    await pane.getByRole('button', { name: 'Record for 4 contacts' }).click();
    await pane
      .getByTestId('queue-pending')
      .getByText(/4 interactions are kept on this device/)
      .waitFor();
    await session.screenshot('queued-en-light');
    expect(committed).toBe(4);
    expect(await queuedItems(page)).toHaveLength(4);

    await page.unroute('**/api/v1/interactions');
    await pane.getByRole('button', { name: 'Send now' }).click();
    await pane.getByTestId('queue-sent').waitFor();
    expect(await queuedItems(page)).toEqual([]);
    for (const email of [people.robin, people.petra, people.dana, people.olga])
      expect(await entriesFrom(item, email)).toHaveLength(1);
    await done(session);
  });

  test('When the pane is closed while interactions wait, then they are sent once when it opens again', async () => {
    const session = await open('inboundKnown');
    const { page, pane, item } = session;
    await templateShown(pane, 'EMAIL-IN');
    await page.route('**/api/v1/interactions', (route) => route.abort('internetdisconnected'));
    await pane.getByRole('button', { name: 'Record for 1 contact' }).click();
    await pane.getByTestId('queue-pending').waitFor();

    await page.unroute('**/api/v1/interactions');
    await page.reload();
    await pane.getByTestId('queue-sent').waitFor();

    expect(await queuedItems(page)).toEqual([]);
    expect(await entriesFrom(item, people.robin)).toHaveLength(1);
    await done(session);
  });
});

describe('Outlook pane: postponed interactions', () => {
  async function postpone(session: PaneSession, description: string) {
    const { pane } = session;
    await pane.getByRole('textbox', { name: 'Description' }).fill(description);
    await pane.getByRole('button', { name: 'Postpone' }).click();
    await pane.getByText('Postponed 1 interaction.').waitFor();
    const [entry] = (await entriesFrom(session.item, people.dana, { postponed: true })).filter(
      (e) => e.description === description,
    );
    return entry;
  }

  test('When an interaction is postponed, then it is listed, resumes with the form prefilled and finishes as a normal entry', async () => {
    const session = await open('compose');
    const { pane, item } = session;
    await templateShown(pane, 'EMAIL');

    const entry = await postpone(session, 'Invoice follow-up call');
    expect(entry).toMatchObject({
      postponed: true,
      templateCode: 'EMAIL',
      subject: 'Your invoice',
      source: { type: 'email', itemId: item.itemId },
    });
    expect(await entriesFrom(item, people.dana)).toEqual([]);

    await pane.getByRole('tab', { name: 'Postponed' }).click();
    const listed = pane.getByTestId(`postponed-${entry.entryNo}`);
    await listed.getByText('Invoice follow-up call').waitFor();
    await session.screenshot('postponed-list-en-light');
    await listed.getByRole('button', { name: /^Finish for / }).click();
    await pane.getByRole('heading', { name: `Finish postponed interaction ${entry.entryNo}` }).waitFor();
    expect(await pane.getByRole('textbox', { name: 'Description' }).inputValue()).toBe('Invoice follow-up call');
    await pane.getByRole('button', { name: 'Finish' }).click();
    await pane.getByText(`Finished postponed interaction ${entry.entryNo}.`).waitFor();

    expect((await suite.web.api.get(`/interaction-log-entries/${entry.entryNo}`)).body).toMatchObject({
      postponed: false,
      description: 'Invoice follow-up call',
      templateCode: 'EMAIL',
    });
    expect(await entriesFrom(item, people.dana, { postponed: true })).toEqual([]);
    expect(await listed.count()).toBe(0);
    await done(session);
  });

  test('When a postponed interaction is deleted, then the pane asks first and only a confirmed delete removes it', async () => {
    const session = await open('compose');
    const { page, pane } = session;
    await templateShown(pane, 'EMAIL');
    const entry = await postpone(session, 'To be dropped');
    await pane.getByRole('tab', { name: 'Postponed' }).click();
    const listed = pane.getByTestId(`postponed-${entry.entryNo}`);

    await listed.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').getByText('To be dropped', { exact: false }).waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    expect((await suite.web.api.get(`/interaction-log-entries/${entry.entryNo}`)).status).toBe(200);

    await listed.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await pane.getByText(`Deleted postponed interaction ${entry.entryNo}.`).waitFor();
    expect((await suite.web.api.get(`/interaction-log-entries/${entry.entryNo}`)).status).toBe(404);
    expect(await listed.count()).toBe(0);
    await done(session);
  });
});

describe('Outlook pane: pinned, following the selected item', () => {
  test('When another item is selected with unsaved input, then the pane asks before discarding it', async () => {
    const session = await open('inboundKnown');
    const { page, pane } = session;
    await templateShown(pane, 'EMAIL-IN');
    const description = pane.getByRole('textbox', { name: 'Description' });
    await description.fill('Half-typed note');

    await page.getByRole('combobox', { name: 'Sample item' }).selectOption('meeting');
    const dialog = page.getByRole('alertdialog', { name: 'Discard what you entered?' });
    await dialog.waitFor();
    await session.screenshot('unsaved-dialog-en-light', { viewport: true });
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await description.inputValue()).toBe('Half-typed note');
    await pane.getByTestId('item-summary').filter({ hasText: 'Re: Quote for the spring catalogue' }).waitFor();

    await page.getByRole('button', { name: /Select another item/ }).click();
    await dialog.getByRole('button', { name: 'Discard and switch' }).click();
    await pane.getByTestId('item-summary').filter({ hasText: 'Quarterly business review' }).waitFor();
    await templateShown(pane, 'MEETINV');
    expect(await description.inputValue()).toBe('Quarterly business review'); // the new item's title
    expect(await entriesFrom(session.item, people.robin)).toEqual([]);
    await done(session);
  });

  test('When another item is selected without input, then the pane follows it at once', async () => {
    const session = await open('inboundKnown');
    const { page, pane } = session;
    await templateShown(pane, 'EMAIL-IN');

    await page.getByRole('combobox', { name: 'Sample item' }).selectOption('outboundMixed');
    await pane.getByTestId('item-summary').filter({ hasText: 'Contoso rollout: next steps' }).waitFor();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await done(session);
  });
});

describe('Outlook pane: choosing a template', () => {
  test('When only the keyboard is used, then a template can be chosen and the interaction recorded', async () => {
    const session = await open('inboundKnown');
    const { page, pane, item } = session;
    await templateShown(pane, 'EMAIL-IN');
    await pane.getByTestId('item-summary').click(); // where a keyboard user starts: the top of the pane

    await tabTo(page, pane.getByRole('combobox', { name: 'Interaction template' }));
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    for (
      let i = 0;
      i < 10 &&
      !(await page
        .getByRole('option', { name: 'E-mail received' })
        .evaluate((o) => o.hasAttribute('data-activedescendant')));
      i += 1
    ) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await templateShown(pane, 'EMAIL-IN');
    await tabTo(page, pane.getByRole('button', { name: 'Record for 1 contact' }));
    await page.keyboard.press('Enter');
    await pane.getByText('Recorded 1 interaction.').waitFor();

    expect(await entriesFrom(item, people.robin)).toEqual([
      expect.objectContaining({ templateCode: 'EMAIL-IN', informationFlow: 'inbound' }),
    ]);
    await done(session);
  });

  test('When the template list is opened with the mouse, then the pane stays visible behind it and the clicked template is recorded', async () => {
    const session = await open('inboundKnown');
    const { page, pane, item } = session;
    await templateShown(pane, 'EMAIL-IN');

    await pane.getByRole('combobox', { name: 'Interaction template' }).click();
    await page.getByRole('option', { name: 'Outgoing telephone call' }).waitFor();
    const summary = pane.getByTestId('item-summary');
    const box = (await summary.boundingBox())!;
    const topmost = await page.evaluate(
      ({ x, y }) =>
        document.elementFromPoint(x, y)?.closest('[data-testid="item-summary"]') ? 'the item summary' : 'covered',
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(topmost).toBe('the item summary');
    await page.getByRole('option', { name: 'Outgoing telephone call' }).click();
    await pane.getByRole('button', { name: 'Record for 1 contact' }).click();
    await pane.getByText('Recorded 1 interaction.').waitFor();

    expect(await entriesFrom(item, people.robin)).toEqual([
      expect.objectContaining({ templateCode: 'OUTGCALL', description: 'Re: Quote for the spring catalogue' }),
    ]);
    await done(session);
  });
});
