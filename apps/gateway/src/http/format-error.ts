import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { BadInputError, ForbiddenError } from '../common/request-errors';
import { isBusyDatabase } from '../db/transactions';

/** Apollo's codes for requests that are malformed; the contract reports them as BAD_USER_INPUT. */
const MALFORMED = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);
const KNOWN = new Set([
  'UNAUTHENTICATED',
  'THROTTLED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Malformed requests become BAD_USER_INPUT (keeping Apollo's code as `reason`); a write the
 * database gave up on (a lock wait timeout, a conflict lost after every retry) becomes BUSY, to
 * be tried again; unexpected faults become a plain INTERNAL_SERVER_ERROR with no internals, and
 * are logged.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof BadInputError || original instanceof ForbiddenError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code },
    };
  }
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (MALFORMED.has(code)) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT', reason: code } };
  }
  if (KNOWN.has(code)) return { ...formatted, extensions: { code, ...kept(formatted.extensions) } };
  if (isBusyDatabase(original)) {
    console.warn('[graphql] database busy', formatted.path?.join('.') ?? '', String(original));
    return {
      message: 'The database was too busy to finish this change; nothing was changed. Please try again.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BUSY', retryAfterSeconds: 1 },
    };
  }
  console.error('[graphql] internal error', formatted.path?.join('.') ?? '', original);
  return {
    message: 'Something went wrong on our side; nothing was changed. Please try again.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Extensions a client may act on: why (reason), the cost and its maximum, when to retry. */
const KEPT_EXTENSIONS = ['reason', 'cost', 'maximumCost', 'retryAfterSeconds'] as const;

function kept(extensions: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KEPT_EXTENSIONS) if (extensions?.[key] !== undefined) out[key] = extensions[key];
  return out;
}
