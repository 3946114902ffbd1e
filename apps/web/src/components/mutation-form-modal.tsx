import { Button, Group, Modal, Stack, type ButtonProps, type ModalProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { notifySuccess } from '../lib/notify';
import {
  useMutationForm,
  type MutationForm,
  type MutationFormConfig,
  type FormValues,
  type MutationPayload,
} from './use-mutation-form';
import { UserErrorsAlert } from './user-errors-alert';
import type { UserErrorFields } from './user-errors';

/** The button that opens the dialog (when the dialog is not opened by its parent). */
export interface OpenButtonProps extends Omit<ButtonProps, 'children'> {
  label: ReactNode;
  'aria-label'?: string;
}

/** After a success: a notification to show (then the dialog closes), or stay open to show `outcome`. */
export type SuccessResult = string | { stayOpen: true } | void;

export interface MutationFormModalProps<V extends FormValues, P extends MutationPayload> extends Omit<
  MutationFormConfig<V, P>,
  'onSuccess' | 'onUserErrors'
> {
  title: string;
  /** The submit button's label (it may depend on the values, e.g. "Pay $1,060.85"). */
  submitLabel: ReactNode | ((values: V) => ReactNode);
  submitColor?: string;
  /** "Cancel" unless told (the order page says "Back"). */
  cancelLabel?: string;
  size?: ModalProps['size'];
  /** Renders a button that opens the dialog; otherwise the parent passes `opened` and `onClose`. */
  button?: OpenButtonProps;
  opened?: boolean;
  onClose?: () => void;
  /** userErrors that mean more than messages (e.g. close and say so elsewhere): true when handled. */
  onUserErrors?: (userErrors: readonly UserErrorFields[], close: () => void) => boolean;
  /** A payload without userErrors: refresh what needs it, and say what happened. */
  onSuccess: (payload: P, values: V) => SuccessResult;
  /** Shown instead of the form, e.g. what to do next after a success that stays open. */
  outcome?: ReactNode;
  /** The fields (and any text around them), given the form's state. */
  children: (form: MutationForm<V>) => ReactNode;
}

/**
 * A dialog with a form that calls one mutation: the title, the fields, and the submit and cancel
 * buttons; client checks and the server's userErrors next to their fields (the first invalid field
 * gets the focus), the rest on top; busy while it runs (it cannot be clicked away then); on
 * success a notification, and the dialog closes. Every opening starts from `initialValues`.
 */
export function MutationFormModal<V extends FormValues, P extends MutationPayload>({
  title,
  submitLabel,
  submitColor,
  cancelLabel = 'Cancel',
  size,
  button,
  opened: openedByParent,
  onClose,
  onUserErrors,
  onSuccess,
  outcome,
  children,
  ...config
}: MutationFormModalProps<V, P>) {
  const [openedHere, setOpenedHere] = useState(false);
  const opened = openedByParent ?? openedHere;
  const close = () => {
    setOpenedHere(false);
    onClose?.();
  };
  const form = useMutationForm({
    ...config,
    onUserErrors: onUserErrors && ((userErrors) => onUserErrors(userErrors, close)),
    onSuccess: (payload, values) => {
      const result = onSuccess(payload, values);
      if (typeof result === 'object') return;
      if (result) notifySuccess(result);
      close();
    },
  });
  // Each opening starts afresh (adjusting state while rendering, not in an effect).
  const [shownOpened, setShownOpened] = useState(false);
  if (opened !== shownOpened) {
    setShownOpened(opened);
    if (opened) form.reset();
  }
  const { label: buttonLabel, ...buttonProps } = button ?? { label: null };

  return (
    <>
      {button && (
        <Button {...buttonProps} onClick={() => setOpenedHere(true)}>
          {buttonLabel}
        </Button>
      )}
      <Modal
        opened={opened}
        onClose={close}
        title={title}
        size={size}
        centered
        closeOnClickOutside={!form.busy}
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {outcome ?? (
          <form onSubmit={(e) => void form.submit(e)} noValidate aria-busy={form.busy || undefined}>
            <Stack gap="sm">
              <UserErrorsAlert errors={form.errors.form} />
              {children(form)}
              <Group justify="flex-end">
                <Button variant="default" onClick={close} disabled={form.busy}>
                  {cancelLabel}
                </Button>
                <Button type="submit" loading={form.busy} color={submitColor}>
                  {typeof submitLabel === 'function' ? submitLabel(form.values) : submitLabel}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
