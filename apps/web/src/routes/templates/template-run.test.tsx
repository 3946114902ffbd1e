import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { adaLayoutViewer, renderWithProviders } from '../../test/render-app';
import { OrderFromTemplateDocument, TemplateEstimateDocument, TemplateRunButtons } from './template-run';

const usd = (amount: string) => ({ __typename: 'Money' as const, amount, currencyCode: 'USD' });
const unit = (symbol: string) => ({ __typename: 'UnitOfMeasure' as const, id: `U-${symbol}`, symbol });

function estimateMock(
  withPrices: boolean,
  issues: { code: string; message: string }[] = [],
): MockLink.MockedResponse {
  const prices = <T extends object>(fields: T) => (withPrices ? fields : {});
  return {
    request: { query: TemplateEstimateDocument, variables: { id: 'T1', withPrices } },
    result: {
      data: {
        node: {
          __typename: 'OrderTemplate',
          id: 'T1',
          estimate: {
            __typename: 'OrderEstimate',
            lines: [
              {
                __typename: 'OrderEstimateLine',
                product: { __typename: 'Product', id: 'P1', sku: 'CUP-12', name: '12 oz cups' },
                quantity: '5',
                unit: unit('cs'),
                ...prices({ unitPrice: usd('10.56'), lineTotal: usd('52.80') }),
                issues: [],
              },
              {
                __typename: 'OrderEstimateLine',
                product: { __typename: 'Product', id: 'P2', sku: 'DEGR-1', name: 'Degreaser' },
                quantity: '50',
                unit: unit('ea'),
                ...prices({ unitPrice: usd('5.70'), lineTotal: usd('285.00') }),
                issues: issues.map((i) => ({ __typename: 'OrderIssue', ...i })),
              },
            ],
            ...prices({
              subtotal: usd('337.80'),
              adjustmentTotal: usd('0.00'),
              taxTotal: usd('27.87'),
              total: usd('365.67'),
            }),
            issues: [],
          },
        },
      },
    },
  };
}

describe('template "Place order"', () => {
  it('confirms with the lines and the server-priced total before placing', async () => {
    const sent: unknown[] = [];
    renderWithProviders(<TemplateRunButtons templateId="T1" templateName="Weekly" />, {
      mocks: [
        estimateMock(true),
        {
          request: {
            query: OrderFromTemplateDocument,
            variables: (vars: Record<string, unknown>) => {
              sent.push(vars.input);
              return true;
            },
          },
          result: {
            data: {
              orderFromTemplate: {
                __typename: 'OrderPayload',
                order: { __typename: 'Order', id: 'O1', number: 'SO-1001', status: 'SALES_ORDER' },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Place order from Weekly' }));
    const dialog = await screen.findByRole('dialog', { name: 'Place order from Weekly?' });
    const lines = await within(dialog).findByRole('table', { name: 'Lines to order' });
    const rows = within(lines)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'SKUProductQuantityUnit priceLine total',
      'CUP-1212 oz cups5 cs$10.56$52.80',
      'DEGR-1Degreaser50 ea$5.70$285.00',
    ]);
    const total = within(dialog).getByRole('table', { name: 'Order total' });
    expect(
      within(total)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['Subtotal$337.80', 'Tax$27.87', 'Total$365.67']);
    expect(sent).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Place order' }));
    expect(await screen.findByText('SO-1001')).toBeTruthy();
    expect(sent[0]).toMatchObject({ templateId: 'T1', submit: true });
    expect(String((sent[0] as { idempotencyKey: string }).idempotencyKey)).toMatch(/^[0-9a-f]{8}-/);
  });

  it('shows a requisitioner the lines without prices, and blocks placing while a line has an issue', async () => {
    renderWithProviders(<TemplateRunButtons templateId="T1" templateName="Weekly" />, {
      viewer: { ...adaLayoutViewer, permissions: ['ORDERS_READ_OWN', 'ORDERS_SUBMIT'] },
      mocks: [
        estimateMock(false, [
          { code: 'BELOW_MINIMUM_QUANTITY', message: 'DEGR-1: minimum 60 ea, this line has 50 ea' },
        ]),
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Place order from Weekly' }));
    const dialog = await screen.findByRole('dialog');
    const lines = await within(dialog).findByRole('table', { name: 'Lines to order' });
    expect(
      within(lines)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['SKUProductQuantity', 'CUP-1212 oz cups5 cs', 'DEGR-1Degreaser50 ea']);
    expect(within(dialog).queryByRole('table', { name: 'Order total' })).toBeNull();
    expect(within(dialog).getByText('DEGR-1: minimum 60 ea, this line has 50 ea')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Place order' }).hasAttribute('disabled')).toBe(true);
  });
});
