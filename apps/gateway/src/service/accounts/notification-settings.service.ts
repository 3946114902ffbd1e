import { Permission } from '@portal/domain';
import { idOfType } from '../../common/node-id';
import { UserErrorCode, failWith } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { Company, CompanySettings, NotificationPreference, type NotificationCategory } from '../../entity';
import { NOTIFICATION_CATEGORIES } from '../../outbox/notification-categories';
import type { AuditService } from '../support/audit.service';
import { mutationPayload, payload, type Payload } from '../support/mutation';

/** Whether the viewer gets the e-mails of a category. */
export interface NotificationPreferenceView {
  category: NotificationCategory;
  enabled: boolean;
}

/**
 * Which e-mails people get: each user's categories (their own, signed in; the outbox worker
 * reads them when it delivers), and whether a company gets its statement every night (its
 * portal admin, or staff managing customers).
 */
export class NotificationSettingsService {
  constructor(private readonly audit: AuditService) {}

  /** The signed-in user's preference for every category (on unless they turned it off). */
  async preferences(ctx: RequestContext): Promise<NotificationPreferenceView[]> {
    const rows = await ctx.db
      .getRepository(NotificationPreference)
      .findBy({ userId: ctx.requireViewer().userId });
    const off = new Set(rows.filter((r) => !r.enabled).map((r) => r.category));
    return NOTIFICATION_CATEGORIES.map((category) => ({ category, enabled: !off.has(category) }));
  }

  /** Saves the categories named (the others keep their value); a category named twice is refused. */
  updatePreferences(
    ctx: RequestContext,
    changes: readonly NotificationPreferenceView[],
  ): Promise<Payload<{ preferences: NotificationPreferenceView[] | null }>> {
    return mutationPayload<{ preferences: NotificationPreferenceView[] | null }>(
      { preferences: null },
      async () => {
        const userId = ctx.requireViewer().userId;
        const seen = new Set<string>();
        changes.forEach((change, i) => {
          if (!NOTIFICATION_CATEGORIES.includes(change.category))
            failWith(UserErrorCode.INVALID, `Unknown category ${change.category}.`, [
              'input',
              'preferences',
              String(i),
              'category',
            ]);
          if (seen.has(change.category))
            failWith(UserErrorCode.INVALID, `${change.category} is named twice.`, [
              'input',
              'preferences',
              String(i),
              'category',
            ]);
          seen.add(change.category);
        });
        if (changes.length)
          await ctx.transaction(async (tx) => {
            const now = tx.now();
            await tx.db.getRepository(NotificationPreference).upsert(
              changes.map((c) => ({ userId, category: c.category, enabled: c.enabled, updatedAt: now })),
              ['userId', 'category'],
            );
          });
        return { preferences: await this.preferences(ctx) };
      },
    );
  }

  /** Whether the company gets its statement by e-mail every night (false without settings). */
  async statementEmail(ctx: RequestContext, company: Company): Promise<boolean> {
    const settings = await ctx.db.getRepository(CompanySettings).findOneBy({ companyId: company.id });
    return settings?.statementEmail ?? false;
  }

  /**
   * Turns the nightly statement e-mail on or off: a portal admin (USERS_MANAGE) for their own
   * company, staff with CUSTOMERS_MANAGE for the company named. Changes only that setting.
   */
  setStatementEmail(
    ctx: RequestContext,
    input: { companyId?: string | null; enabled: boolean },
  ): Promise<Payload<{ company: Company | null }>> {
    return payload('company', async () => {
      const viewer = ctx.requireViewer();
      const named = input.companyId ? idOfType(input.companyId, 'Company') : null;
      let companyId: number | null;
      if (viewer.isStaff) {
        if (!viewer.can(Permission.CUSTOMERS_MANAGE))
          failWith(UserErrorCode.FORBIDDEN, 'Requires CUSTOMERS_MANAGE.', ['input', 'companyId']);
        companyId = named;
      } else {
        if (!viewer.can(Permission.USERS_MANAGE))
          failWith(UserErrorCode.FORBIDDEN, "Only your company's portal admin may change this.");
        // A foreign company id behaves exactly like a missing one.
        companyId = input.companyId && named !== viewer.companyId ? null : viewer.companyId;
      }
      const company = companyId === null ? null : await ctx.loaders.load(Company, companyId);
      if (!company) failWith(UserErrorCode.NOT_FOUND, 'No such company.', ['input', 'companyId']);
      await ctx.transaction(async (tx) => {
        await tx.db
          .getRepository(CompanySettings)
          .upsert({ companyId: company.id, statementEmail: input.enabled }, ['companyId']);
        await this.audit.record(tx, {
          entityType: 'Company',
          entityId: company.id,
          companyId: company.id,
          action: 'STATEMENT_EMAIL_SET',
          changes: { statementEmail: input.enabled },
        });
      });
      return company;
    });
  }
}
