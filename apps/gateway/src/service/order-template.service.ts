import { OrderAction, Permission } from '@portal/domain';
import { idOfType, toGlobalId } from '../common/node-id';
import { UserErrorCode, UserErrorsException, userError, type UserError } from '../common/user-error';
import type { RequestContext } from '../context';
import { OrderLine, OrderTemplate, OrderTemplateLine } from '../entity';
import type { AuditService } from './audit.service';
import type { LineInput, PreparedLine } from './order-lines.service';
import type { OrderResult, OrderService } from './order.service';

export interface TemplateResult {
  template: OrderTemplate | null;
  userErrors: UserError[];
}

export interface SaveTemplateInput {
  templateId?: string | null;
  name: string;
  shared?: boolean | null;
  fromOrderId?: string | null;
  lines?: LineInput[] | null;
}

/**
 * Order templates (saved shopping lists): private to their owner or shared with everyone in the
 * company who may draft orders. Lines obey the same rules as cart lines (catalog visibility,
 * units, quantities). `saveOrderTemplate` with a `templateId` renames, re-shares or replaces
 * the lines of an existing template (only its owner, or a portal admin for shared ones).
 */
export class OrderTemplateService {
  constructor(
    private readonly orders: OrderService,
    private readonly audit: AuditService,
  ) {}

  /** The viewer's own templates and the shared ones of their company, by name. */
  async list(ctx: RequestContext): Promise<OrderTemplate[]> {
    const viewer = ctx.requireViewer();
    const query = ctx.db.getRepository(OrderTemplate).createQueryBuilder('t');
    if (viewer.companyId === null) query.where('t.ownerId = :me', { me: viewer.userId });
    else
      query.where('t.companyId = :company AND (t.ownerId = :me OR t.shared = :shared)', {
        company: viewer.companyId,
        me: viewer.userId,
        shared: true,
      });
    return query.orderBy('t.name', 'ASC').addOrderBy('t.id', 'ASC').getMany();
  }

  /** A template the viewer may use: their own, or a shared one of their company. */
  async findVisible(ctx: RequestContext, id: number | null): Promise<OrderTemplate | null> {
    const viewer = ctx.requireViewer();
    if (id === null) return null;
    const template = await ctx.loaders.load(OrderTemplate, id);
    if (!template) return null;
    if (template.ownerId === viewer.userId) return template;
    return template.shared && viewer.companyId !== null && template.companyId === viewer.companyId
      ? template
      : null;
  }

  /** Owners change their templates; portal admins (USERS_MANAGE) also the company's shared ones. */
  private mayChange(ctx: RequestContext, template: OrderTemplate): boolean {
    const viewer = ctx.requireViewer();
    return template.ownerId === viewer.userId || (template.shared && viewer.can(Permission.USERS_MANAGE));
  }

