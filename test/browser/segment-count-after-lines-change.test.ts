import type { Locator, Page } from 'playwright-core';
import { animationsSettled } from '../support/browser';
import { browserSuite } from '../support/browser-suite';

// Walk of issue 14: the browser kept a segment's header (version ETag) and the server answered its
// revalidation with 304, so after contacts were added the editor still said "0 contacts" and left
// Reduce, Refine, Undo and Save criteria disabled.
jest.setTimeout(180_000);

// Without request routing (newPageOn's): Playwright turns the browser's HTTP cache off while it routes.
async function openTab() {
  const context = await suite.browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${suite.web.origin}/teams/preview.html?page=tab&lang=en&theme=light`);
  return { page, root: page.getByTestId('marketing-tab'), errors, close: () => context.close() };
}

const SHOTS = '/tmp/shots/walk18';
const suite = browserSuite('segment_count_after_lines');

async function newSegment(page: Page, tab: Locator, description: string) {
  await tab.getByRole('button', { name: 'New segment' }).click();
  await page.getByRole('dialog').getByLabel('Description').fill(description);
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await tab.getByRole('heading', { name: new RegExp(`· ${description}$`) }).waitFor();
}

describe('The segment editor after its lines change', () => {
  test('When contacts are added by criteria to a new segment, then the editor counts them and offers Reduce, Refine, Undo and Save criteria', async () => {
    const { page, root, errors, close } = await openTab();
    await newSegment(page, root, 'Count after adding');
    await root.getByText('0 contacts', { exact: true }).waitFor();

    await root.getByRole('button', { name: 'Add contacts by criteria…' }).click();
    await page.getByRole('dialog').getByLabel('Email domain').fill('contoso.example');
    await page.getByRole('dialog').getByRole('button', { name: 'Add matching contacts' }).click();
    await root.getByText('4 contacts added. Lines in the segment: 4.').waitFor();

    await root.getByText('4 contacts', { exact: true }).waitFor();
    for (const name of ['Reduce…', 'Refine…', 'Undo last step', 'Save criteria…'])
      await expect(root.getByRole('button', { name }).isEnabled()).resolves.toBe(true);
    await animationsSettled(page);
    await page.screenshot({ path: `${SHOTS}/segment-count-after-adding-1366-en-light.png` });

    await root.getByRole('button', { name: 'Undo last step' }).click();
    await root.getByText('0 contacts', { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});
