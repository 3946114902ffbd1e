import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';

export interface ConfirmButtonProps extends Omit<ButtonProps, 'onClick' | 'loading'> {
  children: ReactNode;
  /** The action; the button shows progress (and stays disabled) until the promise settles. */
  onConfirm: () => Promise<unknown> | unknown;
  /** When set, asks first in a modal with this title; otherwise acts on click. */
  confirmTitle?: string;
  confirmMessage?: ReactNode;
  confirmLabel?: string;
  /** Label while running, e.g. "Submitting…" (announced via aria-live). */
  pendingLabel?: string;
}

/** A button for long or destructive actions: optional confirmation, then progress indication. */
export function ConfirmButton({
  children,
  onConfirm,
  confirmTitle,
  confirmMessage,
  confirmLabel = 'Confirm',
  pendingLabel,
  ...button
}: ConfirmButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const [pending, setPending] = useState(false);

  async function run() {
    close();
    setPending(true);
    try {
      await onConfirm();
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <Button
        {...button}
        loading={pending}
        onClick={() => (confirmTitle ? open() : void run())}
        aria-live="polite"
      >
        {pending && pendingLabel ? pendingLabel : children}
      </Button>
      {confirmTitle && (
        <Modal opened={opened} onClose={close} title={confirmTitle} centered>
          {confirmMessage && <Text mb="md">{confirmMessage}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color={button.color} onClick={() => void run()}>
              {confirmLabel}
            </Button>
          </Group>
        </Modal>
      )}
    </>
  );
}
