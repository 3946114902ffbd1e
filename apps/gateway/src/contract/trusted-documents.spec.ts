import { Kind, parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestedCost } from '../common/query-cost';
import { loadConfig } from '../config';
import { loadTrustedDocuments, type TrustedDocuments } from '../http/trusted-documents';
import { generatedSchema } from './schema-under-test';

describe("the web app's trusted documents (apps/web/src/gql/persisted-documents.json)", () => {
  let schema: GraphQLSchema;
  let documents: TrustedDocuments;
  beforeAll(async () => {
    schema = await generatedSchema();
    documents = loadTrustedDocuments(loadConfig({}));
  });

  it('are valid against the schema and each fits the default maximum cost', () => {
    const config = loadConfig({});
    expect(documents.size).toBeGreaterThan(50);
    const costs: [string, number][] = [];
    for (const text of documents.values()) {
      const document = parse(text);
      expect(validate(schema, document)).toEqual([]);
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      if (!operation) throw new Error(`no operation in ${text}`);
      // Variables as the web app leaves them: `first` at its default.
      costs.push([operation.name?.value ?? '?', requestedCost(schema, document, operation, {})]);
    }
    costs.sort((a, b) => b[1] - a[1]);
    console.log(costs.slice(0, 12));
    expect(costs.filter(([, cost]) => cost > config.api.maxQueryCost)).toEqual([]);
  });
});
