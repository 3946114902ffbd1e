import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { requestedCost } from '../common/query-cost';
import { beforeAll, describe, expect, it } from 'vitest';
import { present } from '../testing/items';
import { generatedSchema } from './schema-under-test';

const DOCS = ['../../../../README.md', '../../docs/ordering.md', '../../docs/invoicing.md'];

/** Every GraphQL operation in a ```graphql block of the docs, one per top-level operation. */
function examples(file: string): string[] {
  const text = readFileSync(path.resolve(__dirname, file), 'utf8');
  return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) =>
    present(m[1], `body of a graphql block in ${file}`),
  );
}

describe('the documented example queries', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await generatedSchema();
  });

  it.each(DOCS)('in %s are valid against the schema', (file) => {
    const blocks = examples(file);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      // A block may hold several anonymous operations: each is checked on its own.
      for (const operation of parse(block).definitions) {
        const document = { kind: Kind.DOCUMENT, definitions: [operation] } as const;
        expect(validate(schema, document).map((e) => `${e.message}\n${print(operation)}`)).toEqual([]);
      }
    }
  });

  it('state the cost the gateway computes (blocks that begin with "# cost: N")', () => {
    const costed = examples(DOCS[0]!).filter((block) => /^# cost: \d+/.test(block));
    expect(costed.length).toBeGreaterThanOrEqual(4);
    for (const block of costed) {
      const stated = Number(/^# cost: (\d+)/.exec(block)?.[1]);
      const document = parse(block);
      const [operation] = document.definitions as OperationDefinitionNode[];
      if (!operation) throw new Error(`no operation in ${block}`);
      expect({ block, cost: requestedCost(schema, document, operation, {}) }).toEqual({
        block,
        cost: stated,
      });
    }
  });
});
