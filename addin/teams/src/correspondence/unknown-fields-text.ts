import type { TFunction } from 'i18next';

/** "{nickname} is not a merge field", for the names the server refused. */
export const unknownFieldsText = (t: TFunction, names: string[]) =>
  t('correspondence.unknownFields', { count: names.length, fields: names.map((name) => `{${name}}`).join(', ') });
