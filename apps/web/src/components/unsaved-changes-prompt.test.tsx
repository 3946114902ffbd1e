import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../theme/app-providers';
import { UnsavedChangesPrompt } from './unsaved-changes-prompt';

function renderAt(unsaved: boolean) {
  const router = createMemoryRouter(
    [
      {
        path: '/cart',
        element: (
          <>
            <UnsavedChangesPrompt when={unsaved} what="The details you typed" />
            <Link to="/catalog">Catalog</Link>
          </>
        ),
      },
      { path: '/catalog', element: <h1>Catalog page</h1> },
    ],
    { initialEntries: ['/cart'] },
  );
  render(
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

const unload = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('UnsavedChangesPrompt', () => {
  it('asks before leaving with unsaved details: stay keeps the page, leave goes on', async () => {
    const router = renderAt(true);
    fireEvent.click(screen.getByRole('link', { name: 'Catalog' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog.textContent).toContain('The details you typed are not saved');
    fireEvent.click(screen.getByRole('button', { name: 'Stay on this page' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(router.state.location.pathname).toBe('/cart');
    expect(unload()).toBe(true);

    fireEvent.click(screen.getByRole('link', { name: 'Catalog' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByRole('heading', { name: 'Catalog page' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/catalog');
    expect(unload()).toBe(false);
  });

  it('lets the buyer leave at once when nothing is unsaved', async () => {
    const router = renderAt(false);
    expect(unload()).toBe(false);
    fireEvent.click(screen.getByRole('link', { name: 'Catalog' }));
    expect(await screen.findByRole('heading', { name: 'Catalog page' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/catalog');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
