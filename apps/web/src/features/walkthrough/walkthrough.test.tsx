import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { adaLayoutViewer, renderWithProviders } from '../../test/render-app';
import { Walkthrough } from './walkthrough';
import { openWalkthrough, walkthroughKey } from './walkthrough-store';

describe('Walkthrough', () => {
  beforeEach(() => {
    window.localStorage.clear(); // also drops the test harness's skip flag
  });

  it('opens on first sign-in, remembers dismissal and reopens on request', async () => {
    renderWithProviders(<Walkthrough />);
    expect(await screen.findByRole('dialog', { name: 'Welcome to the buyer portal' })).toBeTruthy();
    expect(screen.getByText('1. Place an order')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Skip the tour' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(window.localStorage.getItem(walkthroughKey(adaLayoutViewer.user.id))).toBe('1');

    openWalkthrough();
    expect(await screen.findByRole('dialog', { name: 'Welcome to the buyer portal' })).toBeTruthy();
  });

  it('shows only the steps the viewer may use', async () => {
    // Ada: ORDERS_READ_OWN, ORDERS_SUBMIT, PRICES_CONTRACT: no invoices, no RFQs.
    renderWithProviders(<Walkthrough />);
    await screen.findByRole('dialog');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('2. Check an order’s status')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Finish' })).toBeTruthy();
    expect(screen.queryByText(/Download an invoice/)).toBeNull();
  });
});
