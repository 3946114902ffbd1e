import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render-app';
import { InviteUserDialog, InviteUserDocument } from './invite-user-dialog';

async function fill(email: string, name: string) {
  fireEvent.click(await screen.findByRole('button', { name: 'Invite a user' }));
  fireEvent.change(await screen.findByLabelText('E-mail'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Name'), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
}

describe('InviteUserDialog', () => {
  it('shows the userErrors next to the field they name', async () => {
    renderWithProviders(<InviteUserDialog />, {
      mocks: [
        {
          request: {
            query: InviteUserDocument,
            variables: { input: { email: 'buyer@acme.example', name: 'Dup', role: 'BUYER' } },
          },
          result: {
            data: {
              inviteUser: {
                __typename: 'UserPayload',
                user: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'email'],
                    message: 'A user with this e-mail address already exists.',
                    code: 'ALREADY_EXISTS',
                  },
                  { __typename: 'UserError', field: null, message: 'Try again later.', code: 'INVALID' },
                ],
              },
            },
          },
        },
      ],
    });
    await fill('buyer@acme.example', 'Dup');
    const error = await screen.findByText('A user with this e-mail address already exists.');
    const email = screen.getByLabelText('E-mail');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain(error.id);
    expect(screen.getByText('Try again later.')).toBeTruthy();
  });

  it('asks for the e-mail and name before calling the server', async () => {
    const result = vi.fn(() => ({ data: {} }));
    renderWithProviders(<InviteUserDialog />, {
      mocks: [{ request: { query: InviteUserDocument, variables: () => true }, result }],
    });
    await fill('', '');
    expect(await screen.findByText('Enter the e-mail address.')).toBeTruthy();
    expect(screen.getByText('Enter the name.')).toBeTruthy();
    expect(result).not.toHaveBeenCalled();
  });

  it('invites with the chosen role and reports success', async () => {
    const onInvited = vi.fn();
    renderWithProviders(<InviteUserDialog onInvited={onInvited} />, {
      mocks: [
        {
          request: {
            query: InviteUserDocument,
            variables: { input: { email: 'nora@acme.example', name: 'Nora', role: 'BUYER' } },
          },
          result: {
            data: {
              inviteUser: {
                __typename: 'UserPayload',
                user: {
                  __typename: 'User',
                  id: 'VXNlcjo5',
                  name: 'Nora',
                  email: 'nora@acme.example',
                  role: 'BUYER',
                  status: 'INVITED',
                  lastLoginAt: null,
                },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await fill('nora@acme.example', 'Nora');
    expect(await screen.findByText('Invitation sent to nora@acme.example.')).toBeTruthy();
    expect(onInvited).toHaveBeenCalled();
  });
});
