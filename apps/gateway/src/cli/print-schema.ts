import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { generatedSchema } from '../contract/schema-under-test';

/** Writes the generated schema snapshot (schema.graphql) that the contract test compares with. */
generatedSchema()
  .then((schema) => {
    const file = path.resolve(__dirname, '../../schema.graphql');
    writeFileSync(file, printSchema(lexicographicSortSchema(schema)) + '\n');
    console.log(`wrote ${file}`);
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
