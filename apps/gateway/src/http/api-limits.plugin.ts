import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { actualCost, costExceeded, requestedCost } from '../common/query-cost';
import type { BucketSpec } from '../config';
import type { RequestContext } from '../context';
import type { CostBuckets } from './cost-buckets';

/** `extensions.cost` of every answer (README, "For partner apps"). */
export interface CostReport {
  requested: number;
  /** What the answer really cost (objects returned); absent when nothing ran. */
  actual?: number;
  /** null when RATE_LIMITS=off. */
  throttleStatus: ThrottleStatus | null;
}

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

/** The bucket a request draws from: its API token, its session, or its address when anonymous. */
export function bucketOf(ctx: RequestContext): { key: string; spec: BucketSpec } {
  const { buckets } = ctx.config.api;
  const viewer = ctx.viewer;
  if (viewer?.authMethod === 'api-token') return { key: `token:${viewer.credentialId}`, spec: buckets.token };
  if (viewer) return { key: `session:${viewer.credentialId}`, spec: buckets.session };
  return { key: `address:${ctx.http.ip}`, spec: buckets.anonymous };
}

/**
 * Query cost, rate limits, introspection and trusted documents, after the operation is known and
 * before it runs:
 * - introspection (`__schema`, `__type`) only for signed-in staff unless INTROSPECTION=public;
 * - with TRUSTED_DOCUMENTS=require, a cookie-authenticated request runs only the SPA's persisted
 *   operations (staff may still introspect); API tokens and anonymous calls send any query;
 * - a query over MAX_QUERY_COST (or over its bucket's size) is refused naming its cost;
 * - the requested cost is taken from the caller's leaky bucket (THROTTLED with a retry-after when
 *   it is not there); afterwards the bucket is charged what the answer really cost;
 * - every answer carries `extensions.cost`.
 */
export function apiLimitsPlugin(buckets: CostBuckets): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart: async (): Promise<GraphQLRequestListener<RequestContext>> => {
      let requested = 0;
      let taken = 0;
      let ran = false;
      let mutation = false;
      let throttleStatus: ThrottleStatus | null = null;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue: ctx }) {
          if (!operation) return; // Apollo refuses a document without the named operation itself
          const api = ctx.config.api;
          const viewer = ctx.viewer;
          if (introspects(document, operation) && api.introspection === 'staff' && !viewer?.isStaff) {
            throw new GraphQLError('Introspection is available to signed-in staff only.', {
              extensions: { code: 'FORBIDDEN', reason: 'INTROSPECTION_DISABLED', http: { status: 403 } },
            });
          }
          if (
            api.trustedDocuments === 'require' &&
            viewer?.authMethod === 'session' &&
            !ctx.http.trustedDocument &&
            !(viewer.isStaff && onlyIntrospection(document, operation))
          ) {
            throw new GraphQLError(
              'Signed-in browser sessions may run only the web app’s own operations; partner apps use an API token.',
              {
                extensions: { code: 'FORBIDDEN', reason: 'TRUSTED_DOCUMENT_REQUIRED', http: { status: 403 } },
              },
            );
          }
          mutation = operation.operation === 'mutation';
          requested = requestedCost(schema, document, operation, request.variables ?? {});
          const { key, spec } = bucketOf(ctx);
          const maximum = api.rateLimits ? Math.min(api.maxQueryCost, spec.size) : api.maxQueryCost;
          if (requested > maximum) throw costExceeded(requested, maximum);
          ran = true;
          if (!api.rateLimits) return;
          const state = await safely(() => buckets.take(key, requested, spec, ctx.runtime.rateClock()));
          if (!state) return;
          throttleStatus = {
            maximumAvailable: spec.size,
            currentlyAvailable: Math.floor(state.available),
            restoreRate: spec.restorePerSecond,
          };
          if (!state.allowed) {
            ran = false;
            const seconds = Math.max(1, Math.ceil(state.retryAfterMs / 1000));
            throw new GraphQLError(
              `Throttled: this query costs ${requested} points and ${Math.floor(state.available)} of ${spec.size} are available; ${spec.restorePerSecond} points are restored per second. Try again in ${seconds} s.`,
              {
                extensions: {
                  code: 'THROTTLED',
                  cost: requested,
                  retryAfterSeconds: seconds,
                  http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
                },
              },
            );
          }
          taken = requested;
        },
        async willSendResponse({ response, contextValue: ctx }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const report: CostReport = { requested, throttleStatus };
          if (ran) {
            const actual = actualCost(result.data, mutation);
            report.actual = actual;
            // The bucket ends up charged what the answer really cost: the unused part of the
            // estimate comes back, and an answer bigger than its estimate is charged the rest.
            if (throttleStatus && actual !== taken) {
              const { key, spec } = bucketOf(ctx);
              const now = ctx.runtime.rateClock();
              const state = await safely(() =>
                actual < taken
                  ? buckets.give(key, taken - actual, spec, now)
                  : buckets.charge(key, actual - taken, spec, now),
              );
              if (state) throttleStatus.currentlyAvailable = Math.max(0, Math.floor(state.available));
            }
          } else if (!throttleStatus && ctx.config.api.rateLimits) {
            const { key, spec } = bucketOf(ctx);
            const state = await safely(() => buckets.peek(key, spec, ctx.runtime.rateClock()));
            if (state)
              report.throttleStatus = {
                maximumAvailable: spec.size,
                currentlyAvailable: Math.floor(state.available),
                restoreRate: spec.restorePerSecond,
              };
          }
          result.extensions = { ...result.extensions, cost: report };
        },
      };
    },
  };
}

/** A bucket store that fails (Redis down) lets the request through, logged: limits are protection, not correctness. */
async function safely<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    console.error('[rate limits] bucket store unavailable; request not limited:', (error as Error).message);
    return null;
  }
}

/** The root fields of an operation, fragments and inline fragments expanded (each fragment once). */
function rootFieldNames(document: DocumentNode, operation: OperationDefinitionNode): Set<string> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions)
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = fragments.get(s.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return names;
}

/** `__schema` and `__type` exist only on the query root. */
function introspects(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  const names = rootFieldNames(document, operation);
  return names.has('__schema') || names.has('__type');
}

function onlyIntrospection(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    [...rootFieldNames(document, operation)].every((n) => n.startsWith('__'))
  );
}
