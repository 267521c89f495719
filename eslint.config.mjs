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
    // … and neither does anything in lib/ outside lib/server/ (the server orchestration layer):
    // vocabulary, validations, block rendering, parsers, i18n, policies stay pure.
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    ignores: ['lib/server/**'],
    rules: { 'layers/no-db-in-client': ['error', { always: true }] },
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
