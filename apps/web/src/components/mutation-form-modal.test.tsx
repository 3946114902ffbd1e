import { Switch, TextInput } from '@mantine/core';
import { CombinedGraphQLErrors } from '@apollo/client';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render-app';
import { MutationFormModal } from './mutation-form-modal';
import type { UserErrorFields } from './user-errors';

interface Payload {
  userErrors: UserErrorFields[];
  saved?: string;
}

function RenameDialog({
  mutate,
  onUserErrors,
}: {
  mutate: (values: { name: string; shared: boolean }) => Promise<Payload | null>;
  onUserErrors?: (errors: readonly UserErrorFields[], close: () => void) => boolean;
}) {
  return (
    <MutationFormModal
      button={{ label: 'Rename', 'aria-label': 'Rename the list' }}
      title="Rename the list"
      submitLabel={(values) => (values.shared ? 'Rename for everyone' : 'Rename')}
      fields={['name', 'shared'] as const}
      initialValues={() => ({ name: 'Weekly', shared: false })}
      validate={(values) => ({ name: values.name.trim() ? null : 'Enter a name.' })}
      mutate={mutate}
      onUserErrors={onUserErrors}
      onSuccess={(payload) => `Renamed to ${payload.saved}.`}
    >
      {(form) => (
        <>
          <TextInput label="Name" {...form.field('name')} />
          <Switch label="Share" {...form.checkbox('shared')} />
        </>
      )}
    </MutationFormModal>
  );
}

async function open() {
  fireEvent.click(await screen.findByRole('button', { name: 'Rename the list' }));
  return screen.findByRole('dialog', { name: 'Rename the list' });
}

describe('MutationFormModal', () => {
  it('checks in the browser first and focuses the first invalid field', async () => {
    const mutate = vi.fn();
    renderWithProviders(<RenameDialog mutate={mutate} />);
    await open();
    const name = screen.getByLabelText('Name');
    expect((name as HTMLInputElement).value).toBe('Weekly');
    fireEvent.change(name, { target: { value: ' ' } });
    const submit = screen.getByRole('button', { name: 'Rename' });
    submit.focus(); // as a real click would
    fireEvent.click(submit);
    expect(await screen.findByText('Enter a name.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(mutate).not.toHaveBeenCalled();
  });

  it('puts userErrors next to their field and the rest on top; the label follows the values', async () => {
    const mutate = vi.fn(() =>
      Promise.resolve({
        userErrors: [
          { field: ['input', 'name'], message: 'Taken.', code: 'ALREADY_EXISTS' as const },
          { field: null, message: 'Try again later.', code: 'INVALID' as const },
        ],
      }),
    );
    renderWithProviders(<RenameDialog mutate={mutate} />);
    await open();
    fireEvent.click(screen.getByRole('switch', { name: 'Share' }));
    const submit = screen.getByRole('button', { name: 'Rename for everyone' });
    submit.focus();
    fireEvent.click(submit);
    const error = await screen.findByText('Taken.');
    expect(screen.getByText('Try again later.')).toBeTruthy();
    const name = screen.getByLabelText('Name');
    expect(name.getAttribute('aria-describedby')).toContain(error.id);
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(mutate).toHaveBeenCalledWith({ name: 'Weekly', shared: true });
  });

  it('is busy while the mutation runs, then notifies, closes and starts afresh', async () => {
    let answer: (payload: Payload) => void = () => {};
    const mutate = vi.fn(() => new Promise<Payload>((resolve) => (answer = resolve)));
    renderWithProviders(<RenameDialog mutate={mutate} />);
    const dialog = await open();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Monthly' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(dialog.querySelector('form')?.getAttribute('aria-busy')).toBe('true'));
    expect(screen.getByRole('button', { name: 'Cancel' }).hasAttribute('disabled')).toBe(true);
    answer({ userErrors: [], saved: 'Monthly' });
    expect(await screen.findByText('Renamed to Monthly.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Rename the list' })).toBeNull());
    await open();
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Weekly');
  });

  it('says so when the server fails, and lets a dialog handle special userErrors itself', async () => {
    const failing = vi.fn(() => Promise.reject(new CombinedGraphQLErrors({ errors: [{ message: 'boom' }] })));
    const { unmount } = renderWithProviders(<RenameDialog mutate={failing} />);
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(await screen.findByText('Something went wrong on our side. Please try again.')).toBeTruthy();
    unmount();

    const conflict = vi.fn(() =>
      Promise.resolve({
        userErrors: [{ field: null, message: 'Too late.', code: 'INVALID_STATE' as const }],
      }),
    );
    const handled: string[] = [];
    renderWithProviders(
      <RenameDialog
        mutate={conflict}
        onUserErrors={(errors, close) => {
          handled.push(errors[0]!.message);
          close();
          return true;
        }}
      />,
    );
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Rename the list' })).toBeNull());
    expect(handled).toEqual(['Too late.']);
    expect(screen.queryByText('Too late.')).toBeNull();
  });
});
