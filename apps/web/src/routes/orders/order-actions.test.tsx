import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OrderActions_OrderFragment } from '../../gql/graphql';
import { adaLayoutViewer, renderWithProviders } from '../../test/render-app';
import { OrderActions } from './order-actions';
import { SaveOrderAsTemplateDocument } from './save-as-template-dialog';

const base: OrderActions_OrderFragment = {
  __typename: 'Order',
  id: 'O1',
  number: 'SO-000042',
  status: 'DELIVERED',
  availableActions: [],
  issues: [],
  lines: [{ __typename: 'OrderLine', id: 'L1', sku: 'GLV-NIT-M', description: 'Nitrile gloves' }],
};

describe('order actions', () => {
  it('shows only the actions the API offers', async () => {
    renderWithProviders(
      <OrderActions
        order={{ ...base, availableActions: ['REORDER', 'SAVE_AS_TEMPLATE', 'REPORT_ISSUE'] }}
        onErrors={() => {}}
      />,
    );
    expect(await screen.findByRole('button', { name: 'Reorder' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save as template' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Report an issue' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel order' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Confirm receipt' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('names a requisitioner’s submit “Send for approval”', async () => {
    renderWithProviders(
      <OrderActions order={{ ...base, status: 'DRAFT', availableActions: ['SUBMIT'] }} onErrors={() => {}} />,
      {
        viewer: { ...adaLayoutViewer, permissions: ['ORDERS_READ_OWN', 'ORDERS_DRAFT', 'PRICES_CATALOG'] },
      },
    );
    expect(await screen.findByRole('button', { name: 'Send for approval' })).toBeTruthy();
  });

  it('shows a template name error next to the field', async () => {
    renderWithProviders(
      <OrderActions order={{ ...base, availableActions: ['SAVE_AS_TEMPLATE'] }} onErrors={() => {}} />,
      {
        mocks: [
          {
            request: {
              query: SaveOrderAsTemplateDocument,
              variables: { input: { fromOrderId: 'O1', name: 'Weekly', shared: true } },
            },
            result: {
              data: {
                saveOrderTemplate: {
                  __typename: 'OrderTemplatePayload',
                  template: null,
                  userErrors: [
                    {
                      __typename: 'UserError',
                      field: ['input', 'name'],
                      message: 'You already have a template with this name.',
                      code: 'ALREADY_EXISTS',
                    },
                  ],
                },
              },
            },
          },
        ],
      },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Save as template' }));
    fireEvent.change(await screen.findByRole('textbox', { name: /Template name/ }), {
      target: { value: 'Weekly' },
    });
    fireEvent.click(screen.getByRole('switch', { name: /Share with my company/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    const error = await screen.findByText('You already have a template with this name.');
    const input = screen.getByRole('textbox', { name: /Template name/ });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
  });
});
