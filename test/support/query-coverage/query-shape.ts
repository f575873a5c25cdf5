/** What an index needs to know of one query: the collection, how each field is constrained, the sort, a limit. */
export interface QueryShape {
  collection: string;
  command: string;
  /** Fields compared for equality (`$eq`, `$in`, a plain value). */
  equality: string[];
  /** Fields bounded by a range or an anchored regex: an index can still seek on them. */
  range: string[];
  /** Fields constrained in ways no index prefix serves (`$ne`, `$exists`, an unanchored regex, …). */
  residual: string[];
  sort: string[];
  limited: boolean;
}

type Filter = Record<string, unknown>;
type Constraint = 'equality' | 'range' | 'residual';

const RANGE_OPERATORS = new Set(['$gt', '$gte', '$lt', '$lte']);
const EQUALITY_OPERATORS = new Set(['$eq', '$in']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

function constraintOf(value: unknown): Constraint {
  if (value instanceof RegExp) return value.source.startsWith('^') ? 'range' : 'residual';
  if (!isPlainObject(value)) return 'equality';
  const operators = Object.keys(value);
  if (!operators.some((key) => key.startsWith('$'))) return 'equality';
  if ('$regex' in value) {
    const pattern = value.$regex instanceof RegExp ? value.$regex.source : String(value.$regex);
    return pattern.startsWith('^') ? 'range' : 'residual';
  }
  if (operators.every((op) => EQUALITY_OPERATORS.has(op))) return 'equality';
  if (operators.some((op) => RANGE_OPERATORS.has(op) || EQUALITY_OPERATORS.has(op))) return 'range';
  return 'residual';
}

/**
 * One shape per `$or` branch (each branch must be served on its own), the rest of the filter
 * shared by all of them.
 */
export function shapesOfFilter(
  base: Omit<QueryShape, 'equality' | 'range' | 'residual'>,
  filter: Filter | undefined,
): QueryShape[] {
  const fields: Record<Constraint, Set<string>> = { equality: new Set(), range: new Set(), residual: new Set() };
  const branches: Filter[][] = [];
  const visit = (part: Filter) => {
    for (const [key, value] of Object.entries(part)) {
      if (key === '$and' && Array.isArray(value)) value.forEach((sub) => visit(sub as Filter));
      else if ((key === '$or' || key === '$nor') && Array.isArray(value)) branches.push(value as Filter[]);
      else if (key.startsWith('$')) fields.residual.add(key);
      else fields[constraintOf(value)].add(key);
    }
  };
  visit(filter ?? {});
  const shape = (extra: Filter = {}): QueryShape => {
    const own = shapesOfFilter(base, extra)[0];
    const merge = (kind: Constraint) => [...new Set([...fields[kind], ...own[kind]])];
    return { ...base, equality: merge('equality'), range: merge('range'), residual: merge('residual') };
  };
  if (!branches.length || branches[0].length === 0) {
    return [{ ...base, equality: [...fields.equality], range: [...fields.range], residual: [...fields.residual] }];
  }
  return branches[0].map((branch) => shape(branch));
}

const sortFields = (sort: unknown): string[] =>
  sort instanceof Map ? [...sort.keys()].map(String) : isPlainObject(sort) ? Object.keys(sort) : [];

/** The query shapes of one command as the driver sends it (command monitoring's `commandStarted`). */
export function shapesOfCommand(commandName: string, command: Record<string, unknown>): QueryShape[] {
  const collection = String(command[commandName]);
  const base = (sort: unknown, limited: boolean) => ({
    collection,
    command: commandName,
    sort: sortFields(sort),
    limited,
  });
  switch (commandName) {
    case 'find':
      return shapesOfFilter(base(command.sort, command.limit !== undefined), command.filter as Filter);
    case 'count':
    case 'distinct':
      return shapesOfFilter(base(undefined, false), command.query as Filter);
    case 'findAndModify':
      return shapesOfFilter(base(command.sort, true), command.query as Filter);
    case 'update':
      return ((command.updates as { q: Filter; multi?: boolean }[]) ?? []).flatMap((u) =>
        shapesOfFilter(base(undefined, !u.multi), u.q),
      );
    case 'delete':
      return ((command.deletes as { q: Filter; limit?: number }[]) ?? []).flatMap((d) =>
        shapesOfFilter(base(undefined, d.limit === 1), d.q),
      );
    case 'aggregate': {
      const pipeline = (command.pipeline as Record<string, unknown>[]) ?? [];
      const match = pipeline[0]?.$match as Filter | undefined;
      const sort = pipeline.find((stage) => stage.$sort)?.$sort;
      const limited = pipeline.some((stage) => stage.$limit !== undefined);
      return shapesOfFilter(base(match ? sort : undefined, limited), match ?? {});
    }
    default:
      return [];
  }
}

/** The comment a test's own reads carry (snapshots of every collection): not the product's queries. */
export const TEST_READ = 'interlog-test-read';

export const QUERY_COMMANDS = new Set(['find', 'count', 'distinct', 'findAndModify', 'update', 'delete', 'aggregate']);
