import { PasswordInput, TextInput, type PasswordInputProps, type TextInputProps } from '@mantine/core';
import type { Ref } from 'react';

export interface FormFieldProps extends Omit<TextInputProps, 'name' | 'error' | 'description'> {
  name: string;
  /** Default `field-<name>`. */
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A labelled Mantine input whose hint and error are announced with it (Mantine wires
 * aria-describedby and aria-invalid). `type="password"` uses PasswordInput.
 */
export function FormField({
  name,
  id = `field-${name}`,
  label,
  hint,
  error,
  type,
  ...input
}: FormFieldProps) {
  const common = {
    ...input,
    id,
    name,
    label,
    description: hint,
    error,
    mb: 'sm',
    withAsterisk: false,
  } as const;
  if (type === 'password') {
    // PasswordInput does not set aria-invalid on its input by itself.
    return <PasswordInput {...(common as PasswordInputProps)} aria-invalid={error ? true : undefined} />;
  }
  return <TextInput {...common} type={type} />;
}
