export const exportLanguages = ['en', 'cs', 'ru', 'fi'] as const;
export type ExportLanguage = (typeof exportLanguages)[number];

const known = (tag: string): ExportLanguage | undefined => {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (exportLanguages as readonly string[]).includes(base!) ? (base as ExportLanguage) : undefined;
};

/** `?lang=` first, then the best of Accept-Language (by q) that we have, else English. */
export function pickExportLanguage(lang: string | undefined, acceptLanguage: string | undefined): ExportLanguage {
  if (lang) return known(lang) ?? 'en';
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => p.trim().match(/^q=([\d.]+)$/)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q) };
    })
    .filter((choice) => choice.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const choice of ranked) {
    const language = known(choice.tag);
    if (language) return language;
  }
  return 'en';
}
