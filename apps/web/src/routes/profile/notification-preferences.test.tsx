import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render-app';
import {
  NotificationPreferences,
  NotificationPreferencesDocument,
  SetCompanyStatementEmailDocument,
  UpdateNotificationPreferencesDocument,
} from './notification-preferences';

const CATEGORIES = ['ORDERS', 'APPROVALS', 'QUOTES', 'SHIPMENTS', 'INVOICES', 'STATEMENTS'] as const;

function preferencesResult(off: readonly string[], permissions: string[], statementEmail = false) {
  return {
    data: {
      notificationPreferences: CATEGORIES.map((category) => ({
        __typename: 'NotificationPreference',
        category,
        enabled: !off.includes(category),
      })),
      viewer: {
        __typename: 'Viewer',
        permissions,
        company: { __typename: 'Company', id: 'Q29tcGFueTox', statementEmail },
      },
    },
  };
}

describe('NotificationPreferences', () => {
  it('shows a switch per category and saves only the category switched', async () => {
    const saved = vi.fn(() => ({
      data: {
        updateNotificationPreferences: {
          __typename: 'UpdateNotificationPreferencesPayload',
          preferences: preferencesResult(['INVOICES'], []).data.notificationPreferences,
          userErrors: [],
        },
      },
    }));
    renderWithProviders(<NotificationPreferences />, {
      mocks: [
        {
          request: { query: NotificationPreferencesDocument },
          result: preferencesResult([], ['PROFILE_EDIT']),
        },
        {
          request: {
            query: UpdateNotificationPreferencesDocument,
            variables: { input: { preferences: [{ category: 'INVOICES', enabled: false }] } },
          },
          result: saved,
        },
        {
          request: { query: NotificationPreferencesDocument },
          result: preferencesResult(['INVOICES'], ['PROFILE_EDIT']),
        },
      ],
    });
    const invoices = await screen.findByRole('switch', { name: /^Invoices and reminders/ });
    expect((invoices as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole('switch')).toHaveLength(CATEGORIES.length);
    expect(screen.getByText('Invitations and password e-mails are always sent.')).toBeTruthy();
    // Not a portal admin: no company switch.
    expect(screen.queryByRole('switch', { name: /statement every night/ })).toBeNull();
    fireEvent.click(invoices);
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    await waitFor(() =>
      expect(
        (screen.getByRole('switch', { name: /^Invoices and reminders/ }) as HTMLInputElement).checked,
      ).toBe(false),
    );
    expect((screen.getByRole('switch', { name: /^Orders/ }) as HTMLInputElement).checked).toBe(true);
  });

  it("shows the server's refusal and lets a portal admin turn on the company's statement e-mail", async () => {
    const statement = vi.fn(() => ({
      data: {
        setCompanyStatementEmail: {
          __typename: 'CompanyPayload',
          company: { __typename: 'Company', id: 'Q29tcGFueTox', statementEmail: true },
          userErrors: [],
        },
      },
    }));
    renderWithProviders(<NotificationPreferences />, {
      mocks: [
        {
          request: { query: NotificationPreferencesDocument },
          result: preferencesResult([], ['USERS_MANAGE']),
        },
        {
          request: {
            query: UpdateNotificationPreferencesDocument,
            variables: { input: { preferences: [{ category: 'ORDERS', enabled: false }] } },
          },
          result: {
            data: {
              updateNotificationPreferences: {
                __typename: 'UpdateNotificationPreferencesPayload',
                preferences: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: null,
                    message: 'ORDERS is named twice.',
                    code: 'INVALID',
                  },
                ],
              },
            },
          },
        },
        {
          request: { query: NotificationPreferencesDocument },
          result: preferencesResult([], ['USERS_MANAGE']),
        },
        {
          request: { query: SetCompanyStatementEmailDocument, variables: { input: { enabled: true } } },
          result: statement,
        },
      ],
    });
    fireEvent.click(await screen.findByRole('switch', { name: /^Orders/ }));
    expect(await screen.findByText('ORDERS is named twice.')).toBeTruthy();
    const company = await screen.findByRole('switch', { name: /statement every night/ });
    await waitFor(() => expect((company as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(company);
    await waitFor(() => expect(statement).toHaveBeenCalledTimes(1));
    await waitFor(() =>
      expect(
        (screen.getByRole('switch', { name: /statement every night/ }) as HTMLInputElement).checked,
      ).toBe(true),
    );
  });
});
