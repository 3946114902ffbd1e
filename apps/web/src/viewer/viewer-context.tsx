import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { graphql } from '../gql';
import type { Permission, ViewerContext_ViewerFragment } from '../gql/graphql';

/** What every signed-in page may ask about the viewer; selected once by the AppLayout query. */
export const ViewerContext_ViewerFragmentDoc = graphql(`
  fragment ViewerContext_viewer on Viewer {
    user {
      id
      name
      email
      role
    }
    company {
      id
      name
    }
    permissions
  }
`);

export interface ViewerValue {
  viewer: ViewerContext_ViewerFragment;
  /** True when the viewer's role has the permission. */
  can: (permission: Permission) => boolean;
  /** True when the viewer has at least one of the permissions. */
  canAny: (permissions: readonly Permission[]) => boolean;
  /** Seller staff have no company; customer contacts always have one. */
  isStaff: boolean;
}

const Context = createContext<ViewerValue | null>(null);

export function ViewerProvider({
  viewer,
  children,
}: {
  viewer: ViewerContext_ViewerFragment;
  children: ReactNode;
}) {
  const value = useMemo<ViewerValue>(() => {
    const granted = new Set<Permission>(viewer.permissions);
    return {
      viewer,
      can: (permission) => granted.has(permission),
      canAny: (permissions) => permissions.some((p) => granted.has(p)),
      isStaff: viewer.company === null,
    };
  }, [viewer]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The signed-in viewer; only inside AppLayout (every signed-in route). */
export function useViewer(): ViewerValue {
  const value = useContext(Context);
  if (!value) throw new Error('useViewer() is used outside AppLayout (no signed-in viewer)');
  return value;
}
