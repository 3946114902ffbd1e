import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { visibleNavLinks } from '../routes/nav-links';
import { adaLayoutViewer, renderWithProviders } from '../test/render-app';
import { RequirePermission } from './require-permission';

describe('RequirePermission', () => {
  it('shows the page when the viewer has one of the permissions', async () => {
    renderWithProviders(
      <RequirePermission anyOf={['ORDERS_APPROVE', 'ORDERS_SUBMIT']}>
        <p>Checkout</p>
      </RequirePermission>,
    );
    expect(await screen.findByText('Checkout')).toBeTruthy();
  });

  it('shows "not available" otherwise, or the fallback', async () => {
    renderWithProviders(
      <>
        <RequirePermission anyOf="USERS_MANAGE">
          <p>Users</p>
        </RequirePermission>
        <RequirePermission anyOf="INVOICES_PAY" fallback={null}>
          <button>Pay</button>
        </RequirePermission>
      </>,
    );
    expect(await screen.findByRole('heading', { name: 'Not available' })).toBeTruthy();
    expect(screen.queryByText('Users')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pay' })).toBeNull();
  });

  it('keeps staff pages from customers', async () => {
    renderWithProviders(
      <RequirePermission anyOf="ORDERS_SUBMIT" staff>
        <p>Phone order</p>
      </RequirePermission>,
      { viewer: adaLayoutViewer },
    );
    expect(await screen.findByRole('heading', { name: 'Not available' })).toBeTruthy();
  });
});

describe('visibleNavLinks', () => {
  it('gives staff the back office and no customer-only links', () => {
    const granted = new Set([
      'ORDERS_READ_COMPANY',
      'ORDERS_SUBMIT',
      'QUOTES_MANAGE',
      'METRICS_READ',
      'PRICES_CATALOG',
    ]);
    const labels = visibleNavLinks((ps) => ps.some((p) => granted.has(p)), true).map((l) => l.label);
    expect(labels).toEqual(['Catalog', 'Orders', 'RFQ inbox', 'Phone order', 'Adoption']);
  });

  it('links webhooks for those who may manage them (USERS_MANAGE), and the outbox for CUSTOMERS_MANAGE staff', () => {
    const links = (granted: string[], isStaff: boolean) =>
      visibleNavLinks((ps) => ps.some((p) => granted.includes(p)), isStaff)
        .filter((l) => l.label === 'Webhooks' || l.label === 'Outbox')
        .map((l) => l.to);
    expect(links(['USERS_MANAGE'], false)).toEqual(['/users/webhooks']);
    expect(links(['ORDERS_SUBMIT', 'PRICES_CONTRACT'], false)).toEqual([]);
    expect(links(['USERS_MANAGE', 'CUSTOMERS_MANAGE'], true)).toEqual(['/staff/webhooks', '/staff/outbox']);
    expect(links(['CUSTOMERS_MANAGE'], true)).toEqual(['/staff/outbox']);
  });
});
