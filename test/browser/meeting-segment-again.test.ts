import { browserSuite } from '../support/browser-suite';
import { openTeamsPage } from '../support/teams-page';
import ruTeams from '../../addin/i18n/src/locales/teams/ru.json';

// Walk of issue 14: "Make a segment of the attendees" answered "This item was already recorded for this contact
// with other values." when a colleague had made it in another language, and failed once it had been logged.
jest.setTimeout(180_000);

const SHOTS = '/tmp/shots/walk18';
const suite = browserSuite('meeting_segment_again');

/** Clicks Make a segment of the attendees in the side panel and answers the segment's number. */
async function makeSegment(lang: 'en' | 'ru', button: string, made: RegExp): Promise<string> {
  const panel = await openTeamsPage(suite.browser, suite.web.origin, { page: 'meeting', lang, width: 1000 });
  await panel.root.getByRole('button', { name: button }).click();
  const message = await panel.root.getByText(made).textContent();
  await panel.shot(SHOTS, `meeting-segment-again-1000-${lang}-light`);
  expect(panel.errors).toEqual([]);
  await panel.close();
  return /(SM\d+|[A-Z]+\d+)/.exec(message!)![1];
}

describe("The meeting's segment of attendees", () => {
  test('When it is made in Russian and then in English, then both get the same segment; once it is logged, the next click makes a new one with the attendees', async () => {
    const inRussian = await makeSegment('ru', ruTeams.meeting.createSegment, /^Сегмент \S+ создан/);
    const inEnglish = await makeSegment(
      'en',
      'Make a segment of the attendees',
      /^Segment \S+ created with 4 contacts\./,
    );
    expect(inEnglish).toBe(inRussian);
    expect((await suite.web.api.get(`/segments/${inRussian}`)).body).toMatchObject({
      description: 'Последующее: Quarterly business review',
      noOfLines: 4,
    });

    expect((await suite.web.api.post(`/segments/${inRussian}/log`, {})).status).toBe(200);
    const next = await makeSegment('en', 'Make a segment of the attendees', /^Segment \S+ created with 4 contacts\./);
    expect(next).not.toBe(inRussian);
    expect((await suite.web.api.get(`/segments/${next}`)).body).toMatchObject({
      noOfLines: 4,
      interaction: { templateCode: 'MEETINV', subject: 'Quarterly business review' },
    });
  });
});
