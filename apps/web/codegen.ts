import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents from the gateway's generated schema. Run `pnpm codegen` after
 * changing any graphql() document; `pnpm lint` runs `graphql-codegen --check` so stale
 * generated files fail CI. Fragment masking is OFF: a component's props take the generated
 * fragment type (`AppHeader_ViewerFragment`) directly; no useFragment() unwrapping.
 */
const config: CodegenConfig = {
  schema: '../gateway/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        scalars: {
          Decimal: 'string',
          Date: 'string',
          DateTime: 'string',
          ID: 'string',
        },
      },
    },
  },
};

export default config;
