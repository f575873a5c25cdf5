// Statistics of the records (Business Central's FlowFields) and the insights over the interaction log.
export { recordStatistics } from './domain/statistics-service';
export type { RecordStatistics, LoggedSegmentStatistics } from './domain/statistics-schema';
/** Once the statistics' background folds in this process are over (tests comparing the database before and after). */
export { foldsSettled as statisticsSettled } from './data-access/fold-runs';
