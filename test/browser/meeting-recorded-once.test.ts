import { mkdirSync } from 'node:fs';
import { DEMO_USER } from '../../server/src/lib/auth/local-token-issuer';
import { demoGraphData } from '../../server/src/demo/graph-stand-in';
import { newPageOn } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { locales, outlookPane, templateShown } from '../support/outlook-pane';
import { recordingWhen } from '../support/recording-settings';

// One meeting, one entry per attendee, from anywhere: the Outlook pane, the Teams side panel
// and automatic recording all key the demo meeting by its calendar event's iCalUId, which
// the Graph stand-in's calendar holds for the demo user.
jest.setTimeout(120_000);

const SHOTS = '/tmp/shots/a15a';
mkdirSync(SHOTS, { recursive: true });
const suite = browserSuite('meeting_recorded_once');
const { open } = outlookPane(
  () => suite.browser,
  () => suite.web,
);
const ATTENDEES = [
  'robin.bauer@fabrikam.example',
  'petra.novakova@fabrikam.example',
  'dana.lee@contoso.example',
  'olga.smirnova@contoso.example',
];
const chat = demoGraphData.chats[0]!;

const entriesOf = async (iCalUId: string) =>
  (await suite.web.api.get(`/interaction-log-entries?iCalUId=${encodeURIComponent(iCalUId)}&limit=500`)).body.items as {
    entryNo: number;
    contactNo: string;
    source: Record<string, string>;
  }[];

async function openSidePanel(lang: 'en' | 'ru', theme: 'light' | 'dark', width: number) {
  const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin, { width, height: 1300 });
  await page.goto(`${suite.web.origin}/teams/preview.html?page=meeting&lang=${lang}&theme=${theme}`);
  const panel = page.getByTestId('meeting-side-panel');
  await panel
    .getByRole('combobox')
    .filter({ hasText: /\([A-Z-]+\)/ })
    .waitFor();
  return { context, page, panel, errors };
}

describe('One meeting, one entry per attendee, from anywhere', () => {
  test('Recorded in the Outlook pane, then in the Teams side panel, then by automatic recording, each attendee has one entry keyed by the iCalUId', async () => {
    const variant = `-once-${Date.now()}`;
    const event = await suite.web.graph.mailbox.putEvent(
      DEMO_USER.oid,
      {
        id: `AAMkAGPreviewMeeting${variant}`,
        subject: chat.topic,
        start: chat.start!,
        joinUrl: chat.joinWebUrl,
        organizer: { address: DEMO_USER.preferred_username },
        attendees: ATTENDEES.map((address) => ({ address, response: 'accepted' as const })),
      },
      { silent: true },
    );

    const outlook = await open('meeting', { variant });
    await templateShown(outlook.pane, 'MEETINV');
    await outlook.pane.getByRole('button', { name: 'Record for 4 contacts' }).click();
    await outlook.pane.getByText('Recorded 4 interactions.').waitFor();
    await outlook.close();
    expect(outlook.errors).toEqual([]);
    const fromOutlook = await entriesOf(event.iCalUId);
    expect(fromOutlook).toHaveLength(4);

    const teams = await openSidePanel('en', 'light', 1000);
    for (const email of ATTENDEES)
      await teams.panel.getByTestId(`person-${email}`).getByText('Already recorded').waitFor();
    await teams.page.screenshot({ path: `${SHOTS}/meeting-once-teams-en-light-1000.png`, fullPage: true });
    for (const name of ['Robin Bauer', 'Petra Nováková', 'Dana Lee', 'Olga Smirnova'])
      await teams.panel.getByRole('checkbox', { name: `Record for ${name}` }).check();
    await teams.panel.getByRole('button', { name: 'Record for 4 contacts' }).click();
    await teams.panel
      .getByText(/Recorded 4 interactions\.|Already recorded for/)
      .first()
      .waitFor();
    await teams.context.close();
    expect(teams.errors).toEqual([]);

    expect((await suite.web.api.put('/me/automatic-recording', { meetings: true })).status).toBe(200);
    await suite.web.graph.mailbox.putEvent(DEMO_USER.oid, { ...event, subject: chat.topic });
    await recordingWhen(suite.web, (r) => r.meetings.lastNotificationAt !== null);

    const all = await entriesOf(event.iCalUId);
    expect(all.map((e) => e.entryNo).sort()).toEqual(fromOutlook.map((e) => e.entryNo).sort());
    expect(new Set(all.map((e) => e.contactNo)).size).toBe(4);
    expect((await suite.web.api.get('/me/automatic-recording')).body.meetings.recorded).toBe(0);
  });

  test('The side panel in Russian on a phone shows the meeting recorded from Outlook as already recorded', async () => {
    const teams = await openSidePanel('ru', 'dark', 360);
    await teams.panel.getByTestId(`person-${ATTENDEES[0]}`).getByText(locales.ru.people.alreadyRecorded).waitFor();
    await teams.page.screenshot({ path: `${SHOTS}/meeting-once-teams-ru-dark-360.png`, fullPage: true });
    await teams.context.close();
    expect(teams.errors).toEqual([]);
  });
});
