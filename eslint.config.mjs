import js from '@eslint/js'
import nextPlugin from '@next/eslint-plugin-next'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** Imports a lower layer must not make: `from` folders never import the `upper` ones. */
const layer = (from, upper, why) => ({
  files: from.map((folder) => `src/${folder}/**/*.{ts,tsx}`),
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(@/|(\\.\\./)+)(${upper.join('|')})(/|$)`,
            message: why,
          },
        ],
      },
    ],
  },
})

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      '.data/**',
      'media/**',
      'node_modules/**',
      'next-env.d.ts',
      'src/payload-types.ts',
      'src/app/(payload)/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Input, log lines and XML are stripped of control characters on purpose, by regular expression.
      'no-control-regex': 'off',
      // A Pages Router rule: the admin is another root layout, reached by a plain link on purpose.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // Written by `npm run migrate:create`: Payload's signature names arguments a migration may not use.
    files: ['src/migrations/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { args: 'none' }] },
  },
  {
    // Served as they are to the browser (the language switcher's small script).
    files: ['public/**/*.js'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly', Element: 'readonly' } },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // Every environment variable is read, checked and defaulted in one module (src/env.ts); the page
    // cache handlers, which Next loads without TypeScript, read theirs in src/environment.mjs, the one
    // module that touches process.env.
    // Tests and benches set up their own environments.
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['src/environment.mjs', 'tests/**', 'bench/**', '.ci/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration from src/env.ts (`env.NAME`).' },
      ],
    },
  },
  // Layers run one way: app → site/data → collections/fields → Payload, and everything may read the
  // page table (src/routing) and the locales (src/i18n) on the ground floor. One rule per folder:
  // a later rule for the same folder would replace an earlier one, not add to it.
  layer(['data'], ['app', 'site', 'components'], 'The data layer serves the site; it never imports it.'),
  layer(
    ['collections', 'fields', 'hooks', 'translation', 'access', 'globals'],
    ['app', 'site', 'data', 'components'],
    'Content types, fields, hooks and translation tools never import the site or the data layer.',
  ),
  layer(
    ['i18n', 'search', 'redirects', 'insights'],
    ['app', 'site', 'components'],
    'Routing, search, redirects and insights never import the site: what they know of pages is in src/routing.',
  ),
  layer(
    ['routing'],
    ['app', 'site', 'components', 'data', 'hooks', 'globals', 'search', 'redirects', 'insights'],
    'The page table is the ground floor: it imports only the locales (the content types are named in it).',
  ),
  layer(
    ['topology'],
    ['app', 'site', 'components', 'data', 'collections', 'globals', 'hooks'],
    'The production topology carries pages and their refreshes; it never imports the site, the data layer or content types.',
  ),
  {
    // Tests and benches read JSON answers loosely, as a client would.
    files: ['tests/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
