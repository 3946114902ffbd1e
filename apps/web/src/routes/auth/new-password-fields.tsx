import { FormField } from '../../components/form-field';

interface NewPasswordFieldsProps {
  label: string;
  password: string;
  confirmation: string;
  onPasswordChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  errors: { password?: string; passwordConfirmation?: string };
}

/** A new password typed twice (invitation and reset); the server checks its strength. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  return (
    <>
      <FormField
        name="password"
        label={props.label}
        type="password"
        autoComplete="new-password"
        required
        value={props.password}
        onChange={(e) => props.onPasswordChange(e.target.value)}
        error={props.errors.password}
      />
      <FormField
        name="passwordConfirmation"
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        required
        value={props.confirmation}
        onChange={(e) => props.onConfirmationChange(e.target.value)}
        error={props.errors.passwordConfirmation}
      />
    </>
  );
}

/** What is wrong with a new password before it is sent (missing, or the two do not match). */
export function newPasswordProblems(
  password: string,
  confirmation: string,
): { password?: string; passwordConfirmation?: string } {
  if (!password) return { password: 'Choose a password.' };
  if (confirmation !== password) return { passwordConfirmation: 'The passwords do not match.' };
  return {};
}
