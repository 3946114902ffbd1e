import { Role } from '@portal/domain';
import { User } from '../gateway';
import { STAFF, type StaffRole } from '../world/demo-world';
import { DAY, daysAfter, type SeedContext } from '../core/seed-context';

/** A demo sign-in, as the summary lists it. */
export interface DemoSignIn {
  email: string;
  name: string;
  role: string;
  /** Null for the seller's staff. */
  company: string | null;
}

export type Staff = Record<StaffRole, User>;

/** A user row: active, with the demo password, last seen three days ago. */
export function demoUser(
  ctx: SeedContext,
  user: Pick<User, 'email' | 'name' | 'role' | 'companyId' | 'createdAt'>,
): User {
  return {
    id: ctx.writer.id(User),
    ...user,
    holdsAddress: true,
    status: 'ACTIVE',
    passwordHash: ctx.passwordHash,
    lastLoginAt: new Date(ctx.now.getTime() - 3 * DAY),
    updatedAt: user.createdAt,
  };
}

/** The seller's staff: an administrator, sales, warehouse and accounting. */
export async function seedStaff(ctx: SeedContext): Promise<{ staff: Staff; signIns: DemoSignIn[] }> {
  const since = daysAfter(ctx.now, -400);
  const staff = {} as Staff;
  const signIns: DemoSignIn[] = [];
  const rows = STAFF.map((s) => {
    const row = demoUser(ctx, {
      email: s.email,
      name: s.name,
      role: Role[s.role],
      companyId: null,
      createdAt: since,
    });
    staff[s.role] = row;
    signIns.push({ email: s.email, name: s.name, role: s.role, company: null });
    return row;
  });
  await ctx.writer.insert(User, rows);
  return { staff, signIns };
}
