import { Outlet } from 'react-router';
import { PORTAL_NAME } from '../../components/app-header';

/** The signed-out frame: the portal's name and one centred card. */
export function AuthLayout() {
  return (
    <div className="auth-layout">
      <header className="auth-layout__header">
        <span className="app-header__brand">{PORTAL_NAME}</span>
      </header>
      <main id="main" className="auth-layout__main">
        <Outlet />
      </main>
    </div>
  );
}
