import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LogoutDocument } from '../../components/sign-out-button';
import { adaHeaderViewer, adaViewer, renderApp, appLayoutMock } from '../../test/render-app';
import { HomeDocument } from './home-route';

describe('home', () => {
  it('shows only the navigation the viewer may use', async () => {
    renderApp({
      at: '/',
      mocks: [
        appLayoutMock(adaHeaderViewer),
        { request: { query: HomeDocument }, result: { data: { viewer: adaViewer } } },
      ],
    });

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    const links = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    // ORDERS_READ_OWN, ORDERS_SUBMIT, PRICES_CONTRACT: no approvals, invoices, users or staff links.
    expect(links).toEqual(['Home', 'Catalog', 'Quick order', 'Cart', 'Orders', 'Templates']);
    expect(within(nav).getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBe('page');
  });

  it('redirects to sign-in when there is no viewer', async () => {
    const { router } = renderApp({
      at: '/',
      mocks: [appLayoutMock(null)],
    });

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.state).toEqual({ from: '/' });
  });

  it('shows the viewer, their company and what they may do, and signs out', async () => {
    const { router } = renderApp({
      at: '/',
      mocks: [
        appLayoutMock(adaHeaderViewer),
        { request: { query: HomeDocument }, result: { data: { viewer: adaViewer } } },
        {
          request: { query: LogoutDocument },
          result: { data: { logout: { __typename: 'LogoutPayload', ok: true } } },
        },
      ],
    });

    const account = await screen.findByRole('region', { name: 'Your account' });
    expect(within(account).getByText('Ada Lovelace')).toBeTruthy();
    expect(within(account).getByText('See your own orders')).toBeTruthy();
    expect(within(account).getByText('See contract prices')).toBeTruthy();
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Buyer Portal')).toBeTruthy();
    expect(within(header).getByText('Acme Foods')).toBeTruthy();

    fireEvent.click(within(header).getByRole('button', { name: /account menu/ }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/sign-in');
  });
});
