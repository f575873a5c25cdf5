import { browserSuite } from '../support/browser-suite';
import { locales, outlookPane, people, recordLabel, templateShown } from '../support/outlook-pane';

// Issue 15, point 11: recording for a contact who is not on the item.
jest.setTimeout(120_000);

const suite = browserSuite('outlook_pane_contact_search');
const { open, entriesFrom } = outlookPane(
  () => suite.browser,
  () => suite.web,
);
const en = locales.en.people;

describe('Outlook pane: contact search', () => {
  test('When the user finds a contact by name or number, then it is added to the list, selected, and recorded with the others', async () => {
    const session = await open('inboundKnown');
    const { page, pane, item } = session;
    await templateShown(pane, 'EMAIL-IN');
    const mikko = (await suite.web.api.get(`/contacts?email=${people.mikko}`)).body.items[0];
    const search = pane.getByRole('combobox', { name: en.search });

    await search.pressSequentially('Dana');
    await page.getByRole('option', { name: /^Dana Lee · / }).click();
    await search.pressSequentially(mikko.no);
    await page.getByRole('option', { name: new RegExp(`^Mikko Virtanen · ${mikko.no}`) }).click();

    for (const email of [people.dana, people.mikko])
      expect(await pane.getByTestId(`person-${email}`).getByRole('checkbox').isChecked()).toBe(true);
    await page.screenshot({ path: '/tmp/shots/a15b/contact-search-en-light.png', fullPage: true });
    await pane.getByRole('button', { name: recordLabel('en', 3) }).click();
    await pane
      .getByTestId('record-outcome')
      .getByText(/Recorded 3 interactions/)
      .waitFor();
    for (const email of [people.robin, people.dana, people.mikko])
      expect(await entriesFrom(item, email)).toHaveLength(1);
    await session.close();
    expect(session.errors).toEqual([]);
  });
});
