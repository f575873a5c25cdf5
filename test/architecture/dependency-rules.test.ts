import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const root = resolve(__dirname, '..', '..');

interface Rule {
  name: string;
  comment: string;
  from: { path?: string | string[] };
}
interface Cruise {
  rules: Rule[];
  /** Modules and folders cruised, relative to the root. */
  paths: string[];
  violations: { rule: string; from: string; to: string }[];
}

/**
 * Cruises the server and the add-in with the repository's rules, through dependency-cruiser's
 * API (`npm run lint:deps` runs the same rules from the command line). It is an ES module,
 * which jest's CommonJS runtime cannot load, so it runs in a child process.
 */
function cruiseWithTheRules(): Cruise {
  const script = `
    import { createRequire } from 'node:module';
    import { dirname } from 'node:path';
    import { cruise } from 'dependency-cruiser';
    import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
    import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
    const config = createRequire(process.cwd() + '/')('./.dependency-cruiser.cjs');
    const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
    const { output } = await cruise(['server', 'addin'], options, { tsConfig: 'tsconfig.json' }, {
      tsConfig: extractTSConfig('./tsconfig.json'),
    });
    const sources = output.modules.map((m) => m.source);
    process.stdout.write(JSON.stringify({
      rules: config.forbidden.map(({ name, comment, from }) => ({ name, comment, from })),
      paths: [...new Set([...sources, ...sources.map((s) => dirname(s))])],
      violations: output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to })),
    }));`;
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout.toString('utf8'));
}

const cruised = cruiseWithTheRules();
const appliesTo = (rule: Rule) =>
  [rule.from.path ?? '.']
    .flat()
    .map((path) => new RegExp(path))
    .some((path) => cruised.paths.some((p) => path.test(p)));

describe('Dependency rules (.dependency-cruiser.cjs)', () => {
  test('When the code is cruised, then the server and the add-in are in it', () => {
    expect(cruised.paths.filter((p) => /^server\/src\/[^/]+\/domain\/.+\.ts$/.test(p)).length).toBeGreaterThan(30);
    expect(cruised.paths.filter((p) => /^addin\/.+\.tsx$/.test(p)).length).toBeGreaterThan(30);
  });

  test.each(cruised.rules.map((rule) => [rule.name, rule] as const))(
    'When the code is cruised, then nothing breaks %s',
    (_name, rule) => {
      const broken = cruised.violations.filter((v) => v.rule === rule.name).map((v) => `${v.from} -> ${v.to}`);

      expect(appliesTo(rule)).toBe(true);
      expect(broken).toEqual([]);
    },
  );
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'test' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('Front-end host access', () => {
  // Not an import (Office.js is a global), so not a dependency rule.
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
