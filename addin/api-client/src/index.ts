export * from './api-error';
export * from './http-client';
export * from './interlog-api';
export * from './offline-queue';
export * from './idempotency-key';
export { DOCX_MEDIA_TYPE, fileNameOf, type DownloadedFile } from './correspondence-api';
export { mergeFieldNames, unknownFieldsOf, fieldsWrittenIn } from './merge-fields';
export type * from './resources';
export type { CriteriaResult } from './segment-api';
