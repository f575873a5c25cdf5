import { notFound } from '../../lib/errors/app-error';
import { salespersonRepository } from '../data-access/salesperson-repository';
import type { CreateSalespersonInput, PatchSalespersonInput, Salesperson } from './salesperson-schema';

export function createSalesperson(tenantId: string, input: CreateSalespersonInput): Promise<Salesperson> {
  return salespersonRepository.insert(tenantId, {
    code: input.code.toUpperCase(),
    name: input.name ?? '',
    email: input.email ?? '',
  });
}

export async function getSalesperson(tenantId: string, code: string): Promise<Salesperson> {
  const salesperson = await salespersonRepository.get(tenantId, code.toUpperCase());
  if (!salesperson) throw notFound('Salesperson', code.toUpperCase());
  return salesperson;
}

export async function patchSalesperson(
  tenantId: string,
  code: string,
  input: PatchSalespersonInput,
  ifMatch?: number,
): Promise<Salesperson> {
  const updated = await salespersonRepository.update(tenantId, code.toUpperCase(), input, ifMatch);
  if (!updated) throw notFound('Salesperson', code.toUpperCase());
  return updated;
}

/** Salespeople's names by code (upper-cased), one read for many; codes that name nobody are left out. */
export async function salespersonNames(tenantId: string, codes: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set([...codes].filter(Boolean).map((c) => c.toUpperCase()))];
  if (wanted.length === 0) return new Map();
  const found = await salespersonRepository.getMany(tenantId, wanted);
  return new Map([...found].map(([code, salesperson]) => [code, salesperson.name]));
}

/**
 * The user's salesperson, as Business Central's User Setup names it: here the salesperson whose email is the
 * user's (case aside); null when none is.
 */
export async function salespersonOfUser(tenantId: string, email: string): Promise<Salesperson | null> {
  const wanted = email.trim().toLowerCase();
  if (!wanted) return null;
  let cursor: string | undefined;
  do {
    const page = await salespersonRepository.list(tenantId, { limit: 200, cursor });
    const found = page.items.find((salesperson) => salesperson.email.toLowerCase() === wanted);
    if (found) return found;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return null;
}
