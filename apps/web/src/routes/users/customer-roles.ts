import type { Role } from '../../gql/graphql';
import { roleLabel } from '../../components/labels';

/** The roles a portal admin may give a contact of their company. */
export const CUSTOMER_ROLES: readonly Role[] = [
  'BUYER',
  'REQUISITIONER',
  'APPROVER',
  'VIEWER',
  'PORTAL_ADMIN',
];

export const CUSTOMER_ROLE_OPTIONS = CUSTOMER_ROLES.map((role) => ({ value: role, label: roleLabel(role) }));
