import { createHash } from 'node:crypto';
import { Session, User } from '../gateway';
import type { PortalRole } from '../world/demo-world';
import { Prng } from '../core/prng';
import { DAY, HOUR, MINUTE, type SeedContext } from '../core/seed-context';
import type { SeededCompany } from './companies.step';

/** How likely each role signs in to the portal in a given week, in percent. */
const WEEKLY_CHANCE: Record<PortalRole, number> = {
  PORTAL_ADMIN: 70,
  BUYER: 85,
  APPROVER: 55,
  VIEWER: 25,
  REQUISITIONER: 45,
};

/**
 * Past portal sign-ins (ended sessions) of the customer contacts over the last six months, so
 * that the adoption dashboard has history: admins and buyers most weeks, the others less often.
 * The token hashes are derived from nothing secret and match no token anyone holds.
 */
export async function seedSignInHistory(
  ctx: SeedContext,
  companies: readonly SeededCompany[],
): Promise<void> {
  const { now } = ctx;
  const sessions: Session[] = [];
  const lastLogin = new Map<number, Date>();
  for (const company of companies) {
    const rng = Prng.fromString(`sign-ins:${company.spec.key}:${ctx.scale}`);
    for (const [role, user] of Object.entries(company.users) as [PortalRole, User][]) {
      for (let week = 26; week >= 1; week--) {
        if (!rng.chance(WEEKLY_CHANCE[role])) continue;
        const createdAt = new Date(
          now.getTime() - week * 7 * DAY + rng.int(0, 6) * DAY + rng.int(7, 17) * HOUR,
        );
        const lastSeenAt = new Date(createdAt.getTime() + rng.int(5, 90) * MINUTE);
        sessions.push({
          userId: user.id,
          tokenHash: createHash('sha256').update(`demo-session:${user.id}:${week}`).digest('hex'),
          createdAt,
          expiresAt: new Date(createdAt.getTime() + 14 * DAY),
          lastSeenAt,
          revokedAt: lastSeenAt,
          ipAddress: '192.0.2.10',
          userAgent: 'Demo data',
        } as Session);
        lastLogin.set(user.id, createdAt);
      }
    }
  }
  await ctx.writer.insert(Session, sessions);
  for (const [userId, at] of lastLogin) await ctx.em.update(User, { id: userId }, { lastLoginAt: at });
}
