import { isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import type { AccessMarker } from './access.decorators';

/**
 * Writes the permission of every `@Allow(...)` field into its description ("Requires
 * ORDERS_APPROVE.", "Requires one of INVOICES_READ_OWN, INVOICES_READ_COMPANY."), as Saleor's
 * API does, unless the description already names every permission. The access marker is the one
 * source, so documentation and enforcement cannot disagree.
 */
export function describeAccess(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) describeField(field);
  }
  return schema;
}

function describeField(field: GraphQLField<unknown, unknown>): void {
  const permissions = (field.extensions as { access?: AccessMarker }).access?.permissions ?? [];
  if (permissions.every((p) => field.description?.includes(p))) return;
  const requires =
    permissions.length === 1 ? `Requires ${permissions[0]}.` : `Requires one of ${permissions.join(', ')}.`;
  field.description = field.description ? `${field.description.trimEnd()} ${requires}` : requires;
}
