import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { layers } from './scripts/lint/layers.mjs';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Layers point one way: client components never reach the database layer …
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { layers },
    rules: { 'layers/no-db-in-client': 'error' },
  },
  {
    // … and neither does anything in lib/, the pure layer: vocabulary, validations, block
    // rendering, parsers, i18n and policies import no database, server, route or serving code.
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    rules: {
      'layers/no-db-in-client': ['error', { always: true }],
      'layers/no-import-from': ['error', { folders: ['server', 'app', 'serving'], layer: 'lib/' }],
    },
  },
  {
    // db/ (schema + queries) sits under the server layer and the routes. Its tests may seed
    // through server/ (a test is not a layer).
    files: ['db/**/*.ts'],
    ignores: ['db/**/*.test.ts'],
    rules: {
      'layers/no-import-from': ['error', { folders: ['server', 'app', 'serving'], layer: 'db/' }],
    },
  },
  {
    // server/ orchestrates db/ for the routes; it never reaches up into app/.
    files: ['server/**/*.ts', 'server/**/*.tsx'],
    rules: { 'layers/no-import-from': ['error', { folders: ['app'], layer: 'server/' }] },
  },
  {
    // serving/ (the page cache and the production server) stands apart: nothing from the app's
    // routes, its database or its server layer.
    files: ['serving/**/*.mjs', 'serving/**/*.ts'],
    plugins: { layers },
    rules: {
      'layers/no-import-from': [
        'error',
        { folders: ['app', 'db', 'server', 'components'], layer: 'serving/' },
      ],
    },
  },
  {
    // Shared UI renders what routes hand it; it never reaches into a route's folder.
    files: ['components/**/*.tsx', 'components/**/*.ts'],
    rules: { 'layers/no-import-from': ['error', { folders: ['app'], layer: 'components/' }] },
  },
  {
    // crypto.randomUUID exists only in secure contexts: a form using it does nothing on a blog
    // served over plain HTTP. Keys come from lib/idempotency-key.ts.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'crypto',
          property: 'randomUUID',
          message: 'Use newIdempotencyKey() (lib/idempotency-key.ts): randomUUID needs HTTPS.',
        },
      ],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'db/migrations/**',
      '.e2e/**',
      'bench/tmp/**',
      'docs/**',
    ],
  },
];

export default config;