  async save(ctx: RequestContext, input: SaveTemplateInput): Promise<TemplateResult> {
    const viewer = ctx.requireViewer();
    const name = input.name.trim();
    if (name.length === 0 || name.length > 255)
      return failed(UserErrorCode.INVALID, 'Give the template a name (up to 255 characters).', [
        'input',
        'name',
      ]);
    let existing: OrderTemplate | null = null;
    if (input.templateId !== undefined && input.templateId !== null) {
      existing = await this.findVisible(ctx, idOfType(input.templateId, 'OrderTemplate'));
      if (!existing) return failed(UserErrorCode.NOT_FOUND, 'No such template.', ['input', 'templateId']);
      if (!this.mayChange(ctx, existing))
        return failed(UserErrorCode.FORBIDDEN, 'Only the owner of this template may change it.', [
          'input',
          'templateId',
        ]);
    }
    const companyId = existing?.companyId ?? viewer.companyId;
    if (companyId === null)
      return failed(UserErrorCode.INVALID, 'Templates belong to a customer company.', ['input']);
    const hasOrder = input.fromOrderId !== undefined && input.fromOrderId !== null;
    const hasLines = input.lines !== undefined && input.lines !== null;
    if (hasOrder && hasLines)
      return failed(UserErrorCode.INVALID, 'Give either fromOrderId or lines, not both.', ['input', 'lines']);
    if (!existing && !hasOrder && !hasLines)
      return failed(UserErrorCode.INVALID, 'Give the lines, or the order to copy them from.', [
        'input',
        'lines',
      ]);

    let prepared: PreparedLine[] | null = null;
    if (hasOrder) {
      const order = await this.orders.findVisible(ctx, idOfType(input.fromOrderId, 'Order'));
      if (!order || order.companyId !== companyId)
        return failed(UserErrorCode.NOT_FOUND, 'No such order.', ['input', 'fromOrderId']);
      try {
        // Any order but the viewer's own cart: saving a placed order needs SAVE_AS_TEMPLATE.
        if (order.status !== 'DRAFT' || order.createdById !== viewer.userId)
          this.orders.check(ctx, order, OrderAction.SAVE_AS_TEMPLATE, false, ['input', 'fromOrderId']);
      } catch (e) {
        if (e instanceof UserErrorsException) return { template: null, userErrors: e.userErrors };
        throw e;
      }
      const lines = await ctx.db
        .getRepository(OrderLine)
        .find({ where: { orderId: order.id }, order: { position: 'ASC', id: 'ASC' } });
      const gone = lines.filter((l) => l.productId === null);
      if (gone.length) {
        return failed(
          UserErrorCode.NOT_IN_CATALOG,
          `${gone.map((l) => l.sku).join(', ')} ${gone.length === 1 ? 'is' : 'are'} no longer in the catalog.`,
          ['input', 'fromOrderId'],
        );
      }
      const result = await this.orders.lines.prepare(
        ctx,
        companyId,
        lines.map((l) => ({
          productId: toGlobalId('Product', l.productId!),
          quantity: l.quantity,
          unitId: toGlobalId('UnitOfMeasure', l.unitId),
        })),
        () => ['input', 'fromOrderId'],
      );
      if (result.errors.length) {
        return {
          template: null,
          userErrors: result.errors.map((e) =>
            userError(
              e.code === UserErrorCode.NOT_FOUND ? UserErrorCode.NOT_IN_CATALOG : e.code,
              e.code === UserErrorCode.NOT_FOUND
                ? 'A product of this order is no longer in the catalog.'
                : e.message,
              ['input', 'fromOrderId'],
            ),
          ),
        };
      }
      prepared = result.lines;
    } else if (hasLines) {
      if (input.lines!.length === 0)
        return failed(UserErrorCode.INVALID, 'A template needs at least one line.', ['input', 'lines']);
      const result = await this.orders.lines.prepare(ctx, companyId, input.lines!, (i) => [
        'input',
        'lines',
        String(i),
      ]);
      if (result.errors.length) return { template: null, userErrors: result.errors };
      prepared = result.lines;
    }

    try {
      const saved = await ctx.transaction(async (em) => {
        const now = ctx.now();
        const repo = em.getRepository(OrderTemplate);
        let template: OrderTemplate;
        if (existing) {
          await repo.update({ id: existing.id }, { name, shared: input.shared ?? existing.shared });
          template = await repo.findOneByOrFail({ id: existing.id });
        } else {
          template = await repo.save(
            repo.create({
              companyId,
              ownerId: viewer.userId,
              name,
              shared: input.shared ?? false,
              lastUsedAt: null,
              createdAt: now,
            }),
          );
        }
        if (prepared) {
          await em.getRepository(OrderTemplateLine).delete({ templateId: template.id });
          const rows = prepared.map((line, i) => ({
            templateId: template.id,
            position: i + 1,
            productId: line.product.id,
            quantity: line.quantity,
            unitId: line.unit.id,
          }));
          for (let i = 0; i < rows.length; i += 200)
            await em.getRepository(OrderTemplateLine).insert(rows.slice(i, i + 200));
        }
        await this.audit.record(ctx, em, {
          entityType: 'OrderTemplate',
          entityId: template.id,
          companyId,
          action: existing ? 'UPDATED' : 'CREATED',
          changes: { name, shared: template.shared, lines: prepared?.length ?? null },
        });
        return template;
      });
      ctx.loaders.clear(OrderTemplate);
      return { template: saved, userErrors: [] };
    } catch (e) {
      if (e instanceof UserErrorsException) return { template: null, userErrors: e.userErrors };
      throw e;
    }
  }

