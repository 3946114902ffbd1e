import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccessMarker } from '../auth/access.decorators';
import { generatedSchema } from './schema-under-test';

function accessOf(field: GraphQLField<unknown, unknown>): AccessMarker | undefined {
  return (field.extensions as { access?: AccessMarker }).access;
}

describe('deny by default', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await generatedSchema();
  });

  it('gives every root query and mutation an explicit permission or public marker', () => {
    const unmarked: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        const access = accessOf(field);
        if (!access || !(access.public || access.signedIn || (access.permissions?.length ?? 0) > 0))
          unmarked.push(`${root?.name}.${field.name}`);
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('guards every field the contract says "Requires" a permission with a permission check', () => {
    const contract = buildSchema(
      readFileSync(path.resolve(__dirname, '../../contract/portal.graphql'), 'utf8'),
    );
    const unguarded: string[] = [];
    for (const type of Object.values(contract.getTypeMap())) {
      if (!isObjectType(type) || type.name === 'Query' || type.name === 'Mutation') continue;
      const ours = schema.getType(type.name);
      if (!isObjectType(ours)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!/Requires/.test(field.description ?? '')) continue;
        const implemented = ours.getFields()[field.name];
        if (implemented && !accessOf(implemented)?.permissions?.length)
          unguarded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  it('says in the description of every guarded field what it requires', () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const permissions = accessOf(field)?.permissions ?? [];
        if (permissions.length && !permissions.every((p) => field.description?.includes(p)))
          undocumented.push(`${type.name}.${field.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
