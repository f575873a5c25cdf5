import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { createI18n } from '../src/i18n';
import { pickLanguage } from '../src/languages';

/*
 * The UI strings: every language has every English key (with the plural forms the
 * language needs), the same placeholders, real translations; the code uses only keys
 * that exist, every key is used, and no user-facing text is hard-coded in the TSX.
 */

const root = resolve(__dirname, '..', '..', '..');
const addinDir = join(root, 'addin');
const localesDir = resolve(__dirname, '..', 'src', 'locales');
const languages = ['cs', 'ru', 'fi'] as const;

type Json = { [key: string]: string | Json };
const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8'));
/**
 * A language's strings as i18n.ts serves them: the main file, plus each area's file (locales/<area>/<lang>.json)
 * under the `<area>` key.
 */
function load(lang: string): Json {
  const strings = readJson(join(localesDir, `${lang}.json`));
  for (const app of readdirSync(localesDir).filter((name) => statSync(join(localesDir, name)).isDirectory())) {
    const path = join(localesDir, app, `${lang}.json`);
    strings[app] = existsSync(path) ? readJson(path) : {};
  }
  return strings;
}

function flatten(obj: Json, prefix = ''): Record<string, string> {
  return Object.entries(obj).reduce<Record<string, string>>((acc, [k, v]) => {
    if (typeof v === 'string') acc[prefix + k] = v;
    else Object.assign(acc, flatten(v, `${prefix}${k}.`));
    return acc;
  }, {});
}

const en = flatten(load('en'));
const enTree = load('en');
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
/** Bases of the English plural keys (`form.record` for `form.record_one`/`form.record_other`). */
const pluralBases = new Set(
  Object.keys(en)
    .filter((k) => k.endsWith('_other'))
    .map((k) => k.replace(pluralSuffix, '')),
);
const baseOf = (key: string) =>
  pluralSuffix.test(key) && pluralBases.has(key.replace(pluralSuffix, '')) ? key.replace(pluralSuffix, '') : key;
const categories = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];

/** The keys a language must have: English's, with each plural base spelled out in the language's categories. */
function expectedKeys(lang: string): string[] {
  const keys = new Set<string>();
  for (const key of Object.keys(en)) {
    const base = baseOf(key);
    if (pluralBases.has(base)) categories(lang).forEach((c) => keys.add(`${base}_${c}`));
    else keys.add(key);
  }
  return [...keys].sort();
}

/** The English value a translated key corresponds to (plural variants → English `_other`). */
const englishFor = (key: string) => (pluralBases.has(baseOf(key)) ? en[`${baseOf(key)}_other`] : en[key]);

const placeholders = (value: string) =>
  [...value.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1].replace(/\s+/g, ' ')).sort();

/** Values that may legitimately read the same in another language. */
const mayMatchEnglish = (key: string, value: string) =>
  key.startsWith('language.') ||
  ['app.title', 'item.when', 'timeline.duration'].includes(key) ||
  /^(Interlog|Outlook|Teams|Business Central|Microsoft 365|OK|Email|E-mail|Fax|Cc|Status)$/.test(value) ||
  value.replace(/\{\{[^}]*\}\}/g, '').replace(/[\s\p{P}]/gu, '') === '';

/** Labels on one screen at once: the pane's Recent interactions over the contact card; a segment's Reduce, Delete. */
const shownTogether: [string, string][] = [
  ['timeline.title', 'contactCard.lastInteraction'],
  ['segments.criteria.open.reduce', 'segments.editor.delete'],
];

describe('Locale files', () => {
  test('English has no empty values and every plural key has its `_one` and `_other`', () => {
    expect(
      Object.entries(en)
        .filter(([, v]) => v.trim() === '')
        .map(([k]) => k),
    ).toEqual([]);
    const lonely = [...pluralBases].filter((b) => !(`${b}_one` in en));
    expect(lonely).toEqual([]);
  });

  describe.each(languages)('%s', (lang) => {
    const locale = flatten(load(lang));

    test('has every English key, with all its plural categories, and nothing else', () => {
      const expected = expectedKeys(lang);
      const actual = Object.keys(locale).sort();
      expect({
        missing: expected.filter((k) => !(k in locale)),
        extra: actual.filter((k) => !expected.includes(k)),
      }).toEqual({ missing: [], extra: [] });
    });

    test('has no empty values', () => {
      expect(
        Object.entries(locale)
          .filter(([, v]) => typeof v !== 'string' || v.trim() === '')
          .map(([k]) => k),
      ).toEqual([]);
    });

    test('keeps the English placeholders, format included', () => {
      const wrong = Object.entries(locale)
        .filter(([k]) => englishFor(k) !== undefined)
        .filter(
          ([k, v]) =>
            JSON.stringify([...new Set(placeholders(v))].sort()) !==
            JSON.stringify([...new Set(placeholders(englishFor(k)))].sort()),
        )
        .map(([k, v]) => `${k}: ${v}  (English: ${englishFor(k)})`);
      expect(wrong).toEqual([]);
    });

    test('is translated (only names, placeholders-only values and a few loan words may equal English)', () => {
      const same = Object.entries(locale).filter(([k, v]) => englishFor(k) === v);
      expect(same.filter(([k, v]) => !mayMatchEnglish(k, v)).map(([k, v]) => `${k}: ${v}`)).toEqual([]);
      expect(same.length / Object.keys(locale).length).toBeLessThan(0.1);
    });

    test('names differently what one screen shows together and English names differently', () => {
      const label = (key: string) => String(locale[key] ?? '').replace(/…$/, '');
      const same = shownTogether.filter(([a, b]) => label(a) === label(b)).map(([a, b]) => `${a} = ${b}: ${label(a)}`);
      expect(same).toEqual([]);
    });

    test('keeps the language names as endonyms', () => {
      expect(load(lang).language).toEqual(enTree.language);
    });

    test('keeps the product names', () => {
      const lost = Object.entries(locale)
        .filter(([k]) => englishFor(k) !== undefined)
        .flatMap(([k, v]) =>
          ['Interlog', 'Outlook', 'Teams', 'Business Central', 'Microsoft 365']
            .filter((name) => englishFor(k).includes(name) && !v.includes(name))
            .map((name) => `${k}: ${name}`),
        );
      expect(lost).toEqual([]);
    });
  });
});

