import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TemplateEditor_OrderTemplateFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-app';
import { SaveOrderTemplateDocument, TemplateEditor } from './template-edit-route';

const unit = (id: string, symbol: string, name: string) => ({
  __typename: 'UnitOfMeasure' as const,
  id,
  symbol,
  name,
});

const template: TemplateEditor_OrderTemplateFragment = {
  __typename: 'OrderTemplate',
  id: 'T1',
  name: 'Weekly gloves',
  shared: false,
  owner: { __typename: 'User', id: 'VXNlcjox', name: 'Ada Lovelace' },
  lines: [
    {
      __typename: 'OrderLineTemplate',
      quantity: '5',
      unit: unit('cs', 'cs', 'Case'),
      product: {
        __typename: 'Product',
        id: 'P1',
        sku: 'GLV-NIT-M',
        name: 'Nitrile gloves, M',
        baseUnit: unit('ea', 'ea', 'Each'),
        units: [
          { __typename: 'ProductUnit', factor: '1', isDefault: false, unit: unit('ea', 'ea', 'Each') },
          { __typename: 'ProductUnit', factor: '24', isDefault: true, unit: unit('cs', 'cs', 'Case') },
        ],
      },
    },
    {
      __typename: 'OrderLineTemplate',
      quantity: '2',
      unit: unit('ea', 'ea', 'Each'),
      product: {
        __typename: 'Product',
        id: 'P2',
        sku: 'SOLV-55',
        name: 'Solvent',
        baseUnit: unit('ea', 'ea', 'Each'),
        units: [{ __typename: 'ProductUnit', factor: '1', isDefault: true, unit: unit('ea', 'ea', 'Each') }],
      },
    },
  ],
};

describe('template editor', () => {
  it('shows the base quantity, removes a line and puts userErrors next to the line they name', async () => {
    renderWithProviders(<TemplateEditor template={template} />, {
      mocks: [
        {
          request: {
            query: SaveOrderTemplateDocument,
            variables: {
              input: {
                templateId: 'T1',
                name: 'Weekly gloves',
                shared: true,
                lines: [{ productId: 'P1', quantity: '0.5', unitId: 'cs' }],
              },
            },
          },
          result: {
            data: {
              saveOrderTemplate: {
                __typename: 'OrderTemplatePayload',
                template: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'lines', '0', 'quantity'],
                    message: 'Order whole cases.',
                    code: 'NOT_A_MULTIPLE',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByText('5 cs = 120 ea')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove SOLV-55' }));
    expect(screen.queryByText('SOLV-55')).toBeNull();
    const qty = screen.getByRole('textbox', { name: 'Quantity of GLV-NIT-M' });
    fireEvent.change(qty, { target: { value: '0.5' } });
    expect(await screen.findByText('0.5 cs = 12 ea')).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: /Shared with my company/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect(await screen.findByText('Order whole cases.')).toBeTruthy();
    expect(qty.getAttribute('aria-invalid')).toBe('true');
  });
});
