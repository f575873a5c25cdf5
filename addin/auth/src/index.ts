export * from './token-provider';
