// One lint configuration for the whole project: TypeScript (typescript-eslint), Next's rules with
// React and React hooks (eslint-config-next), and Prettier last so that formatting is its alone.
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'
import { defineConfig, globalIgnores } from 'eslint/config'
import tseslint from 'typescript-eslint'

export default defineConfig([
  globalIgnores([
    '.next/**',
    '.data/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    // Generated: Payload's admin routes and import map, the types, and the migrations.
    'src/app/(payload)/**',
    'src/payload-types.ts',
    'migrations/**',
    // Built from src/components/site/browser/site.ts (npm run build:site-script).
    'public/site.js',
  ]),
  ...nextVitals,
  ...nextTypescript,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // The public pages navigate with plain links on purpose (full page loads, no client router
      // to ship), and /admin is Payload's own application.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // Tests read JSON response bodies whose shape is what they assert.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
])
