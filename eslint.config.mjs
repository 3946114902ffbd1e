import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/coverage/**', '**/node_modules/**', 'apps/web/src/gql/**', '**/*.config.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      // Type-aware rules: each file is checked with the tsconfig that owns it.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'parseFloat', message: 'Money and quantities are exact decimals.' },
      ],
      // Bugs the type checker alone does not catch.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Decimal text is parsed, compared, rounded and formatted by @portal/domain only.
    files: ['**/*.ts', '**/*.tsx'],
    // (Benchmarks format timings, not money.)
    ignores: ['packages/domain/**', 'tools/bench/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[regex.pattern=/\\\\\\.(\\\\d|\\[0-9\\])/]',
          message: 'A decimal regex: parse or validate decimals with @portal/domain (parseDecimal, dec).',
        },
        {
          selector:
            "CallExpression[callee.name='Number'] > MemberExpression.arguments[property.name=/^(amount|quantity|baseQuantity|total|subtotal|taxTotal|unitPrice|price|lineTotal|amountDue|amountPaid)$/]",
          message:
            'Money and quantities are exact decimals: use @portal/domain (dec, Money), never Number().',
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          property: 'toFixed',
          message: 'Round and format decimals with @portal/domain (formatDecimal, toDecimalString).',
        },
      ],
    },
  },
  {
    // Plain JavaScript scripts belong to no tsconfig: no type-aware rules there.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Tests read loosely typed GraphQL responses.
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.test.tsx', '**/testing/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-unsafe-optional-chaining': 'off' },
  },
);
