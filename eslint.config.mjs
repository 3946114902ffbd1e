import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/coverage/**', '**/node_modules/**', 'apps/web/src/gql/**', '**/*.config.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'parseFloat', message: 'Money and quantities are exact decimals.' },
      ],
    },
  },
  {
    // Tests read loosely typed GraphQL responses.
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.test.tsx', '**/testing/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-unsafe-optional-chaining': 'off' },
  },
);
