import { AppError, notFound } from '../../lib/errors/app-error';
import { contactLookup, salespersonLookup } from '../../contacts';
import { interactionGroupLookup, templateLookup } from '../../templates';
import { loggedSegmentLookup } from '../../segments';
import { dimKey, type DimKey } from './entry-contribution';
import type { StatisticsKind } from './statistics-schema';

/** At most this many records in one request of many. */
export const MAX_CODES = 200;

const LABEL: Record<StatisticsKind, string> = {
  contacts: 'Contact',
  'interaction-templates': 'Interaction template',
  'interaction-groups': 'Interaction group',
  salespeople: 'Salesperson',
  'logged-segments': 'Logged segment',
};

const keyed = (dim: Parameters<typeof dimKey>[0]) => (codes: string[]) =>
  new Map(codes.map((code) => [code, dimKey(dim, code)]));

const DIM = {
  'interaction-templates': 'template',
  'interaction-groups': 'group',
  salespeople: 'salesperson',
} as const;

/** A logged segment's totals: its entries not canceled, or, once it is canceled, its canceled ones. */
export const loggedSegmentDim = (entryNo: number, canceled: boolean) =>
  dimKey(canceled ? 'canceledLoggedSegment' : 'loggedSegment', entryNo);

/** The totals key of a record of a kind other than contacts (whose key depends on the contact's type). */
export const dimOfCode = async (kind: Exclude<StatisticsKind, 'contacts' | 'logged-segments'>, code: string) =>
  dimKey(DIM[kind], code);

/**
 * The records of a kind that exist, each with the totals it reads: a company contact reads the
 * entries of its company (its own and its persons', as Business Central's Lookup Contact No.),
 * a person only its own.
 */
const existing: Record<StatisticsKind, (tenantId: string, codes: string[]) => Promise<Map<string, DimKey>>> = {
  async contacts(tenantId, codes) {
    const found = await contactLookup.getMany(tenantId, codes);
    return new Map(
      [...found].map(([no, c]) => [no, dimKey(c.type === 'company' ? 'company' : 'contact', no)] as const),
    );
  },
  'interaction-templates': async (tenantId, codes) =>
    keyed('template')([...(await templateLookup.getMany(tenantId, codes)).keys()]),
  'interaction-groups': async (tenantId, codes) =>
    keyed('group')([...(await interactionGroupLookup.getMany(tenantId, codes)).keys()]),
  salespeople: async (tenantId, codes) =>
    keyed('salesperson')([...(await salespersonLookup.getMany(tenantId, codes)).keys()]),
  async 'logged-segments'(tenantId, codes) {
    const found = await Promise.all(codes.map((no) => loggedSegmentLookup.get(tenantId, Number(no))));
    return new Map(
      codes.flatMap((no, i) =>
        found[i] ? [[no, loggedSegmentDim(found[i].entryNo, found[i].canceled)] as const] : [],
      ),
    );
  },
};

/** The codes of a request for many, upper-cased and without repeats; 400 when too many or malformed. */
export function parseCodes(kind: StatisticsKind, text: string): string[] {
  const codes = [...new Set(text.split(',').map((c) => c.trim().toUpperCase()))];
  const bad = (message: string) => new AppError('validation', 400, message, { errors: [{ path: '/codes', message }] });
  if (codes.length > MAX_CODES) throw bad(`At most ${MAX_CODES} codes at once; ${codes.length} were given.`);
  const valid =
    kind === 'logged-segments'
      ? (c: string) => /^[1-9]\d{0,14}$/.test(c)
      : (c: string) => c.length >= 1 && c.length <= 20;
  const wrong = codes.find((c) => !valid(c));
  if (wrong !== undefined)
    throw bad(`"${wrong}" is not a ${kind === 'logged-segments' ? 'logged segment entry number' : 'code'}.`);
  return codes;
}

/** The totals keys of the records that exist among the codes (unknown ones are left out). */
export const recordsOf = (tenantId: string, kind: StatisticsKind, codes: string[]) => existing[kind](tenantId, codes);

/** The totals key of one record; 404 when it does not exist in the tenant. */
export async function recordOf(tenantId: string, kind: StatisticsKind, code: string): Promise<DimKey> {
  const key = code.toUpperCase();
  const dim = (await recordsOf(tenantId, kind, [key])).get(key);
  if (!dim) throw notFound(LABEL[kind], code);
  return dim;
}
