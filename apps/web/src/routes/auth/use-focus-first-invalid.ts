import { useEffect, useRef } from 'react';

/**
 * After a failed attempt, takes keyboard and screen-reader users to the first field to fix:
 * attach the returned ref to the form; `errors` changes with each attempt.
 */
export function useFocusFirstInvalid(errors: unknown) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }, [errors]);
  return formRef;
}
