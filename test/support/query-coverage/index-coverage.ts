import type { QueryShape } from './query-shape';

export interface DeclaredIndex {
  keys: string[];
  unique: boolean;
}

/** The declared indexes of each collection. */
export type DeclaredIndexes = Record<string, DeclaredIndex[]>;

export interface AllowedQuery {
  collection: string;
  /** The equality and range fields of the filter, sorted, joined with `,`: a query that may name no tenant. */
  fields: string;
  why: string;
}

export interface QueryProblem {
  shape: QueryShape;
  problem: 'names-no-tenant' | 'no-index';
}

const ID = '_id';

/** How many leading fields of the index the query can seek on: equalities, then at most one range. */
function seekablePrefix(index: string[], shape: QueryShape): { equalities: number; total: number } {
  let equalities = 0;
  while (equalities < index.length && shape.equality.includes(index[equalities])) equalities++;
  const total = equalities < index.length && shape.range.includes(index[equalities]) ? equalities + 1 : equalities;
  return { equalities, total };
}

const narrowingFields = (shape: QueryShape) =>
  [...shape.equality, ...shape.range, ...shape.residual].filter((field) => field !== 'tenantId');

/**
 * Served by an index: the `_id`; a unique index pinned whole (one document at most); or an index
 * that seeks on the tenant and on one more field of the filter when the filter has one, with the
 * sort's leading key following from the index (next key after the equalities, or a paged walk of
 * the tenant in sort order).
 */
export function servingIndex(shape: QueryShape, indexes: DeclaredIndex[]): string[] | null {
  if (shape.equality.includes(ID) || shape.range.includes(ID)) return [ID];
  const pinnedUnique = indexes.find((index) => index.unique && index.keys.every((key) => shape.equality.includes(key)));
  if (pinnedUnique) return pinnedUnique.keys;
  const sortServed = (index: string[], equalities: number) =>
    shape.sort.length === 0 || index[equalities] === shape.sort[0] || shape.equality.includes(shape.sort[0]);
  const seeks = indexes.map(({ keys }) => ({ index: keys, ...seekablePrefix(keys, shape) }));
  const narrowing = seeks.find(
    ({ index, equalities, total }) =>
      total > 0 &&
      (narrowingFields(shape).length === 0 || total >= 2 || index[0] !== 'tenantId') &&
      sortServed(index, equalities),
  );
  if (narrowing) return narrowing.index;
  const pagedWalk = seeks.find(
    ({ index, equalities }) => shape.limited && equalities >= 1 && sortServed(index, equalities),
  );
  if (pagedWalk && shape.sort.length > 0) return pagedWalk.index;
  if (shape.equality.length + shape.range.length === 0 && shape.sort.length > 0) {
    const bySort = seeks.find(({ index }) => index[0] === shape.sort[0]);
    if (bySort && shape.limited) return bySort.index;
  }
  return null;
}

export const namesTenant = (shape: QueryShape) =>
  shape.equality.includes('tenantId') || shape.equality.includes(ID) || shape.range.includes(ID);

export const fieldsKey = (shape: QueryShape) => [...shape.equality, ...shape.range].sort().join(',');

export function checkQueries(shapes: QueryShape[], declared: DeclaredIndexes, allowed: AllowedQuery[]): QueryProblem[] {
  const isAllowed = (shape: QueryShape) =>
    allowed.some((entry) => entry.collection === shape.collection && entry.fields === fieldsKey(shape));
  const problems: QueryProblem[] = [];
  for (const shape of shapes) {
    if (!namesTenant(shape) && !isAllowed(shape)) problems.push({ shape, problem: 'names-no-tenant' });
    else if (!servingIndex(shape, declared[shape.collection] ?? [])) problems.push({ shape, problem: 'no-index' });
  }
  return problems;
}

export function describeProblem({ shape, problem }: QueryProblem): string {
  const filter = [
    ...shape.equality.map((f) => `${f}=`),
    ...shape.range.map((f) => `${f}~`),
    ...shape.residual.map((f) => `${f}?`),
  ].join(' ');
  const sort = shape.sort.length ? ` sort ${shape.sort.join(',')}` : '';
  const why = problem === 'names-no-tenant' ? 'names no tenant' : 'no declared index serves it';
  return `${shape.collection}.${shape.command} {${filter}}${sort}${shape.limited ? ' limited' : ''}: ${why}`;
}
