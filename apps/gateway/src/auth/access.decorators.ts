import { Authorized, Extensions } from 'type-graphql';
import type { Permission } from '@portal/domain';

/**
 * Access markers. Every root field carries exactly one, and the marker is also written into the
 * schema's field extensions so that the deny-by-default test can walk the generated schema.
 */
type FieldDecorator = MethodDecorator & PropertyDecorator;

/** What a field's `access` extension says (read by the deny-by-default test and describeAccess). */
export interface AccessMarker {
  public?: boolean;
  signedIn?: boolean;
  permissions?: Permission[];
}

function combine(...decorators: FieldDecorator[]): FieldDecorator {
  return ((target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    for (const d of decorators)
      (d as (t: object, k: string | symbol, desc?: PropertyDescriptor) => void)(target, key, descriptor);
  }) as FieldDecorator;
}

/** Requires any one of the given permissions (also written into the field's description). */
export function Allow(...permissions: Permission[]): FieldDecorator {
  if (permissions.length === 0)
    throw new Error('Allow() needs at least one permission; use SignedIn() for any signed-in user');
  return combine(Authorized(...permissions), Extensions({ access: { permissions } }));
}

/** Any signed-in, active user; the service decides what they see. */
export function SignedIn(): FieldDecorator {
  return combine(Authorized(), Extensions({ access: { signedIn: true } }));
}

/** Open to anonymous callers (sign-in, invitation acceptance, `viewer`, which is null when signed out). */
export function Public(): FieldDecorator {
  return Extensions({ access: { public: true } }) as FieldDecorator;
}
