// Statistics of the records (Business Central's FlowFields) and the insights over the interaction log.
export { recordStatistics } from './domain/statistics-service';
export type { RecordStatistics, LoggedSegmentStatistics } from './domain/statistics-schema';
