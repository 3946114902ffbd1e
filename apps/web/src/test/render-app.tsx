import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { createCache } from '../apollo/client';
import type { AppLayoutQuery, ViewerSummary_ViewerFragment } from '../gql/graphql';
import { routes } from '../routes';
import { AppProviders } from '../theme/app-providers';
import { ViewerProvider } from '../viewer/viewer-context';

export interface RenderAppOptions {
  /** Where the app starts, e.g. "/sign-in" or { pathname, state }. */
  at: string | { pathname: string; state?: unknown };
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
}

/** Renders the real route tree in a memory router over Apollo's MockedProvider and Mantine. */
export function renderApp({ at, mocks = [] }: RenderAppOptions) {
  const router = createMemoryRouter(routes, { initialEntries: [at] });
  const view = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>,
  );
  return { ...view, router };
}

/**
 * Renders one component with Mantine, a memory router, mocked Apollo and (optionally) a
 * signed-in viewer for useViewer()/RequirePermission.
 */
export function renderWithProviders(
  ui: ReactNode,
  {
    mocks = [],
    viewer = adaLayoutViewer,
  }: { mocks?: ReadonlyArray<MockLink.MockedResponse>; viewer?: LayoutViewer | null } = {},
) {
  const cache = createCache();
  // A wrapper (not a parent element), so rerender(ui) keeps the providers.
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <MockedProvider mocks={mocks} cache={cache}>
        <AppProviders>
          <MemoryRouter>
            {viewer ? <ViewerProvider viewer={viewer}>{children}</ViewerProvider> : children}
          </MemoryRouter>
        </AppProviders>
      </MockedProvider>
    );
  }
  return render(ui, { wrapper: Wrapper });
}

export const adaViewer: ViewerSummary_ViewerFragment = {
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

export type LayoutViewer = NonNullable<AppLayoutQuery['viewer']>;

/** The same viewer as the AppLayout query selects it (AppHeader_viewer + ViewerContext_viewer). */
export const adaLayoutViewer: LayoutViewer = adaViewer;
/** @deprecated name kept for the existing tests: the AppLayout query's viewer. */
export const adaHeaderViewer = adaLayoutViewer;
