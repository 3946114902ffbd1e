import {
  Money,
  availableActions,
  checkTransition,
  hasAmountDue,
  holdsReservation,
  type AnyOrderAction,
  type OrderAction,
  type OrderState,
  type OrderStatus,
  type OrderViewer,
  type GuardedText,
} from '@portal/domain';
import { UserErrorCode, failWith } from '../../common/user-error';
import type { RequestContext, Viewer } from '../../context';
import { Invoice, Order, OrderEvent } from '../../entity';
import type { InventoryService } from '../inventory/inventory.service';
import { pendingPaymentOn } from '../invoices/invoice-query.service';
import type { AuditService } from '../support/audit.service';
import { toStored } from '../support/reader-text';
import { lockById } from '../support/row-lock';

/** Event kinds written to an order's timeline. */
export type EventKind =
  | 'CREATED'
  | 'STATUS_CHANGED'
  | 'SUBMITTED'
  | 'APPROVED'
  | 'REJECTED'
  | 'CANCELLED'
  | 'QUOTE_SENT'
  | 'QUOTE_ACCEPTED'
  | 'CHANGES_REQUESTED'
  | 'QUOTE_DECLINED'
  | 'FULFILMENT_STARTED'
  | 'SHIPPED'
  | 'DELIVERED'
  | 'RECEIPT_CONFIRMED'
  | 'ISSUE_REPORTED'
  | 'PARTLY_SHIPPED'
  | 'EXPECTED_SHIP_DATE_SET'
  | 'OPEN_QUANTITIES_CANCELLED';

/** What the caller knows about the order beyond its row (approval, the shipment being made). */
export type StateFacts = Partial<Pick<OrderState, 'approvalRequired' | 'leavesOpen' | 'shippedBefore'>>;

export interface TransitionOptions extends StateFacts {
  /** Further columns written with the new status. */
  set?: Partial<Order>;
  kind?: EventKind;
  /** The timeline's text; a guarded text keeps its figures from readers without the guard. */
  message?: string | GuardedText | null;
  /** The input path of a refusal (default ["input", "orderId"]). */
  field?: string[];
}

const ORDER_FIELD = ['input', 'orderId'];

/**
 * The one writer of order states. Every status change asks the domain's state machine
 * (checkTransition: one table for actions and mutations), writes the change under the version
 * the order was read with (a concurrent change makes it fail with INVALID_STATE instead of
 * overwriting it), and records an OrderEvent and an AuditLog row in the same transaction. An
 * order leaving the statuses that hold stock releases its reservations in that transaction too.
 */
export class OrderStateWriter {
  constructor(
    private readonly audit: AuditService,
    private readonly inventory: InventoryService,
  ) {}

  /** The domain's view of an order: its status, today, its author, its quote, what is left to pay. */
  async stateOf(ctx: RequestContext, order: Order, facts: StateFacts = {}): Promise<OrderState> {
    const quoted = order.quoteRevision > 0;
    // An order not written yet (a quotation being created) has no invoices.
    const invoices = order.id === undefined ? [] : await ctx.loaders.children(Invoice, 'orderId', order.id);
    return {
      status: order.status,
      today: ctx.clock.today(),
      createdById: order.createdById === null ? null : String(order.createdById),
      quoteValidUntil: order.quoteValidUntil,
      approvalRequired: facts.approvalRequired ?? false,
      leavesOpen: facts.leavesOpen ?? false,
      shippedBefore: facts.shippedBefore ?? false,
      quoted,
      receiptConfirmed: order.receiptConfirmedAt !== null,
      hasAmountDue: hasAmountDue(
        await Promise.all(
          invoices
            .filter((i) => i.kind === 'INVOICE')
            .map(async (i) => ({
              status: i.status,
              total: Money.of(i.total, i.currencyCode),
              amountPaid: Money.of(i.amountPaid, i.currencyCode),
              pendingPayment: await pendingPaymentOn(ctx, i),
            })),
        ),
      ),
    };
  }

