import { gql } from '@apollo/client';
import type { ViewerSummary_viewer } from '../gql/types';
import { permissionLabel, roleLabel } from './labels';

export const ViewerSummary_ViewerFragmentDoc = gql`
  fragment ViewerSummary_viewer on Viewer {
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
`;

export interface ViewerSummaryProps {
  viewer: ViewerSummary_viewer;
}

/** Who is signed in, for which company, and what they may do. */
export function ViewerSummary({ viewer }: ViewerSummaryProps) {
  const { user, company, permissions } = viewer;
  return (
    <section className="card" aria-labelledby="viewer-summary-title">
      <h2 id="viewer-summary-title">Your account</h2>
      <dl className="details">
        <div>
          <dt>Name</dt>
          <dd>{user.name}</dd>
        </div>
        <div>
          <dt>E-mail</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>{roleLabel(user.role)}</dd>
        </div>
        <div>
          <dt>Company</dt>
          <dd>{company?.name ?? 'No company'}</dd>
        </div>
      </dl>
      <h3 id="viewer-permissions-title">What you can do</h3>
      {permissions.length > 0 ? (
        <ul className="permissions" aria-labelledby="viewer-permissions-title">
          {permissions.map((permission) => (
            <li key={permission}>{permissionLabel(permission)}</li>
          ))}
        </ul>
      ) : (
        <p>Your role has no permissions yet. Ask your portal administrator.</p>
      )}
    </section>
  );
}
