import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { QuoteEditor_RfqFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-app';
import {
  catalogQuoteLine,
  initialQuoteDraft,
  quoteLineTotal,
  quoteSubtotal,
  toSendQuoteInput,
} from './quote-form';
import { QuoteContractPriceDocument, QuoteEditor, SendQuoteDocument } from './quote-editor-route';

if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}

const rfq: QuoteEditor_RfqFragment = {
  __typename: 'Rfq',
  id: 'UmZxOjE=',
  status: 'SUBMITTED',
  company: { __typename: 'Company', id: 'c1', name: 'Globex', currencyCode: 'USD' },
  lines: [
    {
      __typename: 'RfqLine',
      id: 'r1',
      description: '',
      quantity: '110',
      unit: { __typename: 'UnitOfMeasure', id: 'u1', symbol: 'gal' },
      product: { __typename: 'Product', id: 'p1', sku: 'SOLV-5' },
      targetUnitPrice: { __typename: 'Money', amount: '3.00', currencyCode: 'USD' },
    },
    {
      __typename: 'RfqLine',
      id: 'r2',
      description: 'Custom-printed cup sleeves',
      quantity: '5000',
      unit: null,
      product: null,
      targetUnitPrice: null,
    },
  ],
  quotation: null,
};

describe('quote lines', () => {
  it('starts from the RFQ with target prices and totals exactly', () => {
    const draft = initialQuoteDraft(rfq);
    const [, freeText] = draft.lines;
    if (!freeText) throw new Error('the RFQ has two lines');
    expect(draft.lines.map((l) => [l.productId, l.quantity, l.unitPrice])).toEqual([
      ['p1', '110', '3.00'],
      [null, '5000', ''],
    ]);
    expect(quoteLineTotal({ ...freeText, unitPrice: '0.11' }, 'USD')).toEqual({
      amount: '550.00',
      currencyCode: 'USD',
    });
    // 0.1 + 0.2 in floats is 0.30000000000000004; decimals keep it exact.
    expect(
      quoteSubtotal(
        [
          { ...freeText, quantity: '1', unitPrice: '0.1' },
          { ...freeText, quantity: '1', unitPrice: '0.2' },
        ],
        'USD',
      ),
    ).toEqual({ amount: '0.30', currencyCode: 'USD' });
    // Line totals are rounded to the currency before they are added: JPY has no decimals.
    expect(quoteLineTotal({ ...freeText, quantity: '3', unitPrice: '0.5' }, 'JPY')).toEqual({
      amount: '2',
      currencyCode: 'JPY',
    });
    expect(quoteSubtotal([{ ...freeText, unitPrice: '' }], 'USD')).toBeNull();
  });
});

describe('free-text units', () => {
  it('quotes a free-text RFQ line in the unit the buyer asked for', () => {
    const napkins = {
      __typename: 'RfqLine' as const,
      id: 'r3',
      description: 'Printed napkins',
      quantity: '40',
      unit: { __typename: 'UnitOfMeasure' as const, id: 'u-cs', symbol: 'cs' },
      product: null,
      targetUnitPrice: null,
    };
    const draft = initialQuoteDraft({ ...rfq, lines: [napkins] });
    expect(draft.lines[0]).toMatchObject({ productId: null, unitId: 'u-cs', unitSymbol: 'cs' });
    expect(
      toSendQuoteInput('R1', { ...draft, lines: draft.lines.map((l) => ({ ...l, unitPrice: '12.00' })) })
        .lines,
    ).toEqual([
      {
        productId: undefined,
        description: 'Printed napkins',
        quantity: '40',
        unitId: 'u-cs',
        unitPrice: '12.00',
      },
    ]);
  });
});

describe('lines added in the editor', () => {
  it('sends a picked product in its default unit, with no price until staff enter one', () => {
    const line = catalogQuoteLine({
      id: 'p2',
      sku: 'CUP-12',
      name: '12 oz cups',
      unitId: 'cs',
      unitSymbol: 'cs',
    });
    expect(line).toMatchObject({
      productId: 'p2',
      sku: 'CUP-12',
      productName: '12 oz cups',
      quantity: '1',
      unitPrice: '',
    });
    expect(
      toSendQuoteInput('R1', { validUntil: '', message: '', lines: [{ ...line, unitPrice: '10.00' }] }).lines,
    ).toEqual([{ productId: 'p2', description: '', quantity: '1', unitId: 'cs', unitPrice: '10.00' }]);
  });
});

