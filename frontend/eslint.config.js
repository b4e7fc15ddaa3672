// ESLint flat config (ADR 0450): typescript-eslint, React hooks, jsx-a11y and the module boundaries of
// docs/frontend.md (features never import each other; shared layers never import a feature or the app;
// no barrel files). `npm run lint` fails on any finding, warnings included; Maven runs it in `./hocso test`.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The layers of src/ (bulletproof-react). `app` composes features; the shared layers serve everyone. */
const SHARED = ['api', 'components', 'lib', 'utils', 'types', 'config', 'locales', 'testing'];

export default defineConfig(
  // e2e/ is owned by the browser-test runner's own setup; generated types are checked for drift instead.
  globalIgnores(['dist/', 'node_modules/', 'e2e/', 'src/api/schema.d.ts']),

  {
    name: 'hocso/typescript',
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
      // One program for all of src/ (tsconfig.test.json includes the tests too) and one for vite.config.ts.
      parserOptions: { project: ['./tsconfig.test.json', './tsconfig.node.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  {
    name: 'hocso/react',
    files: ['src/**/*.tsx', 'src/**/use-*.ts'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    rules: {
      // A missing dependency is a stale closure: an error, not a warning.
      'react-hooks/exhaustive-deps': 'error',
      // A region that scrolls sideways must be focusable so a keyboard can scroll it (axe:
      // scrollable-region-focusable); such regions carry role="region" and a label.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
    },
  },

  {
    name: 'hocso/boundaries',
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { './scripts/eslint-alias-resolver.cjs': {} },
      'boundaries/include': ['src/**/*'],
      'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export'],
      // The entry point only mounts the app; nothing imports it.
      'boundaries/ignore': ['src/main.tsx'],
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app', partialMatch: false },
        { type: 'feature', pattern: 'src/features/*', partialMatch: false, capture: ['feature'] },
        { type: 'shared', pattern: `src/(${SHARED.join('|')})`, partialMatch: false, capture: ['layer'] },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            "{{ from.element.type }} '{{ from.element.captured.feature }}{{ from.element.captured.layer }}' must not import " +
            "{{ to.element.type }} '{{ to.element.captured.feature }}{{ to.element.captured.layer }}': features never import " +
            'each other, shared layers never import a feature or the app (docs/frontend.md#structure)',
          policies: [
            { from: { element: { type: 'app' } }, allow: { to: { element: { types: '*' } } } },
            {
              from: { element: { type: 'feature' } },
              allow: {
                to: [
                  { element: { type: 'shared' } },
                  { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } },
                ],
              },
            },
            { from: { element: { type: 'shared' } }, allow: { to: { element: { type: 'shared' } } } },
          ],
        },
      ],
      'boundaries/no-unknown-files': 'error',
    },
  },

  {
    name: 'hocso/no-barrel-files',
    files: ['src/**/index.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Program', message: 'No barrel files: import the module itself (docs/frontend.md#structure).' },
      ],
    },
  },

  {
    name: 'hocso/tests',
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.vitest } },
  },

  {
    name: 'hocso/node-scripts',
    files: ['scripts/**/*.{js,mjs,cjs}', 'eslint.config.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },

  {
    // TypeScript run by Node: the typed rules above, with Node's globals.
    name: 'hocso/node-typescript',
    files: ['vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
);
