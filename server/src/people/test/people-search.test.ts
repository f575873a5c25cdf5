import { randomUUID } from 'node:crypto';
import { startTestApp } from '../../../../test/support/test-app';
import { factories } from '../../../../test/support/factories';
import { startGraphStandIn, type GraphStandInData } from '../../demo/graph-stand-in';
import type { StandInOutlookPerson } from '../../demo/graph-stand-in-people';
import { standInGraphAccess } from '../../lib/graph/graph-access';

let app: Awaited<ReturnType<typeof startTestApp>>;
let graph: Awaited<ReturnType<typeof startGraphStandIn>>;

beforeAll(async () => {
  graph = await startGraphStandIn({ chats: [] } satisfies GraphStandInData);
  app = await startTestApp({ label: 'people', graph: standInGraphAccess(graph.baseUrl) });
});

afterAll(async () => {
  await app.stop();
  await graph.close();
});

/** A user of their own (so with an empty Outlook) in a tenant. */
async function newUser(tid = 'tenant-a') {
  const oid = `user-${randomUUID()}`;
  return { oid, api: await app.as({ tid, oid }) };
}

/** An address no other test uses. */
const address = (local: string, domain = 'contoso.example') => `${local}.${randomUUID().slice(0, 8)}@${domain}`;
const person = (name: string, email: string, more: Partial<StandInOutlookPerson> = {}): StandInOutlookPerson => ({
  name,
  emails: [email],
  ...more,
});
const search = (text: string, more = '') => `/me/people?search=${encodeURIComponent(text)}${more}`;
const graphCallsSince = (before: number) => graph.requests.slice(before).map((r) => decodeURIComponent(r));

describe('GET /me/people: what is found', () => {
  test('When the same address is an Outlook contact and a relevant person, then it comes once, from the contacts, and the contacts come first', async () => {
    const { oid, api } = await newUser();
    const jana = address('jana.svobodova');
    const janne = address('janne.korhonen', 'northwind.example');
    const jan = address('jan.novak', 'fabrikam.example');
    graph.people.addPerson(oid, person('Jan Novák', jan, { companyName: 'Fabrikam Inc.' }));
    graph.people.addPerson(oid, person('Jana S.', jana.toUpperCase()));
    graph.people.addContact(
      oid,
      person('Jana Svobodová', jana, {
        companyName: 'Contoso Ltd.',
        jobTitle: 'Vedoucí nákupu',
        phone: '+420 602 123 456',
      }),
    );
    graph.people.addContact(oid, person('Janne Korhonen', janne, { phone: '+358 40 111 2222' }));

    const res = await api.get(search('Jan'));

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      items: [
        {
          name: 'Jana Svobodová',
          email: jana,
          companyName: 'Contoso Ltd.',
          jobTitle: 'Vedoucí nákupu',
          phone: '+420 602 123 456',
          source: 'contacts',
          contactNo: null,
        },
        {
          name: 'Janne Korhonen',
          email: janne,
          companyName: '',
          jobTitle: '',
          phone: '+358 40 111 2222',
          source: 'contacts',
          contactNo: null,
        },
        {
          name: 'Jan Novák',
          email: jan,
          companyName: 'Fabrikam Inc.',
          jobTitle: '',
          phone: '',
          source: 'people',
          contactNo: null,
        },
      ],
    });
  });

  test('When someone in Outlook has no email address, or is a distribution list, then they are left out', async () => {
    const { oid, api } = await newUser();
    const olga = address('olga.smirnova');
    graph.people.addContact(oid, { name: 'Ольга без почты', emails: [] });
    graph.people.addPerson(oid, { name: 'Ольга Смирнова', emails: [olga] });
    graph.people.addPerson(oid, { name: 'Ольга и отдел закупок', emails: [address('purchasing')], kind: 'Group' });

    const res = await api.get(search('Ольга'));

    expect(res.body.items.map((p: { name: string }) => p.name)).toEqual(['Ольга Смирнова']);
  });

  test('When a contact has several addresses, then each address is a suggestion of its own', async () => {
    const { oid, api } = await newUser();
    const work = address('mikko.virtanen');
    const home = address('mikko', 'virtanen.example');
    graph.people.addContact(oid, { name: 'Mikko Virtanen', emails: [work, home], companyName: 'Contoso Ltd.' });

    const res = await api.get(search('Mikko'));

    expect(res.body.items).toEqual([
      expect.objectContaining({ name: 'Mikko Virtanen', email: work, companyName: 'Contoso Ltd.', source: 'contacts' }),
      expect.objectContaining({ name: 'Mikko Virtanen', email: home, companyName: 'Contoso Ltd.', source: 'contacts' }),
    ]);
  });

  test('When more people are found than the limit, then only that many come, the Outlook contacts first', async () => {
    const { oid, api } = await newUser();
    for (const n of [1, 2]) graph.people.addPerson(oid, person(`Aino People${n}`, address(`aino${n}`)));
    for (const n of [1, 2]) graph.people.addContact(oid, person(`Aino Contact${n}`, address(`aino.c${n}`)));

    const limited = await api.get(search('Aino', '&limit=3'));
    const byDefault = await api.get(search('Aino'));

    expect(limited.body.items.map((p: { name: string }) => p.name)).toEqual([
      'Aino Contact1',
      'Aino Contact2',
      'Aino People1',
    ]);
    expect(byDefault.body.items).toHaveLength(4);
  });

  test('When the search is an email address, then the Outlook contacts are asked for that whole address', async () => {
    const { oid, api } = await newUser();
    const petra = address('petra.novakova', 'fabrikam.example');
    graph.people.addContact(oid, person('Petra Nováková', petra, { phone: '+420 777 555 010' }));
    const before = graph.requests.length;

    const res = await api.get(search(petra.toUpperCase()));

    expect(res.body.items).toEqual([
      expect.objectContaining({ email: petra, phone: '+420 777 555 010', source: 'contacts' }),
    ]);
    expect(graphCallsSince(before)).toContainEqual(
      expect.stringContaining(`$filter=emailAddresses/any(a:a/address eq '${petra.toUpperCase()}')`),
    );
  });
});

