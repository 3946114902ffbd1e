import type { CodegenConfig } from '@graphql-codegen/cli';
import type { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';
import { Kind, visit, type SelectionSetNode } from 'graphql';

/**
 * Adds `__typename` to every selection set but an operation's root, as Apollo Client's cache
 * does before it sends a query: the persisted document (what the gateway runs for a hash) then
 * asks for exactly what the cache needs, and the generated types stay as before.
 */
const addTypenames: typeof addTypenameSelectionDocumentTransform = {
  transform: ({ documents }) =>
    documents.map((source) => ({
      ...source,
      document: source.document
        ? visit(source.document, {
            SelectionSet(node: SelectionSetNode, _key, parent) {
              const isRoot =
                !Array.isArray(parent) &&
                (parent as { kind?: string } | undefined)?.kind === Kind.OPERATION_DEFINITION;
              if (
                isRoot ||
                node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')
              )
                return undefined;
              return {
                ...node,
                selections: [
                  { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
                  ...node.selections,
                ],
              };
            },
          })
        : undefined,
    })),
};

/**
 * Typed GraphQL documents from the gateway's generated schema. Run `pnpm codegen` after
 * changing any graphql() document; `pnpm lint` runs `graphql-codegen --check` so stale
 * generated files fail CI. Fragment masking is OFF: a component's props take the generated
 * fragment type (`AppHeader_ViewerFragment`) directly; no useFragment() unwrapping.
 *
 * Trusted documents: every operation is also written to `src/gql/persisted-documents.json`
 * (sha256 hash → document, with the `__typename`s Apollo's cache adds), which the gateway loads;
 * the generated documents carry their hash (`__meta__.hash`) and the Apollo client sends only
 * the hash (src/apollo/client.ts). With TRUSTED_DOCUMENTS=require the gateway runs nothing
 * else for a signed-in browser session.
 */
const config: CodegenConfig = {
  schema: '../gateway/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      documentTransforms: [addTypenames],
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
