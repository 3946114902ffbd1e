import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render-app';
import { newLine, toSubmitRfqInput, validateRfq } from './rfq-form';
import { RfqForm, SubmitRfqDocument } from './rfq-new-route';

// jsdom has no document.fonts, which Mantine's autosize Textarea listens to.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}

const units = [{ __typename: 'UnitOfMeasure' as const, id: 'VW5pdDox', symbol: 'ea', name: 'Each' }];

function textLine(description: string, quantity: string, targetUnitPrice = '') {
  return { ...newLine('text'), description, quantity, targetUnitPrice };
}

describe('RFQ form rules', () => {
  it('sends the unit chosen for a free-text line', () => {
    const input = toSubmitRfqInput({
      title: 'Napkins',
      neededBy: '',
      notes: '',
      lines: [{ ...textLine('Printed napkins', '40'), unitId: 'VW5pdDoy' }],
    });
    expect(input.lines[0]).toMatchObject({
      productId: undefined,
      description: 'Printed napkins',
      unitId: 'VW5pdDoy',
    });
  });

  it('needs a title, a product or description, and a positive quantity', () => {
    const errors = validateRfq({
      title: ' ',
      neededBy: '',
      notes: '',
      lines: [newLine('catalog'), textLine('', '0'), textLine('Sleeves', '5000', '0,11')],
    });
    expect(errors).toEqual({
      title: 'Give the request a title.',
      'lines.0.productId': 'Choose a product.',
      'lines.0.quantity': 'Enter a quantity greater than 0.',
      'lines.1.description': 'Describe the item.',
      'lines.1.quantity': 'Enter a quantity greater than 0.',
      'lines.2.targetUnitPrice': 'Enter a price like 12.50, or leave it empty.',
    });
  });

  it('keeps decimals as strings and leaves empty optional fields out', () => {
    const input = toSubmitRfqInput({
      title: ' Cups ',
      neededBy: '2026-12-20',
      notes: '',
      lines: [textLine('Custom-printed cup sleeves', '5000.50', '0.115')],
    });
    expect(input).toEqual({
      title: 'Cups',
      neededBy: '2026-12-20',
      notes: undefined,
      lines: [
        {
          productId: undefined,
          description: 'Custom-printed cup sleeves',
          quantity: '5000.50',
          unitId: undefined,
          targetUnitPrice: '0.115',
        },
      ],
    });
  });
});

describe('RfqForm', () => {
  it('shows local errors next to the fields without sending', async () => {
    renderWithProviders(<RfqForm units={units} currencyCode="USD" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Send request' }));
    const title = await screen.findByLabelText(/^Title/);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(await screen.findByText('Give the request a title.')).toBeTruthy();
    expect(await screen.findByText('Choose a product.')).toBeTruthy();
  });

  it('shows the server’s userErrors next to the line they name', async () => {
    const input = {
      title: 'Sleeves',
      neededBy: undefined,
      notes: undefined,
      lines: [
        {
          productId: undefined,
          description: 'Printed sleeves',
          quantity: '5000',
          unitId: undefined,
          targetUnitPrice: undefined,
        },
      ],
    };
    renderWithProviders(<RfqForm units={units} currencyCode="USD" />, {
      mocks: [
        {
          request: { query: SubmitRfqDocument, variables: { input } },
          result: {
            data: {
              submitRfq: {
                __typename: 'RfqPayload',
                rfq: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'lines', '0', 'quantity'],
                    message: 'At most 1,000 for a free-text item.',
                    code: 'INVALID',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Add other item' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove line 1' }));
    fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: 'Sleeves' } });
    const line = screen.getByRole('group', { name: 'Line 1' });
    fireEvent.change(within(line).getByLabelText('Line 1 description'), {
      target: { value: 'Printed sleeves' },
    });
    fireEvent.change(within(line).getByLabelText('Line 1 quantity'), { target: { value: '5000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText('At most 1,000 for a free-text item.')).toBeTruthy();
    expect(within(line).getByLabelText('Line 1 quantity').getAttribute('aria-invalid')).toBe('true');
  });
});
