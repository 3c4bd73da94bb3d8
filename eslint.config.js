// @ts-check
// ESLint (flat config), run by `npm run lint` and by `npm test` with --max-warnings 0.
//   - typescript-eslint: the recommended rules for every .ts/.tsx/.mjs file;
//   - eslint-plugin-react-hooks: the rules of hooks and exhaustive-deps for the islands;
//   - eslint-plugin-jsx-a11y-x: the accessibility rules for JSX. It is the maintained fork of
//     eslint-plugin-jsx-a11y with the same rules; the original does not yet accept ESLint 10;
//   - eslint-plugin-astro (3.x parses with Astro 7's own compiler): .astro files, with the
//     same accessibility rules applied to their markup.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'reports/', 'test-results/', 'playwright-report/', '.tmp/', 'public/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // `_`-prefixed names are deliberately unused (an ignored tuple slot, a required parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS config files (dependency-cruiser reads .cjs): require() is how they import.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Hooks live in .ts files too (src/tools/shared/useStoredState.ts).
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.recommended,
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      ...jsxA11y.configs.recommended.rules,
      // role="list" on a styled <ul>/<ol> is deliberate: Safari (VoiceOver) drops the list
      // semantics of a list with list-style: none unless the role is explicit.
      'jsx-a11y-x/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
    },
  },
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-recommended'],
  {
    files: ['**/*.astro'],
    rules: {
      'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
      // A scrollable <pre> (a code snippet wider than the screen) must be reachable by
      // keyboard to scroll it (WCAG 2.1.1; axe's scrollable-region-focusable), hence tabindex="0".
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['pre'] }],
    },
  },
);
