// Lint rules for the whole tree: typescript-eslint's recommended set, react-hooks for the add-in.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.tools/', '.data/', 'coverage/', 'test-results/', '.certs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'max-len': [
        'error',
        {
          code: 120,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          // A test's name is its business rule, whatever its length: describe(…), test(…), it(…), test.each(…)(…).
          ignorePattern: '^\\s*(describe|test|it)(\\.(each|skip|todo|concurrent)\\b.*?)?\\(\\s*[\'"`]',
        },
      ],
    },
  },
  {
    // Source (not tests): strings and template literals count too; a long text is split into pieces.
    files: ['{server,addin,scripts,manifest}/**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    ignores: ['**/*.test.{ts,tsx}', '**/test/**', 'test/**'],
    rules: {
      'max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    files: ['addin/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'test/**/*.{ts,mjs}', 'scripts/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
);
