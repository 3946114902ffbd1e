/*
 * Errors a service raises for a request it cannot answer, without knowing about GraphQL; the
 * API layer (http/format-error.ts) turns them into the contract's error codes.
 */

/** The request's arguments are malformed or out of range: BAD_USER_INPUT. */
export class BadInputError extends Error {
  readonly code = 'BAD_USER_INPUT';
}

/** The viewer may not read or do this: FORBIDDEN. */
export class ForbiddenError extends Error {
  readonly code = 'FORBIDDEN';
}
