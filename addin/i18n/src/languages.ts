export const supportedLanguages = ['en', 'cs', 'ru', 'fi'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];

/** `cs-CZ`, `ru`, `fi-FI`, `en-GB` → a language we have; anything else → English. */
export function pickLanguage(tag: string | null | undefined): SupportedLanguage {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (supportedLanguages as readonly string[]).includes(base) ? (base as SupportedLanguage) : 'en';
}
