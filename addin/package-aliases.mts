import { resolve } from 'node:path';
import type { Alias } from 'vite';
import reactOnPreact from './react-on-preact.cjs';

const exactly = (name: string) => new RegExp(`^${name.replace(/[/.-]/g, '\\$&')}$`);

/**
 * `@interlog/<package>` is the package's front door, `addin/<package>/src/index.ts` (tsconfig `paths` say the same);
 * React's modules are Preact's (react-on-preact.cjs).
 */
export function packageAliases(addinRoot: string): Alias[] {
  return [
    { find: /^@interlog\/([a-z0-9-]+)$/, replacement: resolve(addinRoot, '$1', 'src', 'index.ts') },
    ...Object.entries(reactOnPreact as Record<string, string>).map(([name, replacement]) => ({
      find: exactly(name),
      replacement,
    })),
  ];
}
