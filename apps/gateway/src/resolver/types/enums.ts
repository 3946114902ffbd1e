import { registerEnumType } from 'type-graphql';
import { Permission, Role } from '@portal/domain';

registerEnumType(Role, {
  name: 'Role',
  description: "Portal roles belong to a customer company's contacts; staff roles to the seller's team.",
});
registerEnumType(Permission, { name: 'Permission' });

export enum UserStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(UserStatus, { name: 'UserStatus' });

export { Permission, Role };