describe('QuoteEditor', () => {
  it('sends the quote and shows a price error next to its line', async () => {
    renderWithProviders(<QuoteEditor rfq={rfq} />, {
      viewer: {
        __typename: 'Viewer',
        user: {
          __typename: 'User',
          id: 's1',
          name: 'Sam Sales',
          email: 'sales@seller.example',
          role: 'SALES',
        },
        company: null,
        permissions: ['QUOTES_MANAGE'],
      },
      mocks: [
        {
          request: {
            query: SendQuoteDocument,
            variables: {
              input: {
                rfqId: 'UmZxOjE=',
                validUntil: '2026-12-10',
                message: undefined,
                lines: [
                  { productId: 'p1', description: '', quantity: '110', unitId: 'u1', unitPrice: '3.40' },
                  {
                    productId: undefined,
                    description: 'Custom-printed cup sleeves',
                    quantity: '5000',
                    unitId: undefined,
                    unitPrice: '0.11',
                  },
                ],
              },
            },
          },
          result: {
            data: {
              sendQuote: {
                __typename: 'OrderPayload',
                order: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'lines', '0', 'unitPrice'],
                    message: 'Below the floor price.',
                    code: 'INVALID',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Send quote' }));
    expect(await screen.findByText('Enter the unit price, e.g. 12.50.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Line 1 unit price'), { target: { value: '3.40' } });
    fireEvent.change(screen.getByLabelText('Line 2 unit price'), { target: { value: '0.11' } });
    fireEvent.change(screen.getByLabelText(/Valid until/), { target: { value: '2026-12-10' } });
    expect(screen.getByTestId('quote-subtotal').textContent).toBe('$924.00');
    fireEvent.click(screen.getByRole('button', { name: 'Send quote' }));
    expect(await screen.findByText('Below the floor price.')).toBeTruthy();
    expect(screen.getByLabelText('Line 1 unit price').getAttribute('aria-invalid')).toBe('true');
  });

  it('removes a line, adds a free-text one, and shows the contract price beside the quoted one', async () => {
    const usd = (amount: string) => ({ __typename: 'Money' as const, amount, currencyCode: 'USD' });
    const contract = (productId: string, quantity: string, unitId: string, amount: string) => ({
      request: {
        query: QuoteContractPriceDocument,
        variables: { rfqId: 'UmZxOjE=', productId, quantity, unitId },
      },
      result: {
        data: {
          rfq: {
            __typename: 'Rfq',
            id: 'UmZxOjE=',
            contractPrice: {
              __typename: 'PriceSimulation',
              inCatalog: true,
              unitPrice: usd(amount),
              explanation: 'Contract price',
            },
          },
        },
      },
    });
    const sent: unknown[] = [];
    renderWithProviders(<QuoteEditor rfq={rfq} units={[{ id: 'u9', symbol: 'cs', name: 'Case' }]} />, {
      viewer: {
        __typename: 'Viewer',
        user: {
          __typename: 'User',
          id: 's1',
          name: 'Sam Sales',
          email: 'sales@seller.example',
          role: 'SALES',
        },
        company: null,
        permissions: ['QUOTES_MANAGE'],
      },
      mocks: [
        contract('p1', '110', 'u1', '3.52'),
        {
          request: {
            query: SendQuoteDocument,
            variables: (vars: Record<string, unknown>) => {
              sent.push(vars.input);
              return true;
            },
          },
          result: { data: { sendQuote: { __typename: 'OrderPayload', order: null, userErrors: [] } } },
        },
      ],
    });
    expect((await screen.findByLabelText('Line 1 contract price', {}, { timeout: 3000 })).textContent).toBe(
      '—',
    );
    await screen.findByText('$3.52');
    expect(screen.getByLabelText('Line 1 contract price').textContent).toBe('$3.52');

    fireEvent.click(screen.getByRole('button', { name: 'Remove line 2' }));
    expect(screen.queryByLabelText('Line 2 description')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add free-text line' }));
    fireEvent.change(screen.getByLabelText('Line 2 description'), { target: { value: 'Sleeves' } });
    // A free-text line takes a unit; a catalog line keeps its product's.
    expect(screen.queryAllByLabelText('Line 1 unit')).toHaveLength(0);
    const unitPicker = screen.getAllByLabelText('Line 2 unit').find((el) => el.tagName === 'INPUT');
    if (!unitPicker) throw new Error('no unit picker on the free-text line');
    fireEvent.click(unitPicker);
    fireEvent.click(await screen.findByRole('option', { name: 'Case (cs)', hidden: true }));

    expect(screen.getByRole('combobox', { name: 'Add a catalog product' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Line 1 unit price'), { target: { value: '3.40' } });
    fireEvent.change(screen.getByLabelText('Line 2 unit price'), { target: { value: '0.11' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send quote' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      lines: [
        { productId: 'p1', quantity: '110', unitId: 'u1', unitPrice: '3.40' },
        { productId: undefined, description: 'Sleeves', quantity: '1', unitId: 'u9', unitPrice: '0.11' },
      ],
    });
  }, 20_000);
});
