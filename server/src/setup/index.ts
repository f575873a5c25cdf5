// The marketing setup and the number series: what other components may use of them.
export { getMarketingSetup, getMarketingSetupCached, putMarketingSetup } from './domain/marketing-setup-service';
export { createNumberSeries, createWithNextNumber } from './domain/number-series-service';
export type { CorrespondenceType, MarketingSetup } from './domain/marketing-setup-schema';
