export * from './api-error';
export * from './http-client';
export * from './interlog-api';
export * from './offline-queue';
export * from './idempotency-key';
export type * from './resources';
