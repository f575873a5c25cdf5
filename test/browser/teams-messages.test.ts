import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../support/browser';
import { LOOKS, openTeamsPage } from '../support/teams-page';
import { startWebApp, type WebApp } from '../support/web-app';

jest.setTimeout(300_000);

const SHOTS = '/tmp/shots/a15c';
let web: WebApp;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

const say = {
  en: {
    setup: 'Setup',
    groups: 'Interaction groups',
    del: (code: string) => `Delete ${code}`,
    confirm: 'Delete',
    inUse: 'Not deleted: the group is in use by interaction template Webinar invite (WEBINV). Give those',
    log: 'Log',
    noTemplate: '1 line has no interaction template.',
    addOne: 'Add one contact…',
    addReason: 'Add to segment is available once you pick a contact from the list',
  },
  ru: {
    setup: 'Настройка',
    groups: 'Группы взаимодействий',
    del: (code: string) => `Удалить ${code}`,
    confirm: 'Удалить',
    inUse: 'Не удалено: группа используется шаблоном взаимодействия Webinar invite (WEBINV).',
    log: 'Зарегистрировать',
    noTemplate: 'нет шаблона взаимодействия',
    addOne: 'Добавить один контакт…',
    addReason: 'станет доступна, когда вы выберете контакт из списка',
  },
};

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [web, browser] = await Promise.all([startWebApp('teams_messages'), launchBrowser()]);
  await web.api.post('/interaction-groups', { code: 'WEBINARS', description: 'Webinars' });
  await web.api.post('/interaction-templates', {
    code: 'WEBINV',
    description: 'Webinar invite',
    interactionGroupCode: 'WEBINARS',
  });
});
afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

describe('Teams tab: messages say what happened, actions are named by meaning', () => {
  test.each(LOOKS)(
    'When an interaction group in use is deleted (%i px, %s, %s), then the message names the template that uses it',
    async (width, lang, theme) => {
      const s = say[lang];
      const tab = await openTeamsPage(browser, web.origin, { page: 'tab', width, lang, theme });
      await tab.root.getByRole('tab', { name: s.setup }).click();
      await tab.root.getByRole('tab', { name: s.groups }).click();
      await tab.root.getByRole('button', { name: s.del('WEBINARS') }).click();
      await tab.page.getByRole('alertdialog').getByRole('button', { name: s.confirm, exact: true }).click();
      await tab.root.getByRole('alert').getByText(s.inUse, { exact: false }).waitFor();
      await tab.shot(SHOTS, `group-in-use-${width}-${lang}-${theme}`);
      expect((await web.api.get('/interaction-groups/WEBINARS')).status).toBe(200);
      await tab.close();
    },
  );

  test.each(LOOKS)(
    'When a segment has a line without a template (%i px, %s, %s), then the log dialog lists it before asking and offers no Log; Add one contact says why Add is off',
    async (width, lang, theme) => {
      const s = say[lang];
      const segment = (await web.api.post('/segments', { description: `No template ${width} ${lang} ${theme}` })).body;
      const robin = (await web.api.get('/contacts?email=robin.bauer%40fabrikam.example')).body.items[0];
      await web.api.post(`/segments/${segment.no}/lines`, { contactNo: robin.no });
      const tab = await openTeamsPage(browser, web.origin, { page: 'tab', width, lang, theme });
      await tab.root.getByRole('button', { name: segment.no }).click();

      await tab.root.getByRole('button', { name: s.addOne }).click();
      await tab.page.getByRole('dialog').getByText(s.addReason, { exact: false }).waitFor();
      await tab.shot(SHOTS, `add-one-contact-${width}-${lang}-${theme}`);
      await tab.page.keyboard.press('Escape');

      await tab.root.getByRole('button', { name: s.log, exact: true }).click();
      const dialog = tab.page.getByRole('alertdialog');
      await dialog.getByText(s.noTemplate, { exact: false }).waitFor();
      await dialog.getByRole('listitem').filter({ hasText: 'Robin Bauer' }).waitFor();
      expect(await dialog.getByRole('button').count()).toBe(1);
      await tab.shot(SHOTS, `log-no-template-${width}-${lang}-${theme}`);
      expect(tab.errors).toEqual([]);
      await tab.close();
    },
  );
});
