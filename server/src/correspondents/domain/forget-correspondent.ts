import { correspondentRepository } from '../data-access/correspondent-repository';
import { keptItemRepository } from '../data-access/kept-item-repository';
import { recencyIndex } from '../data-access/recency-index';

/** Takes an address off the list with its items (under its lease); false when it was not there. */
export async function forgetCorrespondent(tenantId: string, address: string): Promise<boolean> {
  const current = await correspondentRepository.get(tenantId, address);
  if (!current) return false;
  await recencyIndex.remove(tenantId, current.recencyKey);
  await keptItemRepository.removeAll(tenantId, address);
  await correspondentRepository.remove(tenantId, address);
  return true;
}
