import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';

const root = resolve(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'test' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2]);
}

const resolveRelative = (file: string, spec: string) =>
  spec.startsWith('.')
    ? relative(root, resolve(dirname(file), spec))
        .split(sep)
        .join('/')
    : spec;

describe('Front-end layering', () => {
  const packages = ['ui-kit', 'api-client', 'i18n', 'auth'];
  const apps = ['addin/outlook', 'addin/teams', 'addin/preview'];

  test.each(packages)('When addin/%s imports, then it never imports an app (outlook, teams, preview)', (pkg) => {
    const offending = sourceFiles(join(root, 'addin', pkg)).flatMap((file) =>
      importsOf(file)
        .map((spec) => resolveRelative(file, spec))
        .filter((target) => apps.some((app) => target.startsWith(app)))
        .map((target) => `${relative(root, file)} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });

  test('When a front-end file imports the server, then it imports types only', () => {
    const offending = sourceFiles(join(root, 'addin')).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/^(import|export)\s+(?!type\b)[^;]*?from\s+['"]([^'"]*\/server\/[^'"]+)['"]/gm)].map(
        (m) => `${relative(root, file)}: ${m[0]}`,
      );
    });
    expect(offending).toEqual([]);
  });

  test('When addin code runs in a page, then it reaches Office.js only through the Outlook host', () => {
    const offending = sourceFiles(join(root, 'addin'))
      .filter(
        (file) =>
          !relative(root, file).startsWith(`addin${sep}outlook${sep}src${sep}host`) &&
          !/auth-dialog|outlook[\\/]src[\\/]main\.tsx$/.test(file),
      )
      .filter((file) => /\bOffice\.(context|onReady|EventType|MailboxEnums)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offending).toEqual(['addin/preview/src/main.tsx']);
  });
});

describe('Server layering', () => {
  test('When a domain module imports, then it uses neither Express nor mongoose', () => {
    const domainFiles = sourceFiles(join(root, 'server', 'src')).filter((file) => file.split(sep).includes('domain'));
    const offending = domainFiles.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec === 'express' || spec === 'mongoose' || /\/models?\b|-model$/.test(spec))
        .map((spec) => `${relative(root, file)} -> ${spec}`),
    );
    expect(domainFiles.length).toBeGreaterThan(10);
    expect(offending).toEqual([]);
  });
});
