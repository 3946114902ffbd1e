import { useSyncExternalStore } from 'react';

/** localStorage key remembering that a user has seen (dismissed or finished) the tour. */
export function walkthroughKey(userId: string): string {
  return `portal.walkthrough.dismissed.${userId}`;
}

/**
 * Set by the test harnesses (e2e newPage(), src/test/setup.ts) so that other flows' tests are
 * not interrupted by the tour; the walkthrough's own tests remove it.
 */
export const WALKTHROUGH_SKIP_KEY = 'portal.walkthrough.skip';

export function isWalkthroughDismissed(userId: string): boolean {
  try {
    if (window.localStorage.getItem(WALKTHROUGH_SKIP_KEY) === '1') return true;
    return window.localStorage.getItem(walkthroughKey(userId)) === '1';
  } catch {
    return false; // storage blocked: show the tour, it can still be closed
  }
}

export function rememberWalkthroughDismissed(userId: string): void {
  try {
    window.localStorage.setItem(walkthroughKey(userId), '1');
  } catch {
    // storage blocked: nothing to remember it in
  }
}

// Whether the tour was reopened from the user menu (shared by the menu item and the tour).
let reopened = false;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

/** Opens the tour again (the user menu's "Take the tour"). */
export function openWalkthrough(): void {
  reopened = true;
  emit();
}

export function closeWalkthrough(): void {
  reopened = false;
  emit();
}

export function useWalkthroughReopened(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => reopened,
    () => false,
  );
}
