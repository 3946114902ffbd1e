import { UserErrorsException, type UserError } from '../../common/user-error';

/** A mutation's answer: its result fields, and the user errors that refused it. */
export type Payload<T extends object> = T & { userErrors: UserError[] };

/**
 * The one shape of a mutation body. `work` checks its input and writes (usually inside one
 * `ctx.transaction`); a refusal anywhere in it — `failWith`, `InputChecks.throwIfAny`, also from
 * inside the transaction, which it rolls back — becomes the payload's userErrors, with every
 * result field as in `whenRefused`. Anything else is unexpected and thrown. A result may carry
 * user errors of its own (a card decline that was recorded: the payment and the error).
 */
export async function mutationPayload<T extends object>(
  whenRefused: NoInfer<T>,
  work: () => Promise<T>,
): Promise<Payload<T>> {
  try {
    return { userErrors: [], ...(await work()) };
  } catch (e) {
    if (e instanceof UserErrorsException) return { ...whenRefused, userErrors: e.userErrors };
    throw e;
  }
}

/** mutationPayload for the common payload of one result field: `{ [key]: value, userErrors }`. */
export function payload<K extends string, V>(
  key: K,
  work: () => Promise<V>,
): Promise<Payload<Record<K, V | null>>> {
  const refused = { [key]: null } as Record<K, V | null>;
  return mutationPayload(refused, async () => ({ [key]: await work() }) as Record<K, V | null>);
}

/** Runs a check that may refuse (failWith) outside a mutation body: the user errors, or null. */
export function refusalOf(check: () => void): UserError[] | null {
  try {
    check();
    return null;
  } catch (e) {
    if (e instanceof UserErrorsException) return e.userErrors;
    throw e;
  }
}
