import type { TFunction } from 'i18next';
import type { FieldErrors } from './use-setup-records';

/** A new record needs a code (the server would refuse an empty one with a less helpful message). */
export function requireCode(t: TFunction, code: string, isNew: boolean): FieldErrors {
  return isNew && !code.trim() ? { code: t('setup.form.codeRequired') } : {};
}

/** 0 or more, as a number; '' counts as 0. */
export function toAmount(value: string): number {
  return value.trim() === '' ? 0 : Number(value);
}

export function notNegative(t: TFunction, fields: Record<string, string>): FieldErrors {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, value]) => !(toAmount(value) >= 0))
      .map(([name]) => [name, t('setup.form.notNegative')]),
  );
}
