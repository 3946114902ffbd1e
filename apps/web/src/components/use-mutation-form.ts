import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { splitUserErrors, unexpectedErrorMessage, type UserErrorFields } from './user-errors';

/** What a form holds: text, choices, switches and lists of ids, by field name. */
export type FormValues = Record<string, unknown>;

/** A message per field; empty entries (null, undefined, "") mean the field is fine. */
export type FieldErrors = Partial<Record<string, string | null | undefined>>;

/** Every mutation payload selects `userErrors { ...UserErrors_userError }`. */
export interface MutationPayload {
  readonly userErrors: readonly UserErrorFields[];
}

export interface MutationFormConfig<V extends FormValues, P extends MutationPayload> {
  /** The values of a fresh form (called again on reset). */
  initialValues: () => V;
  /**
   * The fields userErrors may name (their path without "input", e.g. "lines.0.quantity"), in
   * the order they appear: the first one with an error gets the focus. Others go on top.
   */
  fields: readonly string[];
  /** What the browser can check before calling the server. */
  validate?: (values: V) => FieldErrors;
  /** Calls the mutation; resolves to its payload (nothing means "unexpected"). */
  mutate: (values: V) => Promise<P | null | undefined>;
  /** userErrors that mean more than messages on the form: return true when handled. */
  onUserErrors?: (userErrors: readonly UserErrorFields[]) => boolean;
  /** A payload without userErrors. */
  onSuccess: (payload: P, values: V) => void;
}

export interface MutationFormErrors {
  /** Messages next to their field. */
  fields: Partial<Record<string, string>>;
  /** Messages for the whole form (shown on top). */
  form: string[];
}

/** Props for an input whose value is `V[K]` (TextInput, Textarea, NativeSelect, Select, Checkbox.Group). */
export interface FieldProps<T> {
  id: string;
  name: string;
  value: T;
  onChange: (eventOrValue: unknown) => void;
  error: string | undefined;
}

/** Props for a Switch or Checkbox. */
export interface CheckboxProps {
  id: string;
  name: string;
  checked: boolean;
  onChange: (event: unknown) => void;
  error: string | undefined;
}

export interface MutationForm<V extends FormValues> {
  values: V;
  setValue: <K extends keyof V & string>(name: K, value: V[K]) => void;
  /** Spread into an input: `<TextInput label="Name" {...form.field('name')} />`. */
  field: <K extends keyof V & string>(name: K) => FieldProps<V[K]>;
  /** Spread into a Switch or Checkbox. */
  checkbox: <K extends keyof V & string>(name: K) => CheckboxProps;
  /** The id the input of a field gets (for aria-describedby or a label's htmlFor). */
  inputId: (name: string) => string;
  errors: MutationFormErrors;
  /** True while the mutation runs. */
  busy: boolean;
  submit: (event?: FormEvent) => Promise<void>;
  reset: () => void;
}

const NO_ERRORS: MutationFormErrors = { fields: {}, form: [] };

/** A change event's value (checked for a checkbox), or the value a Mantine input hands over. */
function valueOf(eventOrValue: unknown): unknown {
  if (typeof eventOrValue === 'object' && eventOrValue !== null && 'currentTarget' in eventOrValue) {
    const target = (eventOrValue as { currentTarget: HTMLInputElement }).currentTarget;
    return target.type === 'checkbox' ? target.checked : target.value;
  }
  return eventOrValue;
}

function withoutEmpty(errors: FieldErrors): Partial<Record<string, string>> {
  const result: Partial<Record<string, string>> = {};
  for (const [name, message] of Object.entries(errors)) if (message) result[name] = message;
  return result;
}

/**
 * The state of a form that calls one mutation: values, client checks, userErrors next to their
 * field (`splitUserErrors`), the focus on the first invalid field, and the busy flag.
 */
export function useMutationForm<V extends FormValues, P extends MutationPayload>(
  config: MutationFormConfig<V, P>,
): MutationForm<V> {
  const { initialValues, fields, validate, mutate, onUserErrors, onSuccess } = config;
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const baseId = useId();
  const focusNext = useRef<string | null>(null);
  const inputId = (name: string) => `${baseId}-${name}`;

  // After errors are shown, the first invalid field gets the focus.
  useEffect(() => {
    const name = focusNext.current;
    focusNext.current = null;
    if (name) document.getElementById(`${baseId}-${name}`)?.focus();
  }, [errors, baseId]);

  function show(next: MutationFormErrors) {
    const invalid = Object.keys(next.fields);
    focusNext.current = fields.find((name) => invalid.includes(name)) ?? invalid[0] ?? null;
    setErrors(next);
  }

  function setValue<K extends keyof V & string>(name: K, value: V[K]) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    const invalid = withoutEmpty(validate?.(values) ?? {});
    if (Object.keys(invalid).length > 0) {
      show({ fields: invalid, form: [] });
      return;
    }
    setErrors(NO_ERRORS);
    setBusy(true);
    try {
      const payload = await mutate(values);
      if (!payload) throw new Error('The mutation returned no payload.');
      if (payload.userErrors.length > 0) {
        if (!onUserErrors?.(payload.userErrors)) show(splitUserErrors(payload.userErrors, fields));
        return;
      }
      onSuccess(payload, values);
    } catch (error) {
      show({ fields: {}, form: [unexpectedErrorMessage(error)] });
    } finally {
      setBusy(false);
    }
  }

  return {
    values,
    setValue,
    field: (name) => ({
      id: inputId(name),
      name,
      value: values[name],
      onChange: (eventOrValue) => setValue(name, valueOf(eventOrValue) as V[typeof name]),
      error: errors.fields[name],
    }),
    checkbox: (name) => ({
      id: inputId(name),
      name,
      checked: values[name] === true,
      onChange: (event) => setValue(name, valueOf(event) as V[typeof name]),
      error: errors.fields[name],
    }),
    inputId,
    errors,
    busy,
    submit,
    reset: () => {
      setValues(initialValues());
      setErrors(NO_ERRORS);
    },
  };
}
