import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-ssr/', 'coverage/', 'node_modules/', '.audit/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // D3 does math here; React owns the DOM.
      'no-restricted-imports': [
        'error',
        { paths: ['d3', 'd3-selection', 'd3-transition'].map((name) => ({ name, message: 'Import the d3 math module you need; React owns the DOM.' })) },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'requestAnimationFrame'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Pass a seeded generator (createRng) instead.' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.{ts,mjs}', '*.js', '*.ts'],
    // Node scripts that also hand functions to the browser (page.evaluate).
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
