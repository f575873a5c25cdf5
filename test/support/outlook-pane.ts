import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { sampleItems, type SampleName } from '@interlog/preview';
import type { MailItem } from '@interlog/outlook';
import en from '../../addin/i18n/src/locales/en.json';
import cs from '../../addin/i18n/src/locales/cs.json';
import ru from '../../addin/i18n/src/locales/ru.json';
import fi from '../../addin/i18n/src/locales/fi.json';
import enSettings from '../../addin/i18n/src/locales/settings/en.json';
import csSettings from '../../addin/i18n/src/locales/settings/cs.json';
import ruSettings from '../../addin/i18n/src/locales/settings/ru.json';
import fiSettings from '../../addin/i18n/src/locales/settings/fi.json';
import { newPageOn } from './browser';
import type { WebApp } from './web-app';

export const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');
export const QUEUE_KEY = 'interlog.pendingInteractions.v1';
/**
 * Where the simulated mailbox keeps its roaming settings (SIMULATED_ROAMING_SETTINGS_KEY in
 * addin/preview/src/simulated-mail-host.ts, which the server-side type-check cannot import).
 */
export const ROAMING_SETTINGS_KEY = 'interlog.simulatedRoamingSettings';
/** The pane's strings: the shared ones and its Settings tab's. */
export const locales = {
  en: { ...en, settings: enSettings },
  cs: { ...cs, settings: csSettings },
  ru: { ...ru, settings: ruSettings },
  fi: { ...fi, settings: fiSettings },
} as const;
export type Lang = keyof typeof locales;
export type Theme = 'light' | 'dark' | 'contrast';

/** The demo tenant's people as the samples address them (server/src/demo/seed-demo-tenant.ts). */
export const people = {
  robin: 'robin.bauer@fabrikam.example',
  petra: 'petra.novakova@fabrikam.example',
  olga: 'olga.smirnova@contoso.example',
  mikko: 'mikko.virtanen@contoso.example',
  dana: 'dana.lee@contoso.example',
  jana: 'jana.svobodova@contoso.example',
} as const;

let variantNo = 0;

export interface PaneSession {
  page: Page;
  /** The task pane, the part Outlook would show. */
  pane: Locator;
  /** The simulated Outlook item the pane was opened on. */
  item: MailItem;
  variant: string;
  /** Uncaught exceptions in the page: a healthy pane has none. */
  errors: string[];
  /**
   * Into test-results/screenshots/<name>.png; the whole page unless `viewport` (a modal dialog covers
   * only the viewport).
   */
  screenshot(name: string, options?: { viewport?: boolean }): Promise<void>;
  close(): Promise<void>;
}

/**
 * Drives the preview page (the pane beside a simulated Outlook) in a fresh browser context.
 * Each call opens a new item of the given kind (its own variant), so what one test records
 * never shows up as "already recorded" in another.
 */
export function outlookPane(browser: () => Browser, web: () => WebApp) {
  mkdirSync(SCREENSHOTS, { recursive: true });

  async function open(
    sample: SampleName,
    options: {
      lang?: Lang;
      theme?: Theme;
      variant?: string;
      /** Before the page is opened: routes to fail, scripts to run first. */
      prepare?: (page: Page) => Promise<unknown>;
    } = {},
  ): Promise<PaneSession> {
    const variant = options.variant ?? `-t${++variantNo}-${Date.now()}`;
    const { context, page, errors } = await newPageOn(browser(), web().origin);
    await options.prepare?.(page);
    await page.goto(
      `${web().origin}/preview.html?sample=${sample}&lang=${options.lang ?? 'en'}&theme=${options.theme ?? 'light'}&variant=${variant}`,
    );
    const pane = page.getByTestId('task-pane');
    await paneReady(pane);
    return {
      page,
      pane,
      item: sampleItems[sample](variant),
      variant,
      errors,
      screenshot: (name, { viewport = false } = {}) =>
        page
          .screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: !viewport, animations: 'disabled' })
          .then(() => undefined),
      close: () => context.close(),
    };
  }

  /** The contact's entries (postponed ones if asked) that were recorded from this item. */
  async function entriesFrom(item: MailItem, email: string, { postponed = false } = {}): Promise<any[]> {
    const contact = (await web().api.get(`/contacts?email=${encodeURIComponent(email)}`)).body.items[0];
    if (!contact) return [];
    const byItem = item.internetMessageId
      ? `internetMessageId=${encodeURIComponent(item.internetMessageId)}`
      : `sourceItemId=${encodeURIComponent(item.itemId)}`;
    const res = await web().api.get(
      `/interaction-log-entries?contactNo=${contact.no}&${byItem}&postponed=${postponed}&limit=500`,
    );
    expect(res.status).toBe(200);
    return res.body.items;
  }

  return { open, entriesFrom };
}

/** The pane has read the item, looked its people up and picked the default template. */
export async function paneReady(pane: Locator): Promise<void> {
  await pane.getByRole('list').first().waitFor();
  await pane
    .getByRole('combobox')
    .filter({ hasText: /\([A-Z-]+\)$/ })
    .first()
    .waitFor();
}

export async function templateShown(pane: Locator, code: string): Promise<void> {
  await pane
    .getByRole('combobox')
    .filter({ hasText: `(${code})` })
    .waitFor();
}

/** "Record for N contacts" in the given language, with that language's plural rule ("Record" for nobody). */
export function recordLabel(lang: Lang, count: number): string {
  const form = locales[lang].form as Record<string, string>;
  if (count === 0) return form.recordNone;
  const category = new Intl.PluralRules(lang).select(count);
  return (form[`record_${category}`] ?? form.record_other).replace('{{count}}', String(count));
}

export async function queuedItems(page: Page): Promise<unknown[]> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]'), QUEUE_KEY);
}

/** Presses Tab until the element has the focus (as a keyboard user would), at most `max` times. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target} was not reached with ${max} Tab presses`);
}

/** English UI strings (no placeholders) that a page in another language shows as whole lines: untranslated text. */
export function englishLinesIn(text: string, lang: Lang): string[] {
  if (lang === 'en') return [];
  const flat = (tree: object, prefix = ''): [string, string][] =>
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value] as [string, string]] : flat(value, `${prefix}${key}.`),
    );
  const translated = new Map(flat(locales[lang]));
  const english = new Set(
    flat(locales.en)
      .filter(
        ([key, value]) =>
          !value.includes('{{') && value.length > 3 && translated.get(key) !== value && !key.startsWith('language.'),
      )
      .map(([, value]) => value),
  );
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => english.has(line));
}
