import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { startTestApp, type ApiClient } from './support/test-app';
import { testTenant } from './support/test-tenant';
import { snapshotDatabase } from './helpers/db-state';
import { isClientProblem } from './helpers/problem';
import { fillPath, oneOfEverything, type Keys } from './helpers/one-of-everything';

/**
 * "A refused request changes nothing": well-formed requests that a business rule, a conflict or
 * an unknown record refuses get the contract's status as problem+json, and leave the database
 * exactly as it was: no number taken from a series, no Idempotency-Key kept, no half-applied change.
 */

let app: Awaited<ReturnType<typeof startTestApp>>;
let api: ApiClient;
let K: Keys;
/** A key the fixture already used for one interaction and one contact. */
const USED_KEY = `used-${randomUUID()}`;

beforeAll(async () => {
  app = await startTestApp({ label: 'refused' });
  ({ api } = await testTenant(app, { prefix: 'tenant-refused' }));
  K = await oneOfEverything(api);
  const idem = { 'Idempotency-Key': USED_KEY };
  expect((await api.post('/interactions', { contactNo: K.contact, templateCode: K.template }, idem)).status).toBe(201);
  expect((await api.post('/contacts', { name: 'Keyed' }, idem)).status).toBe(201);
});
afterAll(() => app.stop());

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** A refusal: `x` is a generated code that names nothing, `n` an entry number nobody has. */
type Refusal = [
  rule: string,
  method: Method,
  path: string,
  status: number,
  body?: (x: string, n: number) => unknown,
  idempotencyKey?: string,
];

