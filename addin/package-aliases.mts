import { resolve } from 'node:path';
import type { Alias } from 'vite';

/**
 * `@interlog/<package>` is the package's front door, `addin/<package>/src/index.ts` (tsconfig `paths` say the same).
 */
export function packageAliases(addinRoot: string): Alias[] {
  return [{ find: /^@interlog\/([a-z0-9-]+)$/, replacement: resolve(addinRoot, '$1', 'src', 'index.ts') }];
}
