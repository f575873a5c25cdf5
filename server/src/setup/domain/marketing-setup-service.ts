import { businessRule } from '../../lib/errors/app-error';
import { marketingSetupRepository } from '../data-access/marketing-setup-repository';
import { numberSeriesRepository } from '../data-access/number-series-repository';
import type { MarketingSetup, PutMarketingSetupInput } from './marketing-setup-schema';

export const getMarketingSetup = (tenantId: string) => marketingSetupRepository.get(tenantId);
/** The setup as of a few seconds ago at most (this process's own changes at once): for every interaction recorded. */
export const getMarketingSetupCached = (tenantId: string) => marketingSetupRepository.cached(tenantId);

export async function putMarketingSetup(
  tenantId: string,
  input: PutMarketingSetupInput,
  ifMatch?: number,
): Promise<MarketingSetup> {
  const changes = { ...input };
  for (const field of ['contactNos', 'segmentNos'] as const) {
    const code = changes[field];
    if (code === undefined) continue;
    changes[field] = code.toUpperCase();
    if (changes[field] && !(await numberSeriesRepository.exists(tenantId, changes[field]!))) {
      throw businessRule(`Number series ${changes[field]} does not exist.`, {
        errors: [{ path: `/body/${field}`, message: 'names no number series' }],
      });
    }
  }
  if (changes.defaultLanguageCode !== undefined)
    changes.defaultLanguageCode = changes.defaultLanguageCode.toUpperCase();
  return marketingSetupRepository.put(tenantId, changes, ifMatch);
}
