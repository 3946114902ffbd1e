import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo/client';
import { routes } from './routes';
import type { SignInState } from './routes/auth/sign-in-state';
import { AppProviders } from './theme/app-providers';
import './styles.css';

const router = createBrowserRouter(routes);

const client = createApolloClient({
  onUnauthenticated() {
    const current = router.state.navigation.location ?? router.state.location;
    if (current.pathname === '/sign-in') return;
    const state: SignInState = { notice: 'session-expired', from: current.pathname + current.search };
    void router.navigate('/sign-in', { replace: true, state }).then(() => client.clearStore());
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </ApolloProvider>
  </StrictMode>,
);
