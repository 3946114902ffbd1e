import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  BreakingChangeType,
  buildSchema,
  findBreakingChanges,
  lexicographicSortSchema,
  printSchema,
  type BreakingChange,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { generatedSchema } from './schema-under-test';
import { STILL_TO_COME } from './still-to-come';

const root = path.resolve(__dirname, '../..');
const contract = buildSchema(readFileSync(path.join(root, 'contract/portal.graphql'), 'utf8'));

/** A stable key for a breaking change: "Type", "Type.field" or the description for the rest. */
function keyOf(change: BreakingChange): string {
  const removed = /^(.+?) was removed\.$/.exec(change.description);
  if (
    (change.type === BreakingChangeType.TYPE_REMOVED || change.type === BreakingChangeType.FIELD_REMOVED) &&
    removed
  )
    return removed[1];
  const arg = /^(\S+?)\.(\S+?) arg (\S+?) was removed\.$/.exec(change.description);
  if (arg) return `${arg[1]}.${arg[2]}(${arg[3]})`;
  return change.description;
}

describe('the public API contract', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await generatedSchema();
  });

  it('has no breaking change against contract/portal.graphql beyond the listed parts still to come', () => {
    const allowed = new Set(Object.values(STILL_TO_COME).flat());
    const unexpected = findBreakingChanges(contract, schema).filter((c) => !allowed.has(keyOf(c)));
    expect(unexpected.map((c) => `${c.type}: ${c.description}`)).toEqual([]);
  });

  it('lists as still to come only what is really still missing', () => {
    const missing = new Set(findBreakingChanges(contract, schema).map(keyOf));
    const done = Object.values(STILL_TO_COME)
      .flat()
      .filter((key) => !missing.has(key));
    expect(done, 'these are implemented now: remove them from still-to-come.ts').toEqual([]);
  });

  it('matches the committed schema snapshot (run `pnpm --filter @portal/gateway schema:print` after a schema change)', () => {
    const snapshot = readFileSync(path.join(root, 'schema.graphql'), 'utf8');
    expect(printSchema(lexicographicSortSchema(schema)) + '\n').toBe(snapshot);
  });
});