describe('createI18n', () => {
  const normalise = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

  test.each(['en', ...languages])(
    'When the language is %s, then plurals pick the language’s form and keep the number',
    async (lang) => {
      const i18n = await createI18n(lang);
      expect(i18n.language).toBe(lang);
      const resource = flatten(load(lang));
      for (const count of [1, 2, 5, 21]) {
        const text = i18n.t('form.record', { count });
        expect(text).not.toBe('');
        expect(text).not.toContain('{{');
        expect(text).toContain(String(count));
        const category = new Intl.PluralRules(lang).select(count);
        expect(text).toBe(resource[`form.record_${category}`].replace('{{count}}', String(count)));
      }
    },
  );

  test.each([
    ['en', '1,234.50'],
    ['cs', '1 234,50'],
    ['ru', '1 234,50'],
    ['fi', '1 234,50'],
  ])('When the language is %s, then the cost is formatted as %s', async (lang, expected) => {
    const i18n = await createI18n(lang);
    const text = normalise(i18n.t('timeline.cost', { cost: 1234.5 }));
    expect(text).toContain(expected);
    expect(text).not.toContain('{{');
  });

  test('pickLanguage maps host tags to a supported language', () => {
    expect(pickLanguage('cs-CZ')).toBe('cs');
    expect(pickLanguage('ru-RU')).toBe('ru');
    expect(pickLanguage('fi-FI')).toBe('fi');
    expect(pickLanguage('de-DE')).toBe('en');
    expect(pickLanguage(undefined)).toBe('en');
  });

  test('an unknown host language falls back to English', async () => {
    const i18n = await createI18n('de-DE');
    expect(i18n.t('common.loading')).toBe(en['common.loading']);
  });
});

function sourceFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return ['node_modules', 'test', 'dist'].includes(name) ? [] : sourceFiles(path, pattern);
    return pattern.test(name) && !/\.(test|spec)\.tsx?$|\.d\.ts$/.test(name) ? [path] : [];
  });
}

const rel = (file: string) => relative(root, file).split('\\').join('/');
const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The text of a call's first argument, starting just after `(`. */
function firstArgument(text: string, start: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) return text.slice(start, i);
      depth--;
    } else if (c === ',' && depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}

interface KeyUse {
  file: string;
  line: number;
  key: string;
}