const refusals: Refusal[] = [
  [
    'an interaction for an unknown contact',
    'POST',
    '/interactions',
    422,
    (x) => ({ contactNo: x, templateCode: K.template }),
  ],
  [
    'an interaction with an unknown template',
    'POST',
    '/interactions',
    422,
    (x) => ({ contactNo: K.contact, templateCode: x }),
  ],
  [
    'an interaction with an unknown salesperson',
    'POST',
    '/interactions',
    422,
    (x) => ({ contactNo: K.contact, templateCode: K.template, salespersonCode: x }),
  ],
  [
    'a postponed interaction for an unknown contact',
    'POST',
    '/interactions',
    422,
    (x) => ({ contactNo: x, templateCode: K.template, postpone: true }),
  ],
  ['a numbered contact in an unknown company', 'POST', '/contacts', 422, (x) => ({ name: x, companyNo: x })],
  [
    'a numbered contact whose company is a person',
    'POST',
    '/contacts',
    422,
    (x) => ({ name: x, companyNo: K.contact }),
  ],
  ['a contact with an unknown salesperson', 'POST', '/contacts', 422, (x) => ({ name: x, salespersonCode: x })],
  ['a contact under a number that is taken', 'POST', '/contacts', 409, (x) => ({ no: K.contact, name: x })],
  [
    'an import naming an unknown company',
    'POST',
    '/contacts/batch',
    422,
    (x) => ({
      contacts: [
        { no: x, name: 'Fine' },
        { no: `${x}P`, name: 'Person', companyNo: `${x}C` },
      ],
    }),
  ],
  [
    'an import naming an unknown salesperson',
    'POST',
    '/contacts/batch',
    422,
    (x) => ({ contacts: [{ no: x, name: 'Fine', salespersonCode: x }] }),
  ],
  [
    'a contact moved to an unknown company',
    'PATCH',
    '/contacts/{contact}',
    422,
    (x) => ({ phone: x.slice(0, 30), companyNo: x }),
  ],
  [
    'a company with people turned into a person',
    'PATCH',
    '/contacts/{company}',
    422,
    (x) => ({ type: 'person', name: x }),
  ],
  [
    'a numbered segment with an unknown salesperson',
    'POST',
    '/segments',
    422,
    (x) => ({ description: x, salespersonCode: x }),
  ],
  [
    'a numbered segment with an unknown template',
    'POST',
    '/segments',
    422,
    (x) => ({ interaction: { templateCode: x } }),
  ],
  ['a segment under a number that is taken', 'POST', '/segments', 409, (x) => ({ no: K.segment, description: x })],
  [
    'a segment header with an unknown salesperson',
    'PATCH',
    '/segments/{segment}',
    422,
    (x) => ({ description: x, salespersonCode: x }),
  ],
  [
    'a segment header with an unknown template',
    'PATCH',
    '/segments/{segment}',
    422,
    (x) => ({ description: x, interaction: { templateCode: x, subject: x } }),
  ],
  ['a line for an unknown contact', 'POST', '/segments/{segment}/lines', 422, (x) => ({ contactNo: x })],
  [
    'a line with an unknown template',
    'POST',
    '/segments/{segment}/lines',
    422,
    (x) => ({ contactNo: K.company, templateCode: x }),
  ],
  [
    'a line for a contact already in the segment',
    'POST',
    '/segments/{segment}/lines',
    409,
    (x) => ({ contactNo: K.contact, description: x }),
  ],
  [
    'a line changed to an unknown template',
    'PATCH',
    '/segments/{segment}/lines/{lineNo}',
    422,
    (x) => ({ subject: x, templateCode: x }),
  ],
  ['reusing unknown saved criteria', 'POST', '/segments/{segment}/reuse-criteria', 422, (x) => ({ code: x })],
  [
    'reusing an unknown logged segment',
    'POST',
    '/segments/{segment}/reuse-logged-segment',
    422,
    (_x, n) => ({ loggedSegmentEntryNo: n }),
  ],
  [
    'saving criteria under a code that is taken',
    'POST',
    '/segments/{segment}/save-criteria',
    409,
    (x) => ({ code: K.savedCriteria, description: x }),
  ],
  [
    'saving the criteria of a segment that has none',
    'POST',
    '/segments/{emptySegment}/save-criteria',
    422,
    (x) => ({ code: x }),
  ],
  ['undoing when there is no step', 'POST', '/segments/{emptySegment}/undo', 409, () => ({})],
  ['logging a segment without lines', 'POST', '/segments/{emptySegment}/log', 422, () => ({})],
  [
    'logging a segment whose line has no template',
    'POST',
    '/segments/{segmentWithoutTemplate}/log',
    422,
    () => ({ createFollowUp: true }),
  ],
  [
    'resuming with an unknown template',
    'POST',
    '/interaction-log-entries/{postponedEntryNo}/resume',
    422,
    (x) => ({ templateCode: x, description: x }),
  ],
  [
    'resuming with an unknown salesperson',
    'POST',
    '/interaction-log-entries/{postponedEntryNo}/resume',
    422,
    (x) => ({ salespersonCode: x, description: x }),
  ],
  [
    'resuming an entry that is not postponed',
    'POST',
    '/interaction-log-entries/{entryNo}/resume',
    409,
    (x) => ({ description: x }),
  ],
  ['deleting an entry that is not postponed', 'DELETE', '/interaction-log-entries/{entryNo}', 409],
  [
    'a template in an unknown group',
    'POST',
    '/interaction-templates',
    422,
    (x) => ({ code: x, interactionGroupCode: x }),
  ],
  [
    'a template moved to an unknown group',
    'PATCH',
    '/interaction-templates/{template}',
    422,
    (x) => ({ description: x, interactionGroupCode: x }),
  ],
  [
    'a template under a code that is taken',
    'POST',
    '/interaction-templates',
    409,
    (x) => ({ code: K.template, description: x }),
  ],
  ['deleting a group a template uses', 'DELETE', '/interaction-groups/{group}', 409],
  ['deleting a template the template setup uses', 'DELETE', '/interaction-templates/{template}', 409],
  [
    'a group under a code that is taken',
    'POST',
    '/interaction-groups',
    409,
    (x) => ({ code: K.group, description: x }),
  ],
  ['a salesperson under a code that is taken', 'POST', '/salespeople', 409, (x) => ({ code: K.salesperson, name: x })],
  [
    'a number series under a code that is taken',
    'POST',
    '/number-series',
    409,
    (x) => ({ code: K.series, startingNo: 'X0001', description: x }),
  ],
  ['a number series that cannot count up', 'POST', '/number-series', 400, (x) => ({ code: x, startingNo: `${x}A` })],
  [
    'an existing number series changed so that it cannot count up',
    'PUT',
    '/number-series/{series}',
    400,
    (x) => ({ description: x, lastNoUsed: `${x.slice(0, 19)}Z` }),
  ],
  [
    'a marketing setup naming an unknown number series',
    'PUT',
    '/marketing-setup',
    422,
    (x) => ({ defaultLanguageCode: 'FRA', contactNos: x }),
  ],
  [
    'a template setup naming an unknown template',
    'PUT',
    '/interaction-template-setup',
    422,
    (x) => ({ emails: '', outgoingCalls: x }),
  ],
  ['canceling an unknown logged segment', 'PATCH', '/logged-segments/{n}', 404, () => ({ canceled: true })],
  ['a follow-up of an unknown logged segment', 'POST', '/logged-segments/{n}/follow-up-segment', 404, () => ({})],
  ['letters of an unknown logged segment', 'POST', '/logged-segments/{n}/letters', 404, () => ({})],
  [
    'removing a Word template the template does not have',
    'DELETE',
    '/interaction-templates/{template}/word-template',
    404,
  ],
  ['changing an unknown contact', 'PATCH', '/contacts/{x}', 404, (x) => ({ name: x })],
  ['deleting an unknown segment', 'DELETE', '/segments/{x}', 404],
  [
    'an Idempotency-Key reused for another interaction',
    'POST',
    '/interactions',
    422,
    (x) => ({ contactNo: K.contact, templateCode: K.template, description: x }),
    USED_KEY,
  ],
  ['an Idempotency-Key reused for another contact', 'POST', '/contacts', 422, (x) => ({ name: x }), USED_KEY],
];

describe('Refused requests change nothing', () => {
  test.each(refusals.map((r) => [r[0], r[3], r] as const))(
    'When the request is %s, then %i problem+json and the database is unchanged',
    async (_rule, _status, refusal) => {
      const [, method, path, status, body, fixedKey] = refusal;
      const before = await snapshotDatabase();
      const requests = fc.record({
        x: fc.stringMatching(/^NX[A-Z0-9]{1,12}$/),
        n: fc.integer({ min: 10_000, max: 2 ** 31 }),
        idempotencyKey: fixedKey ? fc.constant(fixedKey) : fc.option(fc.uuid(), { nil: undefined }),
      });

      await fc.assert(
        fc.asyncProperty(requests, async ({ x, n, idempotencyKey }) => {
          const url = fillPath(path.replace('{x}', x).replace('{n}', String(n)), K);
          const res = await api.request(
            method,
            url,
            body?.(x, n) ?? (method === 'DELETE' ? undefined : {}),
            idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {},
          );
          if (res.status !== status || !isClientProblem(res))
            throw new Error(`${method} ${url} answered ${res.status} ${JSON.stringify(res.body)}`);
        }),
        { numRuns: 8 },
      );

      expect(await snapshotDatabase()).toEqual(before);
    },
  );
});
