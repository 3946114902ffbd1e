import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adaLayoutViewer, appLayoutMock, renderApp } from '../../test/render-app';
import { CompanyUsersDocument } from './users-route';

const user = (id: string, name: string, role: string, status: string) => ({
  __typename: 'User' as const,
  id,
  name,
  email: `${name.split(' ')[0]?.toLowerCase()}@acme.example`,
  role,
  status,
  lastLoginAt: null,
});

describe('company users', () => {
  it('lists users with role and status; nobody is offered to change or disable themselves', async () => {
    renderApp({
      at: '/users',
      mocks: [
        appLayoutMock({
          ...adaLayoutViewer,
          user: { ...adaLayoutViewer.user, role: 'PORTAL_ADMIN' },
          permissions: ['USERS_MANAGE', 'PROFILE_EDIT'],
        }),
        {
          request: { query: CompanyUsersDocument },
          result: {
            data: {
              viewer: {
                __typename: 'Viewer',
                user: { __typename: 'User', id: adaLayoutViewer.user.id },
                company: {
                  __typename: 'Company',
                  id: 'Q29tcGFueTox',
                  name: 'Acme Foods',
                  users: [
                    user(adaLayoutViewer.user.id, 'Ada Lovelace', 'PORTAL_ADMIN', 'ACTIVE'),
                    user('VXNlcjoy', 'Ben Carter', 'BUYER', 'ACTIVE'),
                    user('VXNlcjoz', 'Dora Disabled', 'VIEWER', 'DISABLED'),
                  ],
                },
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Company users' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Disable Ben Carter' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enable Dora Disabled' })).toBeTruthy();
    expect(screen.getAllByLabelText('Role of Ben Carter').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Disable Ada Lovelace' })).toBeNull();
    expect(screen.queryByLabelText('Role of Ada Lovelace')).toBeNull();
    expect(screen.getByRole('cell', { name: 'Portal administrator' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Invite a user' })).toBeTruthy();
  });
});
