import { mkdirSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { locales, outlookPane, people, templateShown, type PaneSession } from '../support/outlook-pane';

// Postponed interactions belong to their email or meeting: reopening the item shows them on
// the contacts to finish, Record never makes a second entry, and the Postponed tab groups
// them by item.
jest.setTimeout(120_000);

const SHOTS = '/tmp/shots/a15a';
mkdirSync(SHOTS, { recursive: true });
const suite = browserSuite('outlook_postponed_per_item');
const { open, entriesFrom } = outlookPane(
  () => suite.browser,
  () => suite.web,
);

async function done(session: PaneSession) {
  await session.close();
  expect(session.errors).toEqual([]);
}

const groupOf = (pane: Locator, entryNo: number) =>
  pane.locator('[data-testid^="postponed-group-"]').filter({ has: pane.page().getByTestId(`postponed-${entryNo}`) });

describe('Outlook pane: postponed interactions belong to their item', () => {
  test('When an email with a postponed interaction is opened again, then the contact shows Postponed and Finish, and finishing makes the one entry', async () => {
    const first = await open('inboundKnown');
    await templateShown(first.pane, 'EMAIL-IN');
    await first.pane.getByRole('button', { name: 'Postpone' }).click();
    await first.pane.getByText('Postponed 1 interaction.').waitFor();
    const [postponed] = await entriesFrom(first.item, people.robin, { postponed: true });
    await done(first);

    const again = await open('inboundKnown', { variant: first.variant });
    const { page, pane, item } = again;
    const robin = pane.getByTestId(`person-${people.robin}`);
    await robin.getByText('Postponed', { exact: true }).waitFor();
    expect(await robin.getByRole('checkbox').isDisabled()).toBe(true);
    expect(await robin.getByRole('checkbox').isChecked()).toBe(false);
    await page.setViewportSize({ width: 360, height: 900 });
    await page.screenshot({ path: `${SHOTS}/postponed-on-item-en-light-360.png`, fullPage: true });

    await robin.getByRole('button', { name: 'Finish for Robin Bauer' }).click();
    await pane.getByRole('heading', { name: `Finish postponed interaction ${postponed.entryNo}` }).waitFor();
    expect(await pane.getByTestId('resume-contacts').textContent()).toBe(`For: Robin Bauer (${postponed.contactNo})`);
    expect(await pane.getByTestId('resume-item').textContent()).toBe(`Email: ${item.subject}`);
    await pane.getByRole('button', { name: 'Finish', exact: true }).click();
    await pane.getByText(`Finished postponed interaction ${postponed.entryNo}.`).waitFor();
    await robin.getByText('Already recorded').waitFor();

    expect(await entriesFrom(item, people.robin, { postponed: true })).toEqual([]);
    expect((await entriesFrom(item, people.robin)).map((e) => e.entryNo)).toEqual([postponed.entryNo]);
    await done(again);
  });

  test('When Record is sent for a contact with a postponed interaction for the item anyway, then the server refuses it (409) and no second entry is made', async () => {
    const session = await open('inboundKnown');
    await templateShown(session.pane, 'EMAIL-IN');
    await session.pane.getByRole('button', { name: 'Postpone' }).click();
    await session.pane.getByText('Postponed 1 interaction.').waitFor();
    const [postponed] = await entriesFrom(session.item, people.robin, { postponed: true });

    const res = await suite.web.api.post('/interactions', {
      contactNo: postponed.contactNo,
      templateCode: 'EMAIL-IN',
      source: { type: 'email', internetMessageId: session.item.internetMessageId },
    });
    expect(res.status).toBe(409);
    expect(res.body.postponedEntryNo).toBe(postponed.entryNo);
    expect(await entriesFrom(session.item, people.robin)).toEqual([]);
    await done(session);
  });
});

describe('Outlook pane: Record offers to finish a postponed interaction instead', () => {
  test('When the item was postponed for the contact elsewhere after the pane opened, then Record makes no second entry and the contact offers Finish', async () => {
    const session = await open('inboundKnown');
    const { pane, item } = session;
    await templateShown(pane, 'EMAIL-IN');
    const robin = (await suite.web.api.get(`/contacts?email=${people.robin}`)).body.items[0];
    const elsewhere = await suite.web.api.post('/interactions', {
      contactNo: robin.no,
      templateCode: 'EMAIL-IN',
      postpone: true,
      source: { type: 'email', internetMessageId: item.internetMessageId, itemId: item.itemId },
    });
    expect(elsewhere.status).toBe(201);

    await pane.getByRole('button', { name: 'Record for 1 contact' }).click();
    const row = pane.getByTestId(`person-${people.robin}`);
    await row.getByRole('button', { name: 'Finish for Robin Bauer' }).waitFor();
    await row.getByText('Postponed', { exact: true }).waitFor();
    expect(await entriesFrom(item, people.robin)).toEqual([]);
    await done(session);
  });
});

describe('Outlook pane: the postponed list groups by item', () => {
  test('A meeting postponed for its contacts is one row with its contacts inside; Finish all finishes them with one form that names the item', async () => {
    const session = await open('meeting', { lang: 'en', theme: 'dark' });
    const { page, pane, item } = session;
    await templateShown(pane, 'MEETINV');
    await pane.getByRole('button', { name: 'Postpone' }).click();
    await pane.getByText(/^Postponed \d+ interactions?\.$/).waitFor();
    const postponed = [
      ...(await entriesFrom(item, people.robin, { postponed: true })),
      ...(await entriesFrom(item, people.petra, { postponed: true })),
      ...(await entriesFrom(item, people.dana, { postponed: true })),
      ...(await entriesFrom(item, people.olga, { postponed: true })),
    ];
    expect(postponed.length).toBeGreaterThanOrEqual(2);

    await pane.getByRole('tab', { name: 'Postponed' }).click();
    const group = groupOf(pane, postponed[0].entryNo);
    await group.waitFor();
    for (const entry of postponed) expect(await group.getByTestId(`postponed-${entry.entryNo}`).count()).toBe(1);
    await group.getByText(`Meeting: ${item.subject}`).waitFor();
    await page.screenshot({ path: `${SHOTS}/postponed-grouped-en-dark-1100.png`, fullPage: true });

    await group.getByRole('button', { name: 'Finish for Robin Bauer' }).click();
    await pane.getByTestId('resume-contacts').filter({ hasText: 'Robin Bauer' }).waitFor();
    expect(await pane.getByTestId('resume-item').textContent()).toBe(`Meeting: ${item.subject}`);
    await pane.getByRole('button', { name: locales.en.form.cancelResume }).click();

    await group.getByRole('button', { name: `Finish all ${postponed.length}` }).click();
    await pane.getByRole('heading', { name: `Finish ${postponed.length} postponed interactions` }).waitFor();
    await page.setViewportSize({ width: 360, height: 900 });
    await page.screenshot({ path: `${SHOTS}/postponed-finish-all-en-dark-360.png`, fullPage: true });
    await pane.getByRole('button', { name: 'Finish', exact: true }).click();
    await pane.getByText(`Finished ${postponed.length} postponed interactions.`).waitFor();
    for (const entry of postponed)
      expect((await suite.web.api.get(`/interaction-log-entries/${entry.entryNo}`)).body.postponed).toBe(false);
    await done(session);
  });

  test('In Russian the grouped list and the resume form read in Russian', async () => {
    const session = await open('outboundMixed', { lang: 'ru', theme: 'light' });
    const { page, pane, item } = session;
    const ru = locales.ru;
    await templateShown(pane, 'EMAIL');
    await pane.getByRole('button', { name: ru.form.postpone }).click();
    const [entry] = await (async () => {
      for (let i = 0; i < 40; i += 1) {
        const found = await entriesFrom(item, people.olga, { postponed: true });
        if (found.length) return found;
        await page.waitForTimeout(250);
      }
      return [];
    })();
    await pane.getByRole('tab', { name: ru.nav.postponed }).click();
    const group = groupOf(pane, entry.entryNo);
    await group.getByText(`${ru.item.message}: ${item.subject}`).waitFor();
    await group.getByRole('button', { name: ru.postponed.finishAll.replace('{{count}}', '2') }).waitFor();
    await page.screenshot({ path: `${SHOTS}/postponed-grouped-ru-light-1100.png`, fullPage: true });
    await done(session);
  });
});
