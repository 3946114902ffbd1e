import { useState } from 'react';

export type CatalogView = 'cards' | 'list';

/** localStorage key remembering a user's catalog view (cards or list) in this browser. */
export function catalogViewKey(userId: string): string {
  return `portal.catalog.view.${userId}`;
}

function storedView(userId: string): CatalogView {
  try {
    return window.localStorage.getItem(catalogViewKey(userId)) === 'list' ? 'list' : 'cards';
  } catch {
    return 'cards'; // storage blocked: the default view
  }
}

/** The catalog's view for this user, remembered per user in localStorage. */
export function useCatalogView(userId: string): [CatalogView, (view: CatalogView) => void] {
  const [view, setView] = useState<CatalogView>(() => storedView(userId));
  function choose(next: CatalogView) {
    setView(next);
    try {
      window.localStorage.setItem(catalogViewKey(userId), next);
    } catch {
      // storage blocked: the choice lasts for this page only
    }
  }
  return [view, choose];
}
