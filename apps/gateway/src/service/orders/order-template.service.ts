import { OrderAction, Permission } from '@portal/domain';
import { idOfType, toGlobalId } from '../../common/node-id';
import { UserErrorCode, failWith, refuseIfAny } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { Order, OrderLine, OrderTemplate, OrderTemplateLine } from '../../entity';
import type { AuditService } from '../support/audit.service';
import { mutationPayload, payload, type Payload } from '../support/mutation';
import type { IdempotencyService } from '../support/idempotency.service';
import { DraftDestination } from './active-cart';
import type { CartService } from './cart.service';
import type { LineInput, OrderEstimate, OrderLinesService, PreparedLine } from './order-lines.service';
import { orderPayload, type OrderResult } from './order-payload';
import type { OrderPlacementService } from './order-placement.service';
import type { OrderQueryService } from './order-query.service';
import type { OrderStateWriter } from './order-state-writer';

export type TemplateResult = Payload<{ template: OrderTemplate | null }>;

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
    private readonly audit: AuditService,
    private readonly queries: OrderQueryService,
    private readonly states: OrderStateWriter,
    private readonly lines: OrderLinesService,
    private readonly cart: CartService,
    private readonly placement: OrderPlacementService,
    private readonly idempotency: IdempotencyService,
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

  /** A template the viewer may use and change; NOT_FOUND or FORBIDDEN otherwise. */
  private async changeable(ctx: RequestContext, globalId: string, verb: string): Promise<OrderTemplate> {
    const template = await this.findVisible(ctx, idOfType(globalId, 'OrderTemplate'));
    if (!template) failWith(UserErrorCode.NOT_FOUND, 'No such template.', ['input', 'templateId']);
    if (!this.mayChange(ctx, template))
      failWith(UserErrorCode.FORBIDDEN, `Only the owner of this template may ${verb} it.`, [
        'input',
        'templateId',
      ]);
    return template;
  }

  save(ctx: RequestContext, input: SaveTemplateInput): Promise<TemplateResult> {
    return payload('template', async () => {
      const viewer = ctx.requireViewer();
      const name = input.name.trim();
      if (name.length === 0 || name.length > 255)
        failWith(UserErrorCode.INVALID, 'Give the template a name (up to 255 characters).', [
          'input',
          'name',
        ]);
      const existing =
        input.templateId !== undefined && input.templateId !== null
          ? await this.changeable(ctx, input.templateId, 'change')
          : null;
      const companyId = existing?.companyId ?? viewer.companyId;
      if (companyId === null)
        failWith(UserErrorCode.INVALID, 'Templates belong to a customer company.', ['input']);
      const hasOrder = input.fromOrderId !== undefined && input.fromOrderId !== null;
      const hasLines = input.lines !== undefined && input.lines !== null;
      if (hasOrder && hasLines)
        failWith(UserErrorCode.INVALID, 'Give either fromOrderId or lines, not both.', ['input', 'lines']);
      if (!existing && !hasOrder && !hasLines)
        failWith(UserErrorCode.INVALID, 'Give the lines, or the order to copy them from.', [
          'input',
          'lines',
        ]);
      const prepared = hasOrder
        ? await this.linesOfOrder(ctx, companyId, input.fromOrderId!)
        : hasLines
          ? await this.linesOfInput(ctx, companyId, input.lines!)
          : null;

      return ctx.transaction(async (tx) => {
        const repo = tx.db.getRepository(OrderTemplate);
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
              createdAt: tx.now(),
            }),
          );
        }
        if (prepared) {
          await tx.db.getRepository(OrderTemplateLine).delete({ templateId: template.id });
          const rows = prepared.map((line, i) => ({
            templateId: template.id,
            position: i + 1,
            productId: line.product.id,
            quantity: line.quantity,
            unitId: line.unit.id,
          }));
          for (let i = 0; i < rows.length; i += 200)
            await tx.db.getRepository(OrderTemplateLine).insert(rows.slice(i, i + 200));
        }
        await this.audit.record(tx, {
          entityType: 'OrderTemplate',
          entityId: template.id,
          companyId,
          action: existing ? 'UPDATED' : 'CREATED',
          changes: { name, shared: template.shared, lines: prepared?.length ?? null },
        });
        return template;
      });
    });
  }

  /** The lines of an order the viewer may copy into a template, checked like cart lines today. */
  private async linesOfOrder(
    ctx: RequestContext,
    companyId: number,
    orderId: string,
  ): Promise<PreparedLine[]> {
    const viewer = ctx.requireViewer();
    const field = ['input', 'fromOrderId'];
    const order = await this.queries.findVisible(ctx, idOfType(orderId, 'Order'));
    if (!order || order.companyId !== companyId) failWith(UserErrorCode.NOT_FOUND, 'No such order.', field);
    // Any order but the viewer's own cart: saving a placed order needs SAVE_AS_TEMPLATE.
    if (order.status !== 'DRAFT' || order.createdById !== viewer.userId)
      await this.states.check(ctx, order, OrderAction.SAVE_AS_TEMPLATE, { field });
    const lines = await ctx.db
      .getRepository(OrderLine)
      .find({ where: { orderId: order.id }, order: { position: 'ASC', id: 'ASC' } });
    const gone = lines.filter((l) => l.productId === null);
    if (gone.length)
      failWith(
        UserErrorCode.NOT_IN_CATALOG,
        `${gone.map((l) => l.sku).join(', ')} ${gone.length === 1 ? 'is' : 'are'} no longer in the catalog.`,
        field,
      );
    return this.lines.prepareStored(
      ctx,
      companyId,
      lines,
      () => field,
      'A product of this order is no longer in the catalog.',
    );
  }

  private async linesOfInput(
    ctx: RequestContext,
    companyId: number,
    inputs: LineInput[],
  ): Promise<PreparedLine[]> {
    if (inputs.length === 0)
      failWith(UserErrorCode.INVALID, 'A template needs at least one line.', ['input', 'lines']);
    const result = await this.lines.prepare(ctx, companyId, inputs, (i) => ['input', 'lines', String(i)]);
    refuseIfAny(result.errors);
    return result.lines;
  }

  delete(ctx: RequestContext, templateId: string): Promise<Payload<{ deletedId: string | null }>> {
    return mutationPayload<{ deletedId: string | null }>({ deletedId: null }, async () => {
      const template = await this.changeable(ctx, templateId, 'delete');
      await ctx.transaction(async (tx) => {
        await tx.db.getRepository(OrderTemplate).delete({ id: template.id });
        await this.audit.recordOn(tx, 'OrderTemplate', template, 'DELETED', { name: template.name });
      });
      return { deletedId: toGlobalId('OrderTemplate', template.id) };
    });
  }

  /**
   * A new DRAFT from a template, priced today; with `submit` it is placed in the same
   * transaction (one action: a 35-line order in one request), idempotent by `idempotencyKey`,
   * through the same checks as submitOrder.
   */
  orderFrom(
    ctx: RequestContext,
    input: {
      templateId: string;
      submit?: boolean | null;
      idempotencyKey?: string | null;
      into?: DraftDestination | null;
    },
  ): Promise<OrderResult> {
    return orderPayload(ctx, async () => {
      const viewer = ctx.requireViewer();
      const submit = input.submit ?? false;
      const into = input.into ?? DraftDestination.NEW_DRAFT;
      if (submit && into === DraftDestination.CART)
        failWith(
          UserErrorCode.INVALID,
          'Placing a template at once places it as an order of its own: it cannot go into the cart.',
          ['input', 'into'],
        );
      const key = submit ? this.idempotency.checkKey(input.idempotencyKey) : null;
      if (key !== null) {
        const first = await this.idempotency.settledResult(ctx, {
          scope: 'orderFromTemplate',
          key,
          resultType: 'Order',
        });
        const order = first === null ? null : await this.queries.findVisible(ctx, first);
        if (order) return order;
      }
      const template = await this.findVisible(ctx, idOfType(input.templateId, 'OrderTemplate'));
      if (!template || viewer.companyId !== template.companyId)
        failWith(UserErrorCode.NOT_FOUND, 'No such template.', ['input', 'templateId']);
      const rows = await ctx.db
        .getRepository(OrderTemplateLine)
        .find({ where: { templateId: template.id }, order: { position: 'ASC', id: 'ASC' } });
      const prepared = await this.lines.prepareStored(
        ctx,
        template.companyId,
        rows,
        (i) => ['input', 'templateId', 'lines', String(i)],
        'A product of this template is no longer in the catalog.',
      );
      const priced = await this.lines.price(
        ctx,
        template.companyId,
        await this.queries.currencyOf(ctx, template.companyId),
        prepared,
      );
      if (into === DraftDestination.CART) {
        const cart = await this.cart.cartFor(ctx, template.companyId, ['input', 'into']);
        if (cart) {
          const updated = await this.cart.addPricedLines(ctx, cart.id, priced);
          await ctx.transaction((tx) => this.markUsed(tx, template.id));
          return updated;
        }
      }
      const work = async (tx: RequestContext): Promise<Order> => {
        // Placing at once: the credit lock before the draft's rows (see lockCreditOf).
        if (key !== null) await this.placement.lockCreditOf(tx, template.companyId);
        const fields = {
          companyId: template.companyId,
          channel: viewer.authMethod === 'api-token' ? ('API' as const) : ('PORTAL' as const),
          lines: priced,
        };
        // Placed at once, it is an order, not a draft that could become the cart.
        const draft =
          key !== null ? await this.cart.newDraft(tx, fields) : await this.cart.newSeparateDraft(tx, fields);
        await this.markUsed(tx, template.id);
        return key !== null ? this.placement.place(tx, draft.id) : draft;
      };
      return key !== null
        ? this.placement.placeOnce(ctx, { scope: 'orderFromTemplate', key, expectedOrderId: null }, work)
        : ctx.transaction(work);
    });
  }

  /**
   * What placing the template would order now, for the viewer's company: its lines priced today
   * by the same pricing, tax and incentive rules as the draft `orderFromTemplate` makes, with the
   * issues that would block placing it. Null for a viewer who cannot order from it (staff, or a
   * template of another company).
   */
  async estimate(ctx: RequestContext, template: OrderTemplate): Promise<OrderEstimate | null> {
    const viewer = ctx.requireViewer();
    if (viewer.companyId === null || viewer.companyId !== template.companyId) return null;
    const rows = await ctx.loaders.children(OrderTemplateLine, 'templateId', template.id, 'position');
    return this.lines.estimate(
      ctx,
      {
        companyId: template.companyId,
        channel: viewer.authMethod === 'api-token' ? 'API' : 'PORTAL',
        currencyCode: await this.queries.currencyOf(ctx, template.companyId),
      },
      rows,
    );
  }

  /**
   * Sets the template's "last used" to now, to the minute: a template placed by many buyers at
   * once is written once a minute, not by every submit (on a Galera cluster each such write is
   * a conflict that fails one of two concurrent submits at certification).
   */
  private async markUsed(tx: RequestContext, templateId: number): Promise<void> {
    const now = tx.now();
    await tx.db
      .createQueryBuilder()
      .update(OrderTemplate)
      .set({ lastUsedAt: now })
      .where('id = :id', { id: templateId })
      .andWhere('(lastUsedAt IS NULL OR lastUsedAt < :since)', { since: new Date(now.getTime() - 60_000) })
      .execute();
  }
}
