import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'public/data/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // Code is imported only from the extension's own package (entrypoints/content/lookup-client.ts).
      'no-unsanitized/method': ['error', { escape: { methods: ['browser.runtime.getURL'] } }],
    },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*', '.ci/**/*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
