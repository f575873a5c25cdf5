// The reference the statistics are held to: every entry of the tenant read straight from the
// database and counted by Business Central's rules, written out here apart from the product's code.
import mongoose from 'mongoose';
import { TEST_READ } from '../../../../test/support/query-coverage/query-shape';
import type { TestTenant } from '../../../../test/support/test-tenant';

type Row = Record<string, any>;
export type Record_ = { kind: string; code: string; match: (e: Row) => boolean; dates?: boolean };

const round = (n: number) => Math.round(n * 1e6) / 1e6;
const EVALUATIONS = ['veryPositive', 'positive', 'neutral', 'negative', 'veryNegative'];

async function entriesOf(tenantId: string): Promise<Row[]> {
  return mongoose.connection
    .db!.collection('interaction_log_entries')
    .find({ tenantId }, { comment: TEST_READ })
    .toArray();
}

const months = () => {
  const now = new Date();
  return Array.from({ length: 12 }, (_, i) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11 + i, 1)).toISOString().slice(0, 7),
  );
};

/** `canceled`: the entries counted are those canceled (a canceled logged segment's, as Business Central). */
function expected(entries: Row[], r: Record_, canceled = false) {
  const mine = entries.filter((e) => !e.deleted && r.match(e));
  const counted = mine.filter((e) => (e.canceled === true) === canceled && !e.postponed);
  const sum = (rows: Row[], f: string) => round(rows.reduce((s, e) => s + (e[f] ?? 0), 0));
  const max = (rows: Row[]) =>
    rows.length ? new Date(Math.max(...rows.map((e) => new Date(e.date).getTime()))).toISOString() : null;
  const eligible = mine.filter((e) => !e.postponed);
  const mail = (status: string[]) => counted.filter((e) => status.includes(e.delivery?.status)).length;
  return {
    noOfInteractions: counted.length,
    costLcy: sum(counted, 'cost'),
    durationMin: sum(counted, 'durationMin'),
    attemptsFailed: counted.filter((e) => e.attemptFailed).length,
    evaluations: {
      ...Object.fromEntries(EVALUATIONS.map((v) => [v, counted.filter((e) => e.evaluation === v).length])),
      none: counted.filter((e) => !e.evaluation).length,
    },
    dateOfLastInteraction: r.dates ? max(eligible.filter((e) => !e.attemptFailed)) : null,
    lastDateAttempted: r.dates ? max(eligible.filter((e) => e.initiatedBy === 'us')) : null,
    perMonth: months().map((month) => {
      const rows = counted.filter((e) => new Date(e.date).toISOString().startsWith(month));
      return {
        month,
        noOfInteractions: rows.length,
        costLcy: sum(rows, 'cost'),
        durationMin: sum(rows, 'durationMin'),
      };
    }),
    ...(r.kind === 'logged-segments'
      ? { emailsDelivered: mail(['sent']), emailsFailed: mail(['failed']), emailsPending: mail(['pending', 'sending']) }
      : {}),
  };
}

/** The records an entry counts for, as the API names them. */
export function recordsOfEntry(e: {
  contactNo: string;
  contactCompanyNo?: string;
  templateCode: string;
  interactionGroupCode?: string;
  salespersonCode?: string;
  loggedSegmentEntryNo?: number | null;
}): Record_[] {
  const out: Record_[] = [
    e.contactCompanyNo === e.contactNo
      ? { kind: 'contacts', code: e.contactNo, match: (x) => x.contactCompanyNo === e.contactNo, dates: true }
      : { kind: 'contacts', code: e.contactNo, match: (x) => x.contactNo === e.contactNo, dates: true },
    { kind: 'interaction-templates', code: e.templateCode, match: (x) => x.templateCode === e.templateCode },
  ];
  if (e.contactCompanyNo && e.contactCompanyNo !== e.contactNo)
    out.push({
      kind: 'contacts',
      code: e.contactCompanyNo,
      match: (x) => x.contactCompanyNo === e.contactCompanyNo,
      dates: true,
    });
  if (e.interactionGroupCode)
    out.push({
      kind: 'interaction-groups',
      code: e.interactionGroupCode,
      match: (x) => x.interactionGroupCode === e.interactionGroupCode,
    });
  if (e.salespersonCode)
    out.push({ kind: 'salespeople', code: e.salespersonCode, match: (x) => x.salespersonCode === e.salespersonCode });
  if (e.loggedSegmentEntryNo)
    out.push({
      kind: 'logged-segments',
      code: String(e.loggedSegmentEntryNo),
      match: (x) => x.loggedSegmentEntryNo === e.loggedSegmentEntryNo,
    });
  return out;
}

/** Every record's statistics as the API answers them equal a recount of the tenant's entries. */
export async function expectRecountEqual(tenant: TestTenant, records: Record_[]) {
  const entries = await entriesOf(tenant.tid);
  for (const r of records) {
    const res = await tenant.api.get(`/statistics/${r.kind}/${r.code}`);
    const canceled =
      r.kind === 'logged-segments' && (await tenant.api.get(`/logged-segments/${r.code}`)).body.canceled === true;
    expect({ record: `${r.kind}/${r.code}`, status: res.status, body: res.body }).toEqual({
      record: `${r.kind}/${r.code}`,
      status: 200,
      body: expected(entries, r, canceled),
    });
  }
}

/** The weekly insights' totals equal a recount of the entries dated in the weeks. */
export async function expectInsightsEqual(tenant: TestTenant, from: string, to: string) {
  const res = await tenant.api.get(`/insights/interactions?from=${from}&to=${to}&by=template`);
  expect(res.status).toBe(200);
  const weeks: string[] = res.body.weeks;
  const start = new Date(`${weeks[0]}T00:00:00Z`).getTime();
  const end = new Date(`${weeks[weeks.length - 1]}T00:00:00Z`).getTime() + 7 * 86_400_000;
  const rows = (await entriesOf(tenant.tid)).filter((e) => {
    const t = new Date(e.date).getTime();
    return !e.deleted && !e.canceled && !e.postponed && t >= start && t < end;
  });
  expect(res.body.totals).toEqual({
    noOfInteractions: rows.length,
    costLcy: round(rows.reduce((s, e) => s + e.cost, 0)),
    durationMin: round(rows.reduce((s, e) => s + e.durationMin, 0)),
  });
  const perTemplate = res.body.series.map((s: any) => [
    s.key,
    s.points.reduce((n: number, p: any) => n + p.noOfInteractions, 0),
  ]);
  const counts = new Map<string, number>();
  rows.forEach((e) => counts.set(e.templateCode, (counts.get(e.templateCode) ?? 0) + 1));
  expect(Object.fromEntries(perTemplate.filter(([, n]: [string, number]) => n > 0))).toEqual(
    Object.fromEntries(counts),
  );
}
