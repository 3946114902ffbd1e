import { CombinedGraphQLErrors } from '@apollo/client';
import { graphql } from '../gql';
import type { UserErrorCode } from '../gql/graphql';

/** What every mutation selects of its payload's userErrors: `userErrors { ...UserErrors_userError }`. */
export const UserErrors_UserErrorFragmentDoc = graphql(`
  fragment UserErrors_userError on UserError {
    field
    message
    code
  }
`);

/** A userError as `UserErrors_userError` selects it (tests may leave out `__typename`). */
export interface UserErrorFields {
  field?: readonly string[] | null;
  message: string;
  code: UserErrorCode;
}

export interface SplitUserErrors<F extends string> {
  /** Errors that name no field of this form (field is null, or names something not shown). */
  form: string[];
  /** The first message for each field of the form, keyed by the form's field name. */
  fields: Partial<Record<F, string>>;
}

/**
 * Sorts a payload's userErrors onto the form: `["input", "email"]` goes next to the `email`
 * field, `["input", "lines", "2", "quantity"]` next to `lines.2.quantity`; the rest on top.
 * Works with Mantine's useForm too: `form.setErrors(split.fields)`.
 */
export function splitUserErrors<F extends string>(
  errors: readonly UserErrorFields[],
  formFields: readonly F[],
): SplitUserErrors<F> {
  const result: SplitUserErrors<F> = { form: [], fields: {} };
  for (const error of errors) {
    const path = error.field?.[0] === 'input' ? error.field.slice(1) : (error.field ?? []);
    const name = path.join('.') as F;
    if (path.length > 0 && formFields.includes(name)) {
      result.fields[name] ??= error.message;
    } else {
      result.form.push(error.message);
    }
  }
  return result;
}

/**
 * The user errors of a payload that produced nothing, split like `splitUserErrors`; when the
 * server gave no reason at all, one form-level "unexpected" message, so the form never fails silently.
 */
export function splitPayloadErrors<F extends string>(
  errors: readonly UserErrorFields[] | null | undefined,
  formFields: readonly F[],
): SplitUserErrors<F> {
  const split = splitUserErrors(errors ?? [], formFields);
  return split.form.length || Object.keys(split.fields).length
    ? split
    : { form: [unexpectedErrorMessage(null)], fields: {} };
}

/** What to say when a mutation failed for a reason the form cannot fix. */
export function unexpectedErrorMessage(error: unknown): string {
  return CombinedGraphQLErrors.is(error)
    ? 'Something went wrong on our side. Please try again.'
    : 'Could not reach the portal. Check your connection and try again.';
}
