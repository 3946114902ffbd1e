import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render-app';
import { CreateWebhookDialog, CreateWebhookSubscriptionDocument } from './create-webhook-dialog';

const EVENT_TYPES = ['order.confirmed', 'order.approval_needed', 'invoice.issued'];
const URL = 'https://partner.example/hooks/portal';

function payload(fields: { secret?: string | null; userErrors?: unknown[] }) {
  return {
    data: {
      createWebhookSubscription: {
        __typename: 'WebhookSubscriptionPayload',
        secret: fields.secret ?? null,
        subscription: fields.secret
          ? { __typename: 'WebhookSubscription', id: 'V2ViaG9va1N1YnNjcmlwdGlvbjox', url: URL }
          : null,
        userErrors: fields.userErrors ?? [],
      },
    },
  };
}

async function fill(url: string, types: string[]) {
  fireEvent.click(await screen.findByRole('button', { name: 'Add a webhook' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add a webhook' });
  fireEvent.change(within(dialog).getByLabelText(/^URL/), { target: { value: url } });
  for (const type of types) fireEvent.click(within(dialog).getByRole('checkbox', { name: type }));
  fireEvent.click(within(dialog).getByRole('button', { name: 'Add webhook' }));
  return dialog;
}

describe('CreateWebhookDialog', () => {
  it('offers the event types the API lists, and asks for a URL and a type before calling the server', async () => {
    const result = vi.fn(() => payload({}));
    renderWithProviders(<CreateWebhookDialog eventTypes={EVENT_TYPES} onCreated={() => undefined} />, {
      mocks: [{ request: { query: CreateWebhookSubscriptionDocument, variables: () => true }, result }],
    });
    const dialog = await fill('', []);
    expect(
      within(dialog)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('value')),
    ).toEqual(EVENT_TYPES);
    expect(await within(dialog).findByText('Enter the https URL your app receives events at.')).toBeTruthy();
    expect(within(dialog).getByText('Choose at least one event type.')).toBeTruthy();
    expect(result).not.toHaveBeenCalled();
  });

  it("shows the server's userErrors next to the field they name (an event type's next to the types)", async () => {
    renderWithProviders(<CreateWebhookDialog eventTypes={EVENT_TYPES} onCreated={() => undefined} />, {
      mocks: [
        {
          request: {
            query: CreateWebhookSubscriptionDocument,
            variables: { input: { url: 'http://partner.example/hooks', eventTypes: ['invoice.issued'] } },
          },
          result: payload({
            userErrors: [
              {
                __typename: 'UserError',
                field: ['input', 'url'],
                message: 'Webhook URLs must use https (http only for localhost outside production).',
                code: 'INVALID',
              },
              {
                __typename: 'UserError',
                field: ['input', 'eventTypes', '0'],
                message: 'Unknown event type "invoice.issued".',
                code: 'INVALID',
              },
            ],
          }),
        },
      ],
    });
    const dialog = await fill('http://partner.example/hooks', ['invoice.issued']);
    const urlError = await within(dialog).findByText(/must use https/);
    const url = within(dialog).getByLabelText(/^URL/);
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(url.getAttribute('aria-describedby')).toContain(urlError.id);
    expect(within(dialog).getByText('Unknown event type "invoice.issued".')).toBeTruthy();
    // Nothing was lost: the values stay for the correction.
    expect((url as HTMLInputElement).value).toBe('http://partner.example/hooks');
    expect(within(dialog).queryByTestId('webhook-secret')).toBeNull();
  });

  it('shows the signing secret once after creating, with a copy button, and never again', async () => {
    const onCreated = vi.fn();
    renderWithProviders(<CreateWebhookDialog eventTypes={EVENT_TYPES} onCreated={onCreated} />, {
      mocks: [
        {
          request: {
            query: CreateWebhookSubscriptionDocument,
            variables: { input: { url: URL, eventTypes: ['order.confirmed', 'invoice.issued'] } },
          },
          result: payload({ secret: 'whsec_s3cr3t' }),
        },
      ],
    });
    // Ticked out of order: sent in the API's order.
    const dialog = await fill(`  ${URL} `, ['invoice.issued', 'order.confirmed']);
    expect((await within(dialog).findByTestId('webhook-secret')).textContent).toBe('whsec_s3cr3t');
    expect(within(dialog).getByText("Copy it now: you won't see it again.")).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Copy the secret' })).toBeTruthy();
    expect(onCreated).toHaveBeenCalledTimes(1);

    fireEvent.click(within(dialog).getByRole('button', { name: 'I have copied it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add a webhook' }));
    const again = await screen.findByRole('dialog', { name: 'Add a webhook' });
    expect(within(again).queryByTestId('webhook-secret')).toBeNull();
    expect(screen.queryByText('whsec_s3cr3t')).toBeNull();
    expect((within(again).getByLabelText(/^URL/) as HTMLInputElement).value).toBe('');
  });
});
