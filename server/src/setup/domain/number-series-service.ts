import { AppError, businessRule, notFound } from '../../lib/errors/app-error';
import { allocateAndInsert } from '../../lib/db/allocate-number';
import { numberSeriesRepository } from '../data-access/number-series-repository';
import { endsInDigits, nextNumber } from './next-number';
import type { CreateNumberSeriesInput, NumberSeries, PutNumberSeriesInput } from './number-series-schema';

function checkIncrementable(series: Pick<NumberSeries, 'startingNo' | 'lastNoUsed'>) {
  const problems = [];
  if (series.startingNo && !endsInDigits(series.startingNo))
    problems.push({ path: '/body/startingNo', message: 'must end in digits' });
  if (series.lastNoUsed && !endsInDigits(series.lastNoUsed))
    problems.push({ path: '/body/lastNoUsed', message: 'must end in digits' });
  if (problems.length)
    throw new AppError('validation', 400, 'A number series must be able to count up.', { errors: problems });
}

export async function createNumberSeries(tenantId: string, input: CreateNumberSeriesInput): Promise<NumberSeries> {
  const series = {
    code: input.code.toUpperCase(),
    description: input.description ?? '',
    startingNo: input.startingNo,
    lastNoUsed: input.lastNoUsed ?? '',
  };
  checkIncrementable(series);
  return numberSeriesRepository.insert(tenantId, series);
}

export async function putNumberSeries(
  tenantId: string,
  code: string,
  input: PutNumberSeriesInput,
  ifMatch?: number,
): Promise<{ series: NumberSeries; created: boolean }> {
  const key = code.toUpperCase();
  const existing = await numberSeriesRepository.get(tenantId, key);
  const merged = { description: '', startingNo: '', lastNoUsed: '', ...existing, ...input };
  checkIncrementable(merged);
  const fields = { description: merged.description, startingNo: merged.startingNo, lastNoUsed: merged.lastNoUsed };
  const series = await numberSeriesRepository.upsert(tenantId, key, fields, ifMatch);
  return { series, created: !existing };
}

export async function getNumberSeries(tenantId: string, code: string): Promise<NumberSeries> {
  const series = await numberSeriesRepository.get(tenantId, code.toUpperCase());
  if (!series) throw notFound('Number series', code.toUpperCase());
  return series;
}

/**
 * Takes the next number of a series and hands it to `create`, which inserts the record
 * under a unique index. A number a concurrent writer took as well makes `create` throw
 * already-exists; the next number is then tried.
 */
export async function createWithNextNumber<T>(
  tenantId: string,
  seriesCode: string,
  create: (no: string) => Promise<T>,
): Promise<T> {
  if (!seriesCode)
    throw businessRule('No number series is set up for this record; give its number or fill in the marketing setup.');
  return allocateAndInsert({
    reserve: () => takeNextNumber(tenantId, seriesCode),
    insert: create,
    maxTries: 100,
    giveUp: () => new AppError('conflict', 409, `Number series ${seriesCode} is too busy; try again.`),
  });
}

/** Moves the series on to its next number and returns it; null when another writer moved it first. */
async function takeNextNumber(tenantId: string, seriesCode: string): Promise<string | null> {
  const series = await numberSeriesRepository.get(tenantId, seriesCode);
  if (!series) throw businessRule(`Number series ${seriesCode} does not exist.`);
  const no = nextNumber(series);
  if (!no) throw businessRule(`Number series ${seriesCode} has no starting number to count from.`);
  return (await numberSeriesRepository.compareAndSetLastNo(tenantId, seriesCode, series.lastNoUsed, no)) ? no : null;
}