function translationUses() {
  const statics: KeyUse[] = [];
  const prefixes: KeyUse[] = [];
  const literals = new Set<string>();
  for (const file of sourceFiles(addinDir, /\.tsx?$/)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/['"`]([\w-]+(?:\.[\w-]+)+)['"`]/g)) literals.add(m[1]);
    for (const call of text.matchAll(/(?<![\w$])t\(/g)) {
      const start = call.index! + call[0].length;
      const arg = firstArgument(text, start);
      const at = { file: rel(file), line: lineOf(text, start) };
      for (const m of arg.matchAll(/(['"])([^'"]*)\1/g))
        if (/^[\w-]+(\.[\w-]+)+$/.test(m[2])) statics.push({ ...at, key: m[2] });
      for (const m of arg.matchAll(/`([^`$]*)(\$\{)?[^`]*`/g)) {
        if (m[2]) prefixes.push({ ...at, key: m[1] });
        else if (/^[\w-]+(\.[\w-]+)+$/.test(m[1])) statics.push({ ...at, key: m[1] });
      }
    }
  }
  return { statics, prefixes, literals };
}

function nodeAt(tree: Json, path: string): string | Json | undefined {
  return path
    .split('.')
    .filter(Boolean)
    .reduce<string | Json | undefined>(
      (node, part) => (node && typeof node === 'object' ? node[part] : undefined),
      tree,
    );
}

/** Keys built at run time from these prefixes (`t(`flow.${value}`)`, problem names, sample names…). */
const dynamicPrefixes = [
  'flow.',
  'initiated.',
  'evaluation.',
  'errors.',
  'people.role.',
  'contactType.',
  'preview.samples.',
  'preview.themes.',
  'language.',
];

describe('Keys used by the add-in', () => {
  const uses = translationUses();

  test('the scan finds the translation calls', () => {
    expect(uses.statics.length).toBeGreaterThan(50);
    expect(uses.prefixes.map((p) => p.key)).toEqual(expect.arrayContaining(['flow.', 'errors.']));
  });

  test('every t(key) exists in en.json', () => {
    const exists = (key: string) => typeof en[key] === 'string' || pluralBases.has(key);
    expect(uses.statics.filter((u) => !exists(u.key)).map((u) => `${u.file}:${u.line} ${u.key}`)).toEqual([]);
  });

  test('every dynamic t(`prefix.${…}`) names a section of en.json', () => {
    const bad = uses.prefixes.filter((u) => {
      if (!u.key.endsWith('.')) return true;
      const node = nodeAt(enTree, u.key.slice(0, -1));
      return !node || typeof node !== 'object';
    });
    expect(bad.map((u) => `${u.file}:${u.line} ${u.key}`)).toEqual([]);
  });

  test('every key of en.json is used', () => {
    const used = new Set([...uses.statics.map((u) => u.key), ...uses.literals]);
    const prefixes = [...dynamicPrefixes, ...uses.prefixes.map((u) => u.key)];
    const unused = [...new Set(Object.keys(en).map(baseOf))].filter(
      (key) => !used.has(key) && !prefixes.some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });
});

describe('No hard-coded user-facing text in the TSX', () => {
  const textProps = new Set([
    'label',
    'placeholder',
    'aria-label',
    'title',
    'alt',
    'aria-description',
    'aria-placeholder',
  ]);
  const hasLetters = (s: string) => /\p{L}/u.test(s);

  /** String literals with letters in an expression, not counting calls' arguments (t('key'), format(…)). */
  function literalsIn(node: ts.Node): ts.Node[] {
    if (
      ts.isCallExpression(node) ||
      ts.isJsxElement(node) ||
      ts.isJsxSelfClosingElement(node) ||
      ts.isJsxFragment(node)
    )
      return [];
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      return hasLetters(node.text) ? [node] : [];
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      return parts.some(hasLetters) ? [node] : node.templateSpans.flatMap((s) => literalsIn(s.expression));
    }
    // a comparison's operands are values, not text (x === 'inbound' ? …)
    if (
      ts.isBinaryExpression(node) &&
      [
        ts.SyntaxKind.EqualsEqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsEqualsToken,
        ts.SyntaxKind.EqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsToken,
      ].includes(node.operatorToken.kind)
    )
      return [];
    if (ts.isElementAccessExpression(node)) return literalsIn(node.expression);
    return node.getChildren().flatMap(literalsIn);
  }

  function hardCoded(file: string, text = readFileSync(file, 'utf8')): string[] {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const found: string[] = [];
    const report = (node: ts.Node, what: string) =>
      found.push(`${rel(file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1} ${what}`);
    const visit = (node: ts.Node) => {
      if (ts.isJsxText(node) && hasLetters(node.text)) report(node, `text ${JSON.stringify(node.text.trim())}`);
      if (
        ts.isJsxExpression(node) &&
        node.expression &&
        (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
      ) {
        for (const lit of literalsIn(node.expression)) report(lit, `text ${lit.getText(source)}`);
      }
      if (ts.isJsxAttribute(node) && textProps.has(node.name.getText(source)) && node.initializer) {
        const init = node.initializer;
        const offenders = ts.isStringLiteral(init)
          ? hasLetters(init.text)
            ? [init]
            : []
          : ts.isJsxExpression(init) && init.expression
            ? literalsIn(init.expression)
            : [];
        for (const lit of offenders) report(lit, `${node.name.getText(source)}=${lit.getText(source)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  test('the scan catches hard-coded text and leaves translated text and non-text props alone', () => {
    const sample = [
      '<Field label="Name" size="small">',
      '  <Text>Save now</Text>',
      "  <Button aria-label={'Close'} title={busy ? 'Wait' : t('a.b')} data-testid=\"x\" />",
      '  <Input placeholder={`Search ${n}`} />',
      "  {flow === 'inbound' ? <In aria-label={t('flow.inbound')} /> : <Caption1>#{entryNo}</Caption1>}",
      "  {t('form.record', { count: 2 })} · {format.date(d)}",
      "  {done && 'Done'}",
      '</Field>',
    ].join('\n');
    expect(hardCoded(join(addinDir, 'sample.tsx'), sample).map((s) => s.replace(/^addin\/sample\.tsx:/, ''))).toEqual([
      '1 label="Name"',
      '2 text "Save now"',
      "3 aria-label='Close'",
      "3 title='Wait'",
      '4 placeholder=`Search ${n}`',
      "7 text 'Done'",
    ]);
  });

  test('JSX text and label/placeholder/aria-label/title props come from t()', () => {
    const files = sourceFiles(addinDir, /\.tsx$/);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => hardCoded(file))).toEqual([]);
  });
});
