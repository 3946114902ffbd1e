import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adaHeaderViewer, adaViewer, renderApp, appLayoutMock } from '../../test/render-app';
import { LoginDocument } from './sign-in-route';

function fillAndSubmit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

const input = { email: 'ada@acme.example', password: 'wrong horse' };

describe('sign-in', () => {
  it('shows a BAD_CREDENTIALS error on top of the form and keeps the typed e-mail', async () => {
    renderApp({
      at: '/sign-in',
      mocks: [
        {
          request: { query: LoginDocument, variables: { input } },
          result: {
            data: {
              login: {
                __typename: 'LoginPayload',
                viewer: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: null,
                    message: 'E-mail or password is wrong',
                    code: 'BAD_CREDENTIALS',
                  },
                ],
              },
            },
          },
        },
      ],
    });

    fillAndSubmit(input.email, input.password);

    const form = screen.getByRole('button', { name: /sign/i }).closest('form')!;
    expect(await within(form).findByText('E-mail or password is wrong')).toBeTruthy();
    expect(within(form).getByRole('alert').textContent).toBe('E-mail or password is wrong');
    expect((screen.getByLabelText('E-mail') as HTMLInputElement).value).toBe('ada@acme.example');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('shows an error that names a field next to that field', async () => {
    renderApp({
      at: '/sign-in',
      mocks: [
        {
          request: { query: LoginDocument, variables: { input } },
          result: {
            data: {
              login: {
                __typename: 'LoginPayload',
                viewer: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'email'],
                    message: 'This account is disabled',
                    code: 'INVALID',
                  },
                ],
              },
            },
          },
        },
      ],
    });

    fillAndSubmit(input.email, input.password);

    const error = await screen.findByText('This account is disabled');
    const email = screen.getByLabelText('E-mail');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe(error.id);
  });

  it('asks for missing fields without calling the server', async () => {
    renderApp({ at: '/sign-in' });

    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter your e-mail address.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('E-mail'));
  });

  it('signs in, goes home and shows the viewer', async () => {
    const { router } = renderApp({
      at: '/sign-in',
      mocks: [
        {
          request: {
            query: LoginDocument,
            variables: { input: { email: 'ada@acme.example', password: 'correct horse' } },
          },
          result: { data: { login: { __typename: 'LoginPayload', viewer: adaViewer, userErrors: [] } } },
        },
        appLayoutMock(adaHeaderViewer),
      ],
    });

    fillAndSubmit('ada@acme.example', 'correct horse');

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
    const account = screen.getByRole('region', { name: 'Your account' });
    expect(within(account).getByText('ada@acme.example')).toBeTruthy();
    expect(within(account).getByText('Buyer')).toBeTruthy();
    expect(within(account).getByText('Acme Foods')).toBeTruthy();
    expect(within(account).getByText('Place orders')).toBeTruthy();
  });

  it('says why when the session expired', async () => {
    renderApp({ at: { pathname: '/sign-in', state: { notice: 'session-expired', from: '/orders' } } });

    expect((await screen.findByRole('status')).textContent).toMatch(/session expired/i);
  });
});