  async delete(
    ctx: RequestContext,
    templateId: string,
  ): Promise<{ deletedId: string | null; userErrors: UserError[] }> {
    const template = await this.findVisible(ctx, idOfType(templateId, 'OrderTemplate'));
    if (!template)
      return {
        deletedId: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such template.', ['input', 'templateId'])],
      };
    if (!this.mayChange(ctx, template))
      return {
        deletedId: null,
        userErrors: [
          userError(UserErrorCode.FORBIDDEN, 'Only the owner of this template may delete it.', [
            'input',
            'templateId',
          ]),
        ],
      };
    await ctx.transaction(async (em) => {
      await em.getRepository(OrderTemplate).delete({ id: template.id });
      await this.audit.record(ctx, em, {
        entityType: 'OrderTemplate',
        entityId: template.id,
        companyId: template.companyId,
        action: 'DELETED',
        changes: { name: template.name },
      });
    });
    ctx.loaders.clear(OrderTemplate);
    return { deletedId: toGlobalId('OrderTemplate', template.id), userErrors: [] };
  }

  /**
   * A new DRAFT from a template, priced today; with `submit` it is submitted in the same
   * transaction (one action: a 35-line order in one request), idempotent by `idempotencyKey`.
   */
  async orderFrom(
    ctx: RequestContext,
    input: { templateId: string; submit?: boolean | null; idempotencyKey?: string | null },
  ): Promise<OrderResult> {
    const viewer = ctx.requireViewer();
    const submit = input.submit ?? false;
    const key = input.idempotencyKey?.trim() ?? '';
    if (submit && (key.length === 0 || key.length > 128)) {
      return {
        order: null,
        userErrors: [
          userError(
            UserErrorCode.INVALID,
            'Submitting at once needs an idempotency key (1 to 128 characters).',
            ['input', 'idempotencyKey'],
          ),
        ],
      };
    }
    if (submit) {
      const replay = await this.orders.replay(ctx, 'orderFromTemplate', key, null);
      if (replay) return replay;
    }
    const template = await this.findVisible(ctx, idOfType(input.templateId, 'OrderTemplate'));
    if (!template)
      return {
        order: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such template.', ['input', 'templateId'])],
      };
    if (viewer.companyId !== template.companyId)
      return {
        order: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such template.', ['input', 'templateId'])],
      };
    const rows = await ctx.db
      .getRepository(OrderTemplateLine)
      .find({ where: { templateId: template.id }, order: { position: 'ASC', id: 'ASC' } });
    const prepared = await this.orders.lines.prepare(
      ctx,
      template.companyId,
      rows.map((r) => ({
        productId: toGlobalId('Product', r.productId),
        quantity: r.quantity,
        unitId: toGlobalId('UnitOfMeasure', r.unitId),
      })),
      (i) => ['input', 'templateId', 'lines', String(i)],
    );
    if (prepared.errors.length) {
      return {
        order: null,
        userErrors: prepared.errors.map((e) =>
          e.code === UserErrorCode.NOT_FOUND
            ? userError(
                UserErrorCode.NOT_IN_CATALOG,
                `${rows[Number(e.field?.[3])] ? 'A product of this template' : 'A product'} is no longer in the catalog.`,
                e.field,
              )
            : e,
        ),
      };
    }
    const priced = await this.orders.lines.price(
      ctx,
      template.companyId,
      await this.orders.currencyOf(ctx, template.companyId),
      prepared.lines,
    );
    const work = async (em: import('typeorm').EntityManager) => {
      const draft = await this.orders.createDraftInTx(ctx, em, {
        companyId: template.companyId,
        channel: viewer.authMethod === 'api-token' ? 'API' : 'PORTAL',
        lines: priced,
      });
      await em.getRepository(OrderTemplate).update({ id: template.id }, { lastUsedAt: ctx.now() });
      return submit ? this.orders.placeInTx(ctx, em, draft.id) : draft;
    };
    const result = submit
      ? await this.orders.idempotent(ctx, 'orderFromTemplate', key, null, work)
      : await this.orders.run(ctx, work);
    ctx.loaders.clear(OrderTemplate);
    return result;
  }
}

function failed(code: UserErrorCode, message: string, field: string[]): TemplateResult {
  return { template: null, userErrors: [userError(code, message, field)] };
}
