import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Business-rule failure codes, as in the contract (extensions are additive). */
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
  /** Too many failed attempts; try again later. */
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  /** The viewer's role may not do this. */
  FORBIDDEN = 'FORBIDDEN',
}
registerEnumType(UserErrorCode, { name: 'UserErrorCode' });

@ObjectType({ description: 'A business-rule failure of a mutation, naming the input field it concerns.' })
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description: 'Path to the offending input field, e.g. ["input", "lines", "2", "quantity"]',
  })
  field: string[] | null;

  @Field(() => String)
  message: string;

  @Field(() => UserErrorCode)
  code: UserErrorCode;
}

export function userError(code: UserErrorCode, message: string, field: string[] | null = null): UserError {
  return Object.assign(new UserError(), { code, message, field });
}

/** Thrown inside a service transaction to roll it back and report user errors as the payload. */
export class UserErrorsException extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => e.message).join('; '));
  }
}

export function failWith(code: UserErrorCode, message: string, field: string[] | null = null): never {
  throw new UserErrorsException([userError(code, message, field)]);
}
