import { mkdirSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import {
  locales,
  outlookPane,
  people,
  recordLabel,
  templateShown,
  type Lang,
  type PaneSession,
} from '../support/outlook-pane';

// The direction of an email decides its information flow and who initiated it: the preview's
// inbound sample is from Robin Bauer to the demo user, the outbound one from the user.
jest.setTimeout(120_000);

const SHOTS = '/tmp/shots/a15a';
mkdirSync(SHOTS, { recursive: true });
const suite = browserSuite('outlook_email_direction');
const { open, entriesFrom } = outlookPane(
  () => suite.browser,
  () => suite.web,
);

async function done(session: PaneSession) {
  await session.close();
  expect(session.errors).toEqual([]);
}

/** Opens More details and reads the information flow and initiated-by shown there. */
async function flowShown(pane: Locator, lang: Lang = 'en') {
  const form = locales[lang].form;
  const details = pane.getByRole('button', { name: form.moreDetails });
  if ((await details.getAttribute('aria-expanded')) !== 'true') await details.click();
  const flow = pane.getByRole('combobox', { name: form.informationFlow });
  await flow.waitFor();
  return {
    flow: (await flow.textContent())?.trim(),
    initiatedBy: (await pane.getByRole('combobox', { name: form.initiatedBy }).textContent())?.trim(),
  };
}

describe('Outlook pane: the direction of an email', () => {
  test('A received email is recorded as Inbound, initiated by Them, with the setup template for received emails', async () => {
    const session = await open('inboundKnown');
    const { page, pane, item } = session;
    await templateShown(pane, 'EMAIL-IN');
    expect(await flowShown(pane)).toEqual({ flow: 'Inbound', initiatedBy: 'Them' });
    await page.setViewportSize({ width: 360, height: 900 });
    await page.screenshot({ path: `${SHOTS}/direction-received-en-light-360.png`, fullPage: true });

    await pane.getByRole('button', { name: 'Record for 1 contact' }).click();
    await pane.getByText('Recorded 1 interaction.').waitFor();
    expect(await entriesFrom(item, people.robin)).toEqual([
      expect.objectContaining({ templateCode: 'EMAIL-IN', informationFlow: 'inbound', initiatedBy: 'them' }),
    ]);
    await done(session);
  });

  test('A sent email is recorded as Outbound, initiated by Us, also when a template for received emails is chosen', async () => {
    const session = await open('outboundMixed', { lang: 'ru', theme: 'dark' });
    const { page, pane, item } = session;
    await templateShown(pane, 'EMAIL');
    const ru = locales.ru;
    expect(await flowShown(pane, 'ru')).toEqual({ flow: ru.flow.outbound, initiatedBy: ru.initiated.us });

    await pane.getByRole('combobox', { name: ru.form.template }).click();
    await page.getByRole('option', { name: 'E-mail received' }).click();
    await templateShown(pane, 'EMAIL-IN');
    expect(await flowShown(pane, 'ru')).toEqual({ flow: ru.flow.outbound, initiatedBy: ru.initiated.us });
    await page.screenshot({ path: `${SHOTS}/direction-sent-ru-dark-1100.png`, fullPage: true });

    await pane.getByTestId(`person-${people.mikko}`).getByRole('checkbox').uncheck();
    await pane.getByRole('button', { name: recordLabel('ru', 1) }).click();
    await pane.getByText('Записано 1 взаимодействие.').waitFor();
    expect(await entriesFrom(item, people.olga)).toEqual([
      expect.objectContaining({ templateCode: 'EMAIL-IN', informationFlow: 'outbound', initiatedBy: 'us' }),
    ]);
    await done(session);
  });

  test('When the user changes initiated-by, then the item direction no longer overrides it', async () => {
    const session = await open('inboundKnown');
    const { page, pane, item } = session;
    await templateShown(pane, 'EMAIL-IN');
    await flowShown(pane);
    await pane.getByRole('combobox', { name: 'Initiated by' }).click();
    await page.getByRole('option', { name: 'Us' }).click();
    await pane.getByRole('combobox', { name: 'Interaction template' }).click();
    await page.getByRole('option', { name: 'Meeting follow-up' }).click();
    await templateShown(pane, 'FOLLOWUP');
    expect(await flowShown(pane)).toEqual({ flow: 'Inbound', initiatedBy: 'Us' });

    await pane.getByRole('button', { name: 'Record for 1 contact' }).click();
    await pane.getByText('Recorded 1 interaction.').waitFor();
    expect(await entriesFrom(item, people.robin)).toEqual([
      expect.objectContaining({ templateCode: 'FOLLOWUP', informationFlow: 'inbound', initiatedBy: 'us' }),
    ]);
    await done(session);
  });
});