  /** The domain's view of the viewer. */
  domainViewer(viewer: Viewer): OrderViewer {
    return { permissions: [...viewer.permissions], userId: String(viewer.userId), isStaff: viewer.isStaff };
  }

  /** What the viewer may do with the order now (the contract's availableActions). */
  async actionsFor(ctx: RequestContext, order: Order): Promise<OrderAction[]> {
    return availableActions(await this.stateOf(ctx, order), this.domainViewer(ctx.requireViewer()));
  }

  /**
   * The status `action` leads to, or the domain's refusal as a user error at `field`:
   * FORBIDDEN, EXPIRED (only the quote's validity stands in the way) or INVALID_STATE.
   */
  async check(
    ctx: RequestContext,
    order: Order,
    action: AnyOrderAction,
    options: StateFacts & { field?: string[] } = {},
  ): Promise<OrderStatus> {
    const result = checkTransition(
      await this.stateOf(ctx, order, options),
      action,
      this.domainViewer(ctx.requireViewer()),
    );
    if (!result.ok) failWith(UserErrorCode[result.code], result.message, options.field ?? ORDER_FIELD);
    return result.to;
  }

  /** Reads the order for update in the transaction (NOT_FOUND when it is gone). */
  lock(tx: RequestContext, orderId: number): Promise<Order> {
    return lockById(tx, Order, orderId, { message: 'No such order.', field: ORDER_FIELD });
  }

  /**
   * Moves a locked order along the state machine: checks the action, writes the new status and
   * `set` under the order's version, and records the timeline event and the audit row. Returns
   * the new status.
   */
  async transition(
    tx: RequestContext,
    order: Order,
    action: AnyOrderAction,
    options: TransitionOptions = {},
  ): Promise<OrderStatus> {
    const to = await this.check(tx, order, action, options);
    const from = order.status;
    await this.saveVersioned(tx, order, { ...(options.set ?? {}), status: to }, options.field);
    // Leaving the statuses that hold stock (cancelled, rejected back to a draft or quotation,
    // the rest of a partly shipped order given up) gives back whatever the order still holds.
    if (holdsReservation(from) && !holdsReservation(to)) await this.inventory.releaseOrder(tx, order);
    await this.record(tx, order, options.kind ?? 'STATUS_CHANGED', to, options.message ?? null, {
      status: [from, to],
      action,
    });
    return to;
  }

  /** UPDATE … WHERE id AND version: 0 rows means someone else changed the order first. */
  async saveVersioned(tx: RequestContext, order: Order, set: Partial<Order>, field: string[] = ORDER_FIELD) {
    const now = tx.now();
    const updated = await tx.db
      .createQueryBuilder()
      .update(Order)
      .set({ ...set, updatedAt: now, version: () => 'version + 1' } as never)
      .where('id = :id AND version = :version', { id: order.id, version: order.version })
      .execute();
    if ((updated.affected ?? 0) === 0)
      failWith(
        UserErrorCode.INVALID_STATE,
        'The order was changed meanwhile; reload it and try again.',
        field,
      );
    Object.assign(order, set, { updatedAt: now, version: order.version + 1 });
  }

  /** One OrderEvent (timeline) and one AuditLog row. */
  async record(
    tx: RequestContext,
    order: Order,
    kind: EventKind,
    status: OrderStatus,
    message: string | GuardedText | null,
    changes: Record<string, unknown>,
  ): Promise<void> {
    const stored = message === null ? null : toStored(message);
    await tx.db.getRepository(OrderEvent).insert({
      orderId: order.id,
      at: tx.now(),
      status,
      actorId: tx.viewer?.userId ?? null,
      kind,
      message: stored?.text ?? null,
      redactedMessage: stored?.redacted ?? null,
    });
    // Who acted from which company: a parent company's admin acts on its subsidiaries' orders.
    const actorCompanyId = tx.viewer?.companyId ?? null;
    await this.audit.recordOn(tx, 'Order', order, kind, {
      number: order.number,
      ...changes,
      ...(actorCompanyId !== null ? { actorCompanyId } : {}),
    });
  }
}
