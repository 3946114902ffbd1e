/** What a redirect to /sign-in carries in the history state. */
export interface SignInState {
  /** Where to go after signing in (a path of this app). */
  from?: string;
  /** Why the user was sent here. */
  notice?: 'session-expired';
}

export function readSignInState(state: unknown): SignInState {
  if (typeof state !== 'object' || state === null) return {};
  const { from, notice } = state as Record<string, unknown>;
  return {
    from: typeof from === 'string' ? from : undefined,
    notice: notice === 'session-expired' ? notice : undefined,
  };
}

/** Only paths inside this app; never another origin ("//evil.example") nor back to sign-in. */
export function safeReturnPath(path: string | undefined): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return '/';
  if (path === '/sign-in' || path.startsWith('/sign-in?') || path.startsWith('/invitation/')) return '/';
  return path;
}
