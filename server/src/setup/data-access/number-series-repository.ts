import { createKeyedRepository } from '../../lib/db/keyed-repository';
import type { NumberSeries } from '../domain/number-series-schema';
import { NumberSeriesModel } from './number-series-model';

export const numberSeriesRepository = {
  ...createKeyedRepository<NumberSeries>(NumberSeriesModel, { key: 'code', label: 'Number series' }),

  /** Moves lastNoUsed from `expected` to `next` (its version counts up); false when another writer moved it first. */
  async compareAndSetLastNo(tenantId: string, code: string, expected: string, next: string): Promise<boolean> {
    const result = await NumberSeriesModel.updateOne(
      { _id: `${tenantId}:${code}`, lastNoUsed: expected },
      { $set: { lastNoUsed: next }, $inc: { version: 1 } },
      { strict: false },
    );
    return result.modifiedCount === 1;
  },
};
