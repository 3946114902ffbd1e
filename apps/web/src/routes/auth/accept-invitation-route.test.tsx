import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { adaHeaderViewer, adaViewer, renderApp, appLayoutMock } from '../../test/render-app';
import { AcceptInvitationDocument } from './accept-invitation-route';

function fill(name: string, password: string, confirmation: string) {
  fireEvent.change(screen.getByLabelText('Your name'), { target: { value: name } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('Confirm password'), { target: { value: confirmation } });
  fireEvent.click(screen.getByRole('button', { name: 'Accept invitation' }));
}

describe('accept invitation', () => {
  it('refuses mismatched passwords without calling the server', async () => {
    const result = vi.fn(() => ({
      data: { acceptInvitation: { __typename: 'LoginPayload', viewer: adaViewer, userErrors: [] } },
    }));
    renderApp({
      at: '/invitation/tok-123',
      mocks: [{ request: { query: AcceptInvitationDocument, variables: () => true }, result }],
    });

    fill('Ada Lovelace', 'correct horse', 'correct hose');

    const error = await screen.findByText('The passwords do not match.');
    const confirmation = screen.getByLabelText('Confirm password');
    expect(confirmation.getAttribute('aria-describedby')).toBe(error.id);
    expect(document.activeElement).toBe(confirmation);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result).not.toHaveBeenCalled();
  });

  it('accepts the invitation with the token from the address and signs the user in', async () => {
    const { router } = renderApp({
      at: '/invitation/tok-123',
      mocks: [
        {
          request: {
            query: AcceptInvitationDocument,
            variables: { input: { token: 'tok-123', name: 'Ada Lovelace', password: 'correct horse' } },
          },
          result: {
            data: { acceptInvitation: { __typename: 'LoginPayload', viewer: adaViewer, userErrors: [] } },
          },
        },
        appLayoutMock(adaHeaderViewer),
      ],
    });

    fill('Ada Lovelace', 'correct horse', 'correct horse');

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
  });

  it('shows an expired invitation on top of the form', async () => {
    renderApp({
      at: '/invitation/old',
      mocks: [
        {
          request: {
            query: AcceptInvitationDocument,
            variables: { input: { token: 'old', name: 'Ada Lovelace', password: 'correct horse' } },
          },
          result: {
            data: {
              acceptInvitation: {
                __typename: 'LoginPayload',
                viewer: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'token'],
                    message: 'This invitation has expired',
                    code: 'EXPIRED',
                  },
                ],
              },
            },
          },
        },
      ],
    });

    fill('Ada Lovelace', 'correct horse', 'correct horse');

    const message = await screen.findByText('This invitation has expired');
    expect(message.closest('[role="alert"]')).toBeTruthy();
    expect(screen.getByLabelText('Your name').getAttribute('aria-invalid')).toBeNull();
  });
});
