import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildPortalSchema } from '../schema';
import { createServices } from '../service/services';

/** The generated schema, built without a database (building touches no I/O). */
export function generatedSchema(): Promise<GraphQLSchema> {
  return buildPortalSchema(createServices());
}