describe('GET /me/people: text that means something to OData or in a URL', () => {
  test('When the search has single and double quotes, then Graph gets them escaped and finds the person', async () => {
    const { oid, api } = await newUser();
    const contact = address('jo.ohara');
    const relevant = address('jo.ohara', 'fabrikam.example');
    graph.people.addContact(oid, person('Jo "JJ" O\'Hara', contact));
    graph.people.addPerson(oid, person('Jo "JJ" O\'Hara', relevant));
    const before = graph.requests.length;

    const res = await api.get(search('Jo "JJ" O\'H'));

    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { email: string }) => p.email)).toEqual([contact, relevant]);
    const calls = graphCallsSince(before);
    expect(calls).toContainEqual(expect.stringContaining(`startswith(displayName,'Jo "JJ" O''H')`));
    expect(calls).toContainEqual(expect.stringContaining(`$search="Jo \\"JJ\\" O'H"`));
  });

  test('When the search has &, #, + or %, then they reach Graph as part of the text', async () => {
    const { oid, api } = await newUser();
    const lab = address('lab');
    graph.people.addContact(oid, person('R&D #1+ 100% Lab', lab));

    const res = await api.get(search('R&D #1+ 100%'));

    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([expect.objectContaining({ name: 'R&D #1+ 100% Lab', email: lab })]);
  });
});

describe('GET /me/people: Interlog contacts', () => {
  test('When an Outlook address is an Interlog contact in another letter case, then contactNo names that contact', async () => {
    const { oid, api } = await newUser();
    const robin = address('robin.bauer', 'fabrikam.example');
    const contact = await factories(api).contact({ name: 'Robin Bauer', email: robin.toUpperCase() });
    graph.people.addPerson(oid, person('Robin Bauer', robin));
    graph.people.addPerson(oid, person('Robin Other', address('robin.other')));

    const res = await api.get(search('Robin'));

    expect(res.body.items.map((p: { name: string; contactNo: string | null }) => [p.name, p.contactNo])).toEqual([
      ['Robin Bauer', contact.no],
      ['Robin Other', null],
    ]);
  });

  test('When only another tenant has a contact with the address, then contactNo stays null', async () => {
    const other = await newUser('tenant-people-other');
    const mine = await newUser('tenant-people-mine');
    const dana = address('dana.lee');
    await factories(other.api).contact({ name: 'Dana Lee', email: dana });
    graph.people.addContact(mine.oid, person('Dana Lee', dana));
    graph.people.addContact(other.oid, person('Dana Lee', dana));

    const seenByMine = await mine.api.get(search('Dana'));
    const seenByOther = await other.api.get(search('Dana'));

    expect(seenByMine.body.items).toEqual([expect.objectContaining({ email: dana, contactNo: null })]);
    expect(seenByOther.body.items).toEqual([expect.objectContaining({ email: dana, contactNo: expect.any(String) })]);
  });
});

describe('GET /me/people: refusals', () => {
  test.each([
    ['an empty search', 'search='],
    ['a search of spaces only', 'search=%20%20'],
    ['a search longer than 100 characters', `search=${'a'.repeat(101)}`],
    ['no search', 'limit=5'],
    ['a limit of 0', 'search=Jan&limit=0'],
    ['a limit over 25', 'search=Jan&limit=26'],
    ['a limit that is no number', 'search=Jan&limit=ten'],
    ['the search twice', 'search=Jan&search=Jo'],
    ['an unknown parameter', 'search=Jan&cursor=abc'],
  ])('When the request has %s, then it is refused with a 400 problem and Graph is not called', async (_why, query) => {
    const { api } = await newUser();
    const before = graph.requests.length;

    const res = await api.get(`/me/people?${query}`);

    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.body.errors.length).toBeGreaterThan(0);
    expect(graph.requests.length).toBe(before);
  });

  test.each([['/me/contacts'], ['/me/people']])(
    'When Graph answers 403 for %s, then the answer is a 403 consent-required problem',
    async (path) => {
      const { api } = await newUser();
      graph.people.failNext(new RegExp(`^GET ${path}$`), 403, 'ErrorAccessDenied');

      const res = await api.get(search('Jan'));

      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(res.body.type).toMatch(/consent-required$/);
    },
  );

  test('When Graph fails with a server error, then the answer is a 502 graph-error problem', async () => {
    const { api } = await newUser();
    graph.people.failNext(/^GET \/me\/people$/, 503, 'ServiceNotAvailable');

    const res = await api.get(search('Jan'));

    expect(res.status).toBe(502);
    expect(res.body.type).toMatch(/graph-error$/);
  });

  test('When the caller has no token, then it is 401 and Graph is never called', async () => {
    const before = graph.requests.length;

    const res = await fetch(`${app.baseUrl}/me/people?search=Jan`);

    expect(res.status).toBe(401);
    expect(graph.requests.length).toBe(before);
  });
});
