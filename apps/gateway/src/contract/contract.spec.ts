import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges, lexicographicSortSchema, printSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { generatedSchema } from './schema-under-test';

const root = path.resolve(__dirname, '../..');
const contract = buildSchema(readFileSync(path.join(root, 'contract/portal.graphql'), 'utf8'));

describe('the public API contract', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await generatedSchema();
  });

  it('has no breaking change against contract/portal.graphql', () => {
    const breaking = findBreakingChanges(contract, schema);
    expect(breaking.map((c) => `${c.type}: ${c.description}`)).toEqual([]);
  });

  it('would notice a breaking change: the schema without Query.orders fails the check', () => {
    const sdl = printSchema(schema);
    const query = /^type Query \{\n[\s\S]*?^\}$/m.exec(sdl)?.[0] ?? '';
    const withoutOrders = query.replace(/^(?: {2}"""(?:(?!""")[^])*"""\n)? {2}orders\(.*\n/m, '');
    expect(withoutOrders).not.toBe(query);
    const breaking = findBreakingChanges(contract, buildSchema(sdl.replace(query, withoutOrders)));
    expect(breaking.map((c) => c.description)).toEqual(['Query.orders was removed.']);
  });

  it('matches the committed schema snapshot (run `pnpm --filter @portal/gateway schema:print` after a schema change)', () => {
    const snapshot = readFileSync(path.join(root, 'schema.graphql'), 'utf8');
    expect(printSchema(lexicographicSortSchema(schema)) + '\n').toBe(snapshot);
  });
});
