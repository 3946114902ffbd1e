import { Link } from 'react-router';
import { PORTAL_NAME } from '../components/app-header';

export function NotFoundRoute() {
  return (
    <main id="main" className="auth-layout__main">
      <section className="card auth-card" aria-labelledby="not-found-title">
        <title>{`Page not found · ${PORTAL_NAME}`}</title>
        <h1 id="not-found-title">Page not found</h1>
        <p>The address may be mistyped, or the page has moved.</p>
        <Link to="/">Go to the home page</Link>
      </section>
    </main>
  );
}
