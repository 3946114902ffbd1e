import { Kind, parse, type OperationDefinitionNode, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedSchema } from '../contract/schema-under-test';
import { SelectionSummaries } from './query-limits';
import { actualCost, requestedCost } from './query-cost';

function costOf(schema: GraphQLSchema, text: string, variables: Record<string, unknown> = {}): number {
  const document = parse(text);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  return requestedCost(schema, document, operation, variables);
}

describe('requestedCost', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await generatedSchema();
  });

  it('charges objects 1, scalars 0, connections first × node, other lists 5, mutations 10', () => {
    expect(costOf(schema, '{ __typename clock { today } }')).toBe(1);
    expect(costOf(schema, '{ orders(first: 3) { totalCount edges { cursor node { number } } } }')).toBe(4);
    expect(costOf(schema, '{ orders { edges { node { number } } } }')).toBe(26);
    expect(
      costOf(schema, 'query($n: Int) { orders(first: $n) { nodes: edges { node { id } } } }', { n: 7 }),
    ).toBe(8);
    expect(costOf(schema, '{ orders(first: 2) { edges { node { lines { product { sku } } } } } }')).toBe(
      1 + 2 * 11,
    );
    expect(costOf(schema, 'mutation { logout { ok } }')).toBe(11);
    expect(costOf(schema, 'mutation { a: logout { ok } b: logout { ok } }')).toBe(22);
  });

  it('counts aliases, fragments once per use, and the dearest branch of an abstract field', () => {
    expect(costOf(schema, '{ a: clock { today } b: clock { today } }')).toBe(2);
    expect(costOf(schema, 'query { ...C ...C } fragment C on Query { x: clock { today } }')).toBe(2);
    expect(
      costOf(
        schema,
        'query($id: ID!) { node(id: $id) { id ... on Order { total { amount } company { name } } ... on Company { name } } }',
      ),
    ).toBe(3);
  });

  it('costs a 2^40-path fragment document in one pass over its text', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Query { clock { today } }`
        : `fragment F${i} on Query { ...F${i + 1} a${i}: clock { today } ...F${i + 1} }`,
    );
    const text = `query { ...F0 } ${fragments.join(' ')}`;
    expect(costOf(schema, text)).toBe(2 ** 40 - 1);
    const summary = new SelectionSummaries(parse(text).definitions).ofFragment('F0');
    expect(summary).toEqual({ depth: 2, fields: 2 ** 41 - 2, aliases: 2 ** 39 - 1 });
  });
});

describe('actualCost', () => {
  it('counts the objects of the answer, edges only through their nodes, and 10 per mutation field', () => {
    expect(actualCost({ clock: { today: 'x' } }, false)).toBe(1);
    expect(actualCost({ orders: { edges: [{ node: { id: '1' } }, { node: { id: '2' } }] } }, false)).toBe(3);
    expect(actualCost({ logout: { ok: true } }, true)).toBe(11);
    expect(actualCost(null, false)).toBe(0);
  });
});
