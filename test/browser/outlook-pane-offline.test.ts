import { browserSuite } from '../support/browser-suite';
import { locales, outlookPane, people, recordLabel, templateShown } from '../support/outlook-pane';

// Issue 15, point 10: what waits on the device shows on its contact, and the pane heals by itself.
jest.setTimeout(120_000);

const suite = browserSuite('outlook_pane_offline');
const { open, entriesFrom } = outlookPane(
  () => suite.browser,
  () => suite.web,
);
const en = locales.en.people;

describe('Outlook pane: offline', () => {
  test('When an interaction waits on the device, then its contact shows Waiting to send, and when the connection returns the contact shows it recorded by itself', async () => {
    const session = await open('inboundKnown');
    const { page, pane, item } = session;
    await templateShown(pane, 'EMAIL-IN');
    await page.route('**/api/v1/interactions', (route) => route.abort('internetdisconnected'));

    await pane.getByRole('button', { name: recordLabel('en', 1) }).click();
    const robin = pane.getByTestId(`person-${people.robin}`);
    await robin.getByText(en.waiting).waitFor();
    await page.screenshot({ path: '/tmp/shots/a15b/offline-waiting-en-light.png', fullPage: true });

    await page.unroute('**/api/v1/interactions');
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await pane.getByTestId('queue-sent').waitFor();
    await robin.getByText(en.alreadyRecorded).waitFor();
    expect(await robin.getByText(en.waiting).count()).toBe(0);
    expect(await entriesFrom(item, people.robin)).toHaveLength(1);
    await session.close();
    expect(session.errors).toEqual([]);
  });
});
