import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Every entity type implements Node. Resolvers return TypeORM entities as roots; the type name
 * of a root comes from the registry below (entity class → GraphQL type).
 */
type EntityClass = abstract new (...args: never[]) => object;
const typeNameByEntity = new Map<unknown, string>();

export function registerNodeType(entity: EntityClass, graphqlType: string): void {
  typeNameByEntity.set(entity, graphqlType);
}

export function nodeTypeNameOf(value: object): string | undefined {
  return typeNameByEntity.get(value.constructor);
}

@InterfaceType('Node', {
  resolveType: (value: object) => nodeTypeNameOf(value),
})
export abstract class NodeInterface {
  @Field(() => ID)
  id: string;
}
