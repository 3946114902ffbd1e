import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render-app';
import { formatMoneyText, Money } from './money';

describe('Money', () => {
  it('formats decimal strings exactly, rounding half-up to the currency', () => {
    expect(formatMoneyText({ amount: '1234.5', currencyCode: 'USD' })).toBe('$1,234.50');
    expect(formatMoneyText({ amount: '0.125', currencyCode: 'USD' })).toBe('$0.13');
    expect(formatMoneyText({ amount: '-3.5', currencyCode: 'EUR' })).toBe('-€3.50');
    expect(formatMoneyText({ amount: '12345678901234567.89', currencyCode: 'USD' })).toBe(
      '$12,345,678,901,234,567.89',
    );
    expect(formatMoneyText({ amount: '1200', currencyCode: 'JPY' })).toBe('¥1,200');
  });

  it('shows a placeholder for a hidden price', async () => {
    renderWithProviders(<Money money={null} placeholder="Price on request" />);
    expect(await screen.findByText('Price on request')).toBeTruthy();
  });
});
