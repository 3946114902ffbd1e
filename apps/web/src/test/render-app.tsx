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
import { ServerClockProvider } from '../clock/server-clock';
import { AppLayoutDocument } from '../routes/app-layout';

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
            <ServerClockProvider clock={TEST_CLOCK}>
              {viewer ? <ViewerProvider viewer={viewer}>{children}</ViewerProvider> : children}
            </ServerClockProvider>
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

/** The server's clock in component tests: the gateway's PORTAL_NOW of the browser tests. */
export const TEST_CLOCK = {
  __typename: 'PortalClock',
  now: '2026-11-27T09:00:00.000Z',
  today: '2026-11-27',
  timeZone: 'UTC',
} as const;

/** The AppLayout query's answer: the viewer (null when signed out) and the server's clock. */
export function appLayoutMock(viewer: LayoutViewer | null): MockLink.MockedResponse {
  return { request: { query: AppLayoutDocument }, result: { data: { viewer, clock: TEST_CLOCK } } };
}

/** The same viewer as the AppLayout query selects it (AppHeader_viewer + ViewerContext_viewer). */
export const adaLayoutViewer: LayoutViewer = adaViewer;
/** @deprecated name kept for the existing tests: the AppLayout query's viewer. */
export const adaHeaderViewer = adaLayoutViewer;
