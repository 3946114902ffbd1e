import type { Permission } from '../roles';

/** The contract's business-rule error codes (`UserErrorCode`), plus the portal's additions at the end. */
export enum UserErrorCode {
  INVALID = 'INVALID',
  NOT_FOUND = 'NOT_FOUND',
  INVALID_STATE = 'INVALID_STATE',
  BELOW_MINIMUM_QUANTITY = 'BELOW_MINIMUM_QUANTITY',
  NOT_A_MULTIPLE = 'NOT_A_MULTIPLE',
  BELOW_MINIMUM_ORDER_VALUE = 'BELOW_MINIMUM_ORDER_VALUE',
  UNIT_NOT_ALLOWED = 'UNIT_NOT_ALLOWED',
  NOT_AVAILABLE = 'NOT_AVAILABLE',
  NOT_IN_CATALOG = 'NOT_IN_CATALOG',
  CREDIT_LIMIT_EXCEEDED = 'CREDIT_LIMIT_EXCEEDED',
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  BAD_CREDENTIALS = 'BAD_CREDENTIALS',
  EXPIRED = 'EXPIRED',
  PAYMENT_FAILED = 'PAYMENT_FAILED',
  /** Too many failed attempts (sign-in); try again later. */
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  /** The viewer's role may not do this to this record. */
  FORBIDDEN = 'FORBIDDEN',
}

/** Values of an issue for programs (decimals as plain strings), next to the message for people. */
export type OrderIssueDetails = Readonly<Record<string, string | readonly string[]>>;

/** One rule an order or order line breaks (the contract's OrderIssue, plus structured details). */
export interface OrderIssue {
  readonly code: UserErrorCode;
  /** For the buyer, naming the numbers and units: "SOLV-55: minimum 55 gal, this line has 40 gal". */
  readonly message: string;
  /** The line the issue is about (the caller's line id or index); absent for order-level issues. */
  readonly lineRef?: string;
  readonly details: OrderIssueDetails;
  /**
   * What a reader without `guard` reads instead, when the message or details name contract
   * figures (an order total, a credit limit): the same rule, without the amounts.
   */
  readonly redacted?: {
    readonly message: string;
    readonly details: OrderIssueDetails;
    readonly guard: Permission;
  };
}

/** The issue as a reader with `permissions` may read it. */
export function issueFor(issue: OrderIssue, permissions: readonly Permission[]): OrderIssue {
  const redacted = issue.redacted;
  if (!redacted || permissions.includes(redacted.guard)) return issue;
  const { code, lineRef } = issue;
  return lineRef === undefined
    ? { code, message: redacted.message, details: redacted.details }
    : { code, message: redacted.message, lineRef, details: redacted.details };
}
