/**
 * Parts of the public contract (contract/portal.graphql) not implemented yet, by the issue that
 * brings them. The contract test fails on any breaking change not listed here, AND on any entry
 * listed here that is no longer missing, so this list only ever shrinks. Keys: a type name, or
 * `Type.field`.
 */
export const STILL_TO_COME: Record<string, readonly string[]> = {};
