import { useState } from 'react';
import { notifySuccess } from '../lib/notify';
import type { MutationPayload } from './use-mutation-form';
import { unexpectedErrorMessage } from './user-errors';

export interface MutationAction {
  /** The messages of the last run that failed (empty when reported elsewhere). */
  errors: string[];
  /**
   * Runs a mutation from a button: its userErrors (or an unexpected failure) become messages;
   * on success `success` may return a notification. Resolves to whether it succeeded.
   */
  run: <P extends MutationPayload>(
    mutate: () => Promise<P | null | undefined>,
    success: (payload: P) => string | void,
  ) => Promise<boolean>;
}

/**
 * A one-click mutation (a button, maybe behind ConfirmButton's question): messages of a failure
 * are kept here for a `UserErrorsAlert`, or handed to `report` (e.g. shown above the page).
 */
export function useMutationAction(report?: (messages: string[]) => void): MutationAction {
  const [errors, setErrors] = useState<string[]>([]);
  const show = report ?? setErrors;

  async function run<P extends MutationPayload>(
    mutate: () => Promise<P | null | undefined>,
    success: (payload: P) => string | void,
  ): Promise<boolean> {
    show([]);
    try {
      const payload = await mutate();
      if (!payload) throw new Error('The mutation returned no payload.');
      if (payload.userErrors.length > 0) {
        show(payload.userErrors.map((e) => e.message));
        return false;
      }
      const message = success(payload);
      if (message) notifySuccess(message);
      return true;
    } catch (error) {
      show([unexpectedErrorMessage(error)]);
      return false;
    }
  }

  return { errors, run };
}
