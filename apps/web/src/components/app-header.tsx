import { gql } from '@apollo/client';
import { Link } from 'react-router';
import type { AppHeader_viewer } from '../gql/types';
import { SignOutButton } from './sign-out-button';

export const PORTAL_NAME = 'Buyer Portal';

export const AppHeader_ViewerFragmentDoc = gql`
  fragment AppHeader_viewer on Viewer {
    user {
      id
      name
      email
    }
    company {
      id
      name
    }
  }
`;

export interface AppHeaderProps {
  viewer: AppHeader_viewer;
}

export function AppHeader({ viewer }: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Link to="/" className="app-header__brand">
          {PORTAL_NAME}
        </Link>
        {viewer.company && <span className="app-header__company">{viewer.company.name}</span>}
        <nav className="user-menu" aria-label="Your account">
          <span className="user-menu__who">
            <span className="user-menu__name">{viewer.user.name}</span>
            <span className="user-menu__email">{viewer.user.email}</span>
          </span>
          <SignOutButton />
        </nav>
      </div>
    </header>
  );
}
