import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UserErrorCode } from '@portal/domain';

export { UserErrorCode };

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

/** Refuses with every collected user error, if there is any (rolling back a surrounding transaction). */
export function refuseIfAny(errors: readonly UserError[]): void {
  if (errors.length) throw new UserErrorsException([...errors]);
}
