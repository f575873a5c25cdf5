// The preview's sample mail items, which the browser tests open too.
export * from './sample-items';
