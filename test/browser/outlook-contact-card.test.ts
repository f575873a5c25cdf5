import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import {
  outlookPane,
  people,
  recordLabel,
  templateShown,
  type Lang,
  type PaneSession,
  type Theme,
} from '../support/outlook-pane';

// Issue 16, point 3: the contact's statistics above its timeline in the Outlook pane, loaded after Record.
jest.setTimeout(120_000);

const SHOTS = '/tmp/shots/s16card';
const suite = browserSuite('outlook_contact_card');
const { open } = outlookPane(
  () => suite.browser,
  () => suite.web,
);

async function done(session: PaneSession) {
  await session.close();
  expect(session.errors).toEqual([]);
}

const robinNo = async () => (await suite.web.api.get(`/contacts?email=${people.robin}`)).body.items[0].no as string;
const monthsAgo = (months: number, day: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, day, 10)).toISOString();
};
const card = (session: PaneSession) => session.pane.getByTestId('contact-card');
/** The card's figure under a label ("Interactions" → "3"). */
const figure = (session: PaneSession, label: string) =>
  card(session)
    .locator('div', { has: session.page.locator('dt', { hasText: label }) })
    .locator('dd');

async function record(contactNo: string, date: string, initiatedBy: 'us' | 'them') {
  const res = await suite.web.api.post('/interactions', { contactNo, templateCode: 'EMAIL-IN', date, initiatedBy });
  expect(res.status).toBe(201);
}

describe('Outlook pane: the contact card', () => {
  test('When entries were recorded through the API, then the card shows their number, the last dates and a bar for each month with entries', async () => {
    const contactNo = await robinNo();
    await record(contactNo, monthsAgo(2, 12), 'us');
    await record(contactNo, monthsAgo(2, 20), 'them');
    const last = new Date(Date.now() - 3_600_000).toISOString();
    await record(contactNo, last, 'them');

    const session = await open('inboundKnown');
    await card(session).getByRole('img').waitFor();
    const dateText = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(iso));
    expect(await figure(session, 'Interactions').textContent()).toBe('3');
    expect(await figure(session, 'Last interaction').textContent()).toBe(dateText(last));
    expect(await figure(session, 'Last attempt').textContent()).toBe(dateText(monthsAgo(2, 12)));
    const bars = card(session).locator('rect');
    expect(await bars.count()).toBe(12);
    expect(await card(session).locator('rect:not([data-count="0"])').count()).toBe(2);
    const busiest = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(monthsAgo(2, 12)),
    );
    await card(session)
      .getByRole('img', { name: `3 interactions in the last 12 months, most in ${busiest}` })
      .waitFor();
    expect(await seriousViolations(session.page, '[data-testid="contact-card"]')).toEqual([]);
    await done(session);
  });

  test('When the user records from the pane, then the card counts the new interaction', async () => {
    const session = await open('inboundKnown');
    await templateShown(session.pane, 'EMAIL-IN');
    await card(session).getByRole('img').waitFor();
    const before = Number(await figure(session, 'Interactions').textContent());

    await session.pane.getByRole('button', { name: recordLabel('en', 1) }).click();
    await figure(session, 'Interactions')
      .filter({ hasText: new RegExp(`^${before + 1}$`) })
      .waitFor();
    await done(session);
  });

  test("When the timeline shows a company, then its card counts its people's interactions and says so", async () => {
    const session = await open('inboundKnown');
    const { page, pane } = session;
    await templateShown(pane, 'EMAIL-IN');
    const fabrikam = (await suite.web.api.get('/contacts?type=company&search=Fabrikam')).body.items[0];
    const company = (await suite.web.api.get(`/statistics/contacts/${fabrikam.no}`)).body;
    const robin = (await suite.web.api.get(`/statistics/contacts/${await robinNo()}`)).body;
    expect(company.noOfInteractions).toBeGreaterThanOrEqual(robin.noOfInteractions);

    await pane.getByRole('combobox', { name: 'Add another contact' }).pressSequentially('Fabrikam');
    await page.getByRole('option', { name: /^Fabrikam Inc\. · / }).click();
    await pane.getByRole('combobox', { name: 'Contact', exact: true }).click();
    await page.getByRole('option', { name: 'Fabrikam Inc.' }).click();

    await card(session).getByText("Including the company's people").waitFor();
    expect(await figure(session, 'Interactions').textContent()).toBe(String(company.noOfInteractions));
    await done(session);
  });

  test('The card and its request come after Record is usable', async () => {
    const watchRecord = (page: Page) =>
      page.addInitScript(() => {
        const marks = ((window as any).cardMarks = {} as Record<string, number>);
        new MutationObserver(() => {
          const record = [...document.querySelectorAll('button')].find((b) => /^Record for/.test(b.textContent ?? ''));
          if (record && !record.disabled) marks.recordUsable ??= performance.now();
          if (document.querySelector('[data-testid="contact-card"]')) marks.cardShown ??= performance.now();
        }).observe(document, { subtree: true, childList: true, attributes: true });
      });
    const session = await open('inboundKnown', { prepare: watchRecord });
    await card(session).getByRole('img').waitFor();

    const order = await session.page.evaluate(() => {
      const started = (pattern: RegExp) =>
        performance.getEntriesByType('resource').find((r) => pattern.test(r.name))?.startTime ?? -1;
      return {
        ...(window as any).cardMarks,
        cardCode: started(/\/TimelineSection-[\w-]+\.js$/),
        cardRequest: started(/\/api\/v1\/statistics\/contacts\//),
      };
    });
    expect(order.recordUsable).toBeGreaterThan(0);
    expect(order.cardCode).toBeGreaterThan(order.recordUsable);
    expect(order.cardRequest).toBeGreaterThan(order.recordUsable);
    expect(order.cardShown).toBeGreaterThan(order.recordUsable);
    await done(session);
  });

  test('When the statistics cannot be read, then the card says so quietly and Record still works', async () => {
    const failStatistics = (page: Page) =>
      page.route('**/api/v1/statistics/**', (route) =>
        route.fulfill({
          status: 500,
          contentType: 'application/problem+json',
          body: JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }),
        }),
      );
    const session = await open('inboundKnown', { prepare: failStatistics });
    await templateShown(session.pane, 'EMAIL-IN');
    await card(session).getByText("The contact's statistics are not available right now.").waitFor();
    expect(await session.pane.getByRole('alert').count()).toBe(0);
    await card(session).getByRole('button', { name: 'Try again' }).waitFor();

    await session.pane.getByRole('button', { name: recordLabel('en', 1) }).click();
    await session.pane.getByText(/^Recorded 1 interaction/).waitFor();
    await session.page.setViewportSize({ width: 350, height: 1000 });
    await session.page.screenshot({ path: `${SHOTS}/card-unavailable-en-light-350.png`, fullPage: true });
    await done(session);
  });

  test.each<[Lang, Theme]>([
    ['en', 'light'],
    ['en', 'dark'],
    ['fi', 'light'],
    ['fi', 'dark'],
    ['en', 'contrast'],
  ])('Screenshots: %s, %s, at 350 and 800 px', async (lang, theme) => {
    const session = await open('inboundKnown', { lang, theme });
    await card(session).getByRole('img').waitFor();
    for (const width of [350, 800]) {
      await session.page.setViewportSize({ width, height: 1000 });
      expect(await card(session).evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await session.page.screenshot({ path: `${SHOTS}/card-${lang}-${theme}-${width}.png`, fullPage: true });
      await card(session).screenshot({ path: `${SHOTS}/card-only-${lang}-${theme}-${width}.png` });
    }
    await done(session);
  });
});
