import { startTestApp, type ApiClient } from '../../../../test/support/test-app';
import { factories } from '../../../../test/support/factories';
import { testTenant } from '../../../../test/support/test-tenant';

let app: Awaited<ReturnType<typeof startTestApp>>;
let annette: ApiClient;
let jim: ApiClient;

beforeAll(async () => {
  app = await startTestApp({ label: 'entry_filters' });
  const tenant = await testTenant(app, { tid: 'tenant-filters' });
  annette = await tenant.as('annette');
  jim = await tenant.as('jim');
});

afterAll(() => app.stop());

describe('GET /interaction-log-entries extensions', () => {
  test('When mine=true, then only the caller’s entries are listed (recorded, or with postponed=true the postponed ones)', async () => {
    const f = factories(annette);
    const [template, contact] = await Promise.all([f.template(), f.contact()]);
    const own = await f.interaction({
      contactNo: contact.no,
      templateCode: template.code,
      postpone: true,
      description: 'Annette postponed',
    });
    await factories(jim).interaction({
      contactNo: contact.no,
      templateCode: template.code,
      postpone: true,
      description: 'Jim postponed',
    });
    const done = await f.interaction({
      contactNo: contact.no,
      templateCode: template.code,
      description: 'Annette done',
    });
    await factories(jim).interaction({ contactNo: contact.no, templateCode: template.code, description: 'Jim done' });

    const mine = (await annette.get(`/interaction-log-entries?mine=true&postponed=true&contactNo=${contact.no}`)).body
      .items;
    expect(mine.map((e: any) => e.entryNo)).toEqual([own.entryNo]);
    const everyone = (await annette.get(`/interaction-log-entries?postponed=true&contactNo=${contact.no}`)).body.items;
    expect(everyone.map((e: any) => e.description).sort()).toEqual(['Annette postponed', 'Jim postponed']);
    const mineRecorded = (await annette.get(`/interaction-log-entries?mine=true&contactNo=${contact.no}`)).body.items;
    expect(mineRecorded.map((e: any) => e.entryNo)).toEqual([done.entryNo]);
  });

  test('When sourceItemId or internetMessageId is given, then only entries recorded from that item are listed', async () => {
    const f = factories(annette);
    const [template, a, b] = await Promise.all([f.template(), f.contact(), f.contact()]);
    const fromItem = await f.interaction({
      contactNo: a.no,
      templateCode: template.code,
      source: { type: 'meeting', itemId: 'AAMk-meeting-42' },
    });
    const fromMail = await f.interaction({
      contactNo: b.no,
      templateCode: template.code,
      source: { type: 'email', itemId: 'AAMk-mail-7', internetMessageId: '<m7@x.example>' },
    });

    const byItem = (await annette.get('/interaction-log-entries?sourceItemId=AAMk-meeting-42')).body.items;
    expect(byItem.map((e: any) => e.entryNo)).toEqual([fromItem.entryNo]);
    const byMessage = (
      await annette.get(`/interaction-log-entries?internetMessageId=${encodeURIComponent('<m7@x.example>')}`)
    ).body.items;
    expect(byMessage.map((e: any) => e.entryNo)).toEqual([fromMail.entryNo]);
  });

  test.each([['mine=maybe'], ['sourceItemId='], ['mine=true&userId=jim']])(
    'When the query is %s, then it is refused with 400 problem+json',
    async (query) => {
      const res = await annette.get(`/interaction-log-entries?${query}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    },
  );
});

describe('GET /interaction-log-entries/count', () => {
  test('When filters are given, then the count is of the entries the list would show (canceled, contact, postponed)', async () => {
    const f = factories(annette);
    const [template, a, b] = await Promise.all([f.template(), f.contact(), f.contact()]);
    const first = await f.interaction({ contactNo: a.no, templateCode: template.code });
    await f.interaction({ contactNo: a.no, templateCode: template.code });
    await f.interaction({ contactNo: b.no, templateCode: template.code });
    await f.interaction({ contactNo: a.no, templateCode: template.code, postpone: true });
    await annette.patch(`/interaction-log-entries/${first.entryNo}`, { canceled: true });

    const count = async (query: string) => (await annette.get(`/interaction-log-entries/count?${query}`)).body.count;

    expect(await count(`contactNo=${a.no}`)).toBe(2);
    expect(await count(`contactNo=${a.no}&canceled=true`)).toBe(1);
    expect(await count(`contactNo=${a.no}&postponed=true`)).toBe(1);
    expect(await count(`templateCode=${template.code}&canceled=false`)).toBe(2);
  });

  test('When a filter is invalid, then 400 problem and nothing is counted', async () => {
    const res = await annette.get('/interaction-log-entries/count?canceled=maybe');

    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: any) => e.path)).toContain('/query/canceled');
  });
});
