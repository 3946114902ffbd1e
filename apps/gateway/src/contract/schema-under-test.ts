import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import type { Mailer } from '../mail/mailer';
import { buildPortalSchema } from '../schema';
import { createServices } from '../service/services';

const noMail: Mailer = {
  send: () => Promise.reject(new Error('no mail is sent while building the schema')),
};

/** The generated schema, built without a database (building touches no I/O). */
export function generatedSchema(): Promise<GraphQLSchema> {
  return buildPortalSchema(createServices({ mailer: noMail }));
}
