import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createCache } from '../apollo/client';
import type { ViewerSummary_viewer } from '../gql/types';
import { routes } from '../routes';

export interface RenderAppOptions {
  /** Where the app starts, e.g. "/sign-in" or { pathname, state }. */
  at: string | { pathname: string; state?: unknown };
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
}

/** Renders the real route tree in a memory router over Apollo's MockedProvider. */
export function renderApp({ at, mocks = [] }: RenderAppOptions) {
  const router = createMemoryRouter(routes, { initialEntries: [at] });
  const view = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return { ...view, router };
}

export const adaViewer: ViewerSummary_viewer = {
  __typename: 'Viewer',
  user: {
    __typename: 'User',
    id: 'VXNlcjox',
    name: 'Ada Lovelace',
    email: 'ada@acme.example',
    role: 'BUYER',
  },
  company: { __typename: 'Company', id: 'Q29tcGFueTox', name: 'Acme Foods' },
  permissions: ['ORDERS_READ_OWN', 'ORDERS_SUBMIT', 'PRICES_CONTRACT'],
};

/** The same viewer as the AppLayout query selects it (AppHeader_viewer). */
export const adaHeaderViewer = {
  __typename: 'Viewer' as const,
  user: {
    __typename: 'User' as const,
    id: adaViewer.user.id,
    name: adaViewer.user.name,
    email: adaViewer.user.email,
  },
  company: adaViewer.company,
};
