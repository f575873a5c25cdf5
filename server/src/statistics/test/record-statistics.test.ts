// Business Central's FlowFields on the records: No. of Interactions, Cost (LCY), Duration (Min.)
// count entries that are not canceled and not postponed; a contact's Date of Last Interaction and
// Last Date Attempted are maxima over its entries.
import { startTestApp } from '../../../../test/support/test-app';
import { testTenant, type TestTenant } from '../../../../test/support/test-tenant';
import { expectProblem } from '../../../../test/helpers/problem';

let app: Awaited<ReturnType<typeof startTestApp>>;
let tenant: TestTenant;

beforeAll(async () => {
  app = await startTestApp({ label: 'record-statistics' });
  tenant = await testTenant(app);
});
afterAll(() => app.stop());

type Stats = {
  noOfInteractions: number;
  costLcy: number;
  durationMin: number;
  attemptsFailed: number;
  evaluations: Record<string, number>;
  dateOfLastInteraction: string | null;
  lastDateAttempted: string | null;
  perMonth: Array<{ month: string; noOfInteractions: number }>;
};
const stats = async (path: string, t = tenant) => {
  const res = await t.api.get(`/statistics/${path}`);
  expect(res.status).toBe(200);
  return res.body as Stats;
};

test('No. of Interactions, Cost and Duration count entries not canceled and not postponed', async () => {
  const contact = await tenant.make.contact();
  const template = await tenant.make.template({ unitCost: 2.5, unitDurationMin: 15 });
  const make = (o: Record<string, unknown> = {}) =>
    tenant.make.interaction({ contactNo: contact.no, templateCode: template.code, ...o });
  await make();
  await make({ cost: 1.1, durationMin: 5, evaluation: 'positive' });
  const canceled = await make();
  await tenant.api.patch(`/interaction-log-entries/${canceled.entryNo}`, { canceled: true });
  await make({ postpone: true });

  const s = await stats(`contacts/${contact.no}`);
  expect(s).toMatchObject({ noOfInteractions: 2, costLcy: 3.6, durationMin: 20, attemptsFailed: 0 });
  expect(s.evaluations).toEqual({ veryPositive: 0, positive: 1, neutral: 0, negative: 0, veryNegative: 0, none: 1 });
  expect(s.perMonth).toHaveLength(12);
  expect(s.perMonth[11]!.noOfInteractions).toBe(2);
  expect(await stats(`interaction-templates/${template.code}`)).toMatchObject({ noOfInteractions: 2, costLcy: 3.6 });
});

test('A company counts the entries of its persons and its own; a person only its own', async () => {
  const company = await tenant.make.company();
  const person = await tenant.make.contact({ companyNo: company.no });
  const template = await tenant.make.template();
  await tenant.make.interaction({ contactNo: person.no, templateCode: template.code });
  await tenant.make.interaction({ contactNo: company.no, templateCode: template.code });

  expect((await stats(`contacts/${company.no}`)).noOfInteractions).toBe(2);
  expect((await stats(`contacts/${person.no}`)).noOfInteractions).toBe(1);
});

test('Date of Last Interaction skips failed attempts; Last Date Attempted takes entries initiated by us', async () => {
  const contact = await tenant.make.contact();
  const template = await tenant.make.template({ initiatedBy: 'us' });
  const make = (o: Record<string, unknown>) =>
    tenant.make.interaction({ contactNo: contact.no, templateCode: template.code, ...o });
  await make({ date: '2026-01-10T10:00:00.000Z' });
  await make({ date: '2026-02-10T10:00:00.000Z', attemptFailed: true });
  await make({ date: '2026-03-10T10:00:00.000Z', initiatedBy: 'them' });
  await make({ date: '2026-04-10T10:00:00.000Z', postpone: true });

  expect(await stats(`contacts/${contact.no}`)).toMatchObject({
    dateOfLastInteraction: '2026-03-10T10:00:00.000Z',
    lastDateAttempted: '2026-02-10T10:00:00.000Z',
    attemptsFailed: 1,
  });
});

test('When the record does not exist in the tenant, then 404', async () => {
  const other = await testTenant(app);
  const contact = await other.make.contact();
  for (const path of [
    `contacts/${contact.no}`,
    'interaction-templates/NOPE',
    'interaction-groups/NOPE',
    'salespeople/NOPE',
    'logged-segments/999999',
  ])
    expectProblem(await tenant.api.get(`/statistics/${path}`), 404, 'not-found');
});
