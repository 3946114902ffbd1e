import { OrderAction, OrderStatus, StaffOrderAction } from '@portal/domain';
import type { EntityManager } from 'typeorm';
import { idOfType } from '../common/node-id';
import { UserErrorCode, failWith } from '../common/user-error';
import type { RequestContext } from '../context';
import { Company, Order, OrderLine, Rfq, RfqMessage, User, type RfqStatus } from '../entity';
import type { OutgoingMail } from '../mail/mailer';
import type { AcceptQuoteInput, QuoteResponseInput, SendQuoteInput } from '../resolver/types/rfq.input';
import type { AuditService } from './audit.service';
import type { CatalogService } from './catalog.service';
import { InputChecks } from './input-checks';
import { NumberSequenceService } from './number-sequence.service';
import { QUANTITY_SCALE, type OrderLinesService } from './order-lines.service';
import {
  DRAFT_SEQUENCE,
  ORDER_SEQUENCE,
  type EventKind,
  type OrderResult,
  type OrderService,
} from './order.service';
import {
  lockVisibleOrder,
  orderLink,
  requireAction,
  salesContactsOf,
  sendAfterCommit,
} from './order-workflow';
import { formatAmount, quotationRows, quoteContentHash, validateItems } from './quote-lines';

/** RFQ statuses a quotation may still be sent or revised in. */
const OPEN_RFQ_STATUSES: readonly RfqStatus[] = ['SUBMITTED', 'QUOTED', 'CHANGES_REQUESTED'];
const MAX_MESSAGE = 5000;

/**
 * Quotations. Staff (QUOTES_MANAGE) send them for an RFQ, turn a draft into one, or revise one
 * (revision + 1, lines replaced); the customer (QUOTES_RESPOND) accepts with a typed signature,
 * asks for changes, or declines. Every step asks the domain state machine and goes through
 * OrderService.transition on the order read for update: one transaction, a version-checked
 * write (of a concurrent accept and revise exactly one wins), a timeline event and an audit row.
 */
export class QuoteService {
  constructor(
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
    private readonly orders: OrderService,
    private readonly lines: OrderLinesService,
    private readonly sequences: NumberSequenceService,
  ) {}

  /** Creates the quotation of an RFQ, turns a draft into a quotation, or revises a quotation; e-mails the customer. */
  async sendQuote(ctx: RequestContext, input: SendQuoteInput): Promise<OrderResult> {
    const mails: OutgoingMail[] = [];
    const result = await this.orders.run(ctx, async (em) => {
      const viewer = ctx.requireViewer();
      const field = input.orderId ? ['input', 'orderId'] : ['input', 'rfqId'];
      const { rfq, order: existing } = await this.quoteTarget(ctx, em, input);
      if (rfq && !OPEN_RFQ_STATUSES.includes(rfq.status)) {
        failWith(
          UserErrorCode.INVALID_STATE,
          `${rfq.number} is ${rfq.status.toLowerCase().replace('_', ' ')}; it can no longer be quoted.`,
          field,
        );
      }
      // A new quotation starts as the seller's draft.
      const stub = Object.assign(new Order(), {
        status: OrderStatus.DRAFT,
        createdById: null,
        quoteValidUntil: null,
      });
      requireAction(ctx, this.orders, existing ?? stub, StaffOrderAction.SEND_QUOTE, field);

      const checks = new InputChecks();
      if (input.validUntil && input.validUntil < ctx.clock.today()) {
        checks.add(
          UserErrorCode.INVALID,
          `The quote cannot be valid until ${input.validUntil}, a day in the past.`,
          ['input', 'validUntil'],
        );
      }
      const message = checks.optionalText(input.message, ['input', 'message'], 'The message', MAX_MESSAGE);
      if (!existing && !input.lines?.length)
        checks.add(UserErrorCode.INVALID, 'A new quotation needs its lines.', ['input', 'lines']);
      const companyId = existing?.companyId ?? rfq!.companyId;
      const items = input.lines
        ? await validateItems(ctx, this.lines, this.catalog, companyId, input.lines, checks, {
            quantityRules: true,
          })
        : null;
      const prices = (input.lines ?? []).map((line, i) =>
        checks.decimal(line.unitPrice, ['input', 'lines', String(i), 'unitPrice'], 'The unit price', {
          maxScale: QUANTITY_SCALE,
          positive: true,
        }),
      );
      checks.throwIfAny();

      const now = ctx.now();
      const order = existing ?? (await this.newQuotation(ctx, em, rfq!));
      const revision = order.quoteRevision + 1;
      if (items) {
        await em.getRepository(OrderLine).delete({ orderId: order.id });
        const rows = quotationRows(
          this.lines,
          order.id,
          order.currencyCode,
          items.map((item) => ({ ...item, unitPrice: prices[item.index]! })),
          `Quoted price (revision ${revision})`,
        );
        await this.lines.writeLinesAndTotals(ctx, em, order, rows);
      }
      const number = order.number.startsWith(`${DRAFT_SEQUENCE.prefix}-`)
        ? NumberSequenceService.format(
            ORDER_SEQUENCE.prefix,
            await this.sequences.next(em, ORDER_SEQUENCE.name),
          )
        : order.number;
      const validUntil = input.validUntil ?? order.quoteValidUntil;
      const validity = validUntil ? `, valid until ${validUntil}` : '';
      await this.orders.transition(ctx, em, order, StaffOrderAction.SEND_QUOTE, {
        field,
        kind: 'QUOTE_SENT',
        message: `Quotation revision ${revision} sent${validity}${message ? `: ${message}` : ''}`,
        set: {
          number,
          quoteRevision: revision,
          quoteValidUntil: validUntil,
          quoteSentAt: now,
          assignedToId: order.assignedToId ?? viewer.userId,
          subtotal: order.subtotal,
          taxTotal: order.taxTotal,
          total: order.total,
        },
      });
      if (rfq) {
        await em
          .getRepository(Rfq)
          .update({ id: rfq.id }, { status: 'QUOTED', quotationOrderId: order.id, updatedAt: now });
        if (message)
          await em
            .getRepository(RfqMessage)
            .insert({ rfqId: rfq.id, at: now, authorId: viewer.userId, body: message });
        await this.audit.record(ctx, em, {
          entityType: 'Rfq',
          entityId: rfq.id,
          action: 'quote',
          companyId: rfq.companyId,
          changes: { status: [rfq.status, 'QUOTED'], quotation: order.number, revision },
        });
        ctx.loaders.clear(Rfq, rfq.id);
      }
      const customer = await em
        .getRepository(User)
        .findOneBy({ id: rfq?.requestedById ?? order.createdById ?? -1 });
      if (customer && customer.companyId !== null && customer.status === 'ACTIVE') {
        mails.push({
          to: customer.email,
          subject: `Quotation ${order.number}${revision > 1 ? ` (revision ${revision})` : ''}${rfq ? ` for ${rfq.number}` : ''}`,
          text: [
            `Hello ${customer.name},`,
            '',
            `we have ${revision > 1 ? 'revised' : 'prepared'} quotation ${order.number}${rfq ? ` for your request ${rfq.number} "${rfq.title}"` : ''}.`,
            `Total: ${formatAmount(order.total, order.currencyCode)}${validUntil ? `, valid until ${validUntil}` : ''}.`,
            ...(message ? ['', message] : []),
            '',
            `Review it, accept it or ask for changes: ${orderLink(ctx, order)}`,
          ].join('\n'),
        });
      }
      return order;
    });
    if (result.order) await sendAfterCommit(ctx, mails);
    return result;
  }

  /** The RFQ and/or order a sendQuote is about (staff read every company's); NOT_FOUND for unknown ids. */
  private async quoteTarget(
    ctx: RequestContext,
    em: EntityManager,
    input: SendQuoteInput,
  ): Promise<{ rfq: Rfq | null; order: Order | null }> {
    if (!input.rfqId && !input.orderId)
      failWith(UserErrorCode.INVALID, 'Give the RFQ to quote (rfqId) or the order to quote (orderId).', [
        'input',
      ]);
    let rfq: Rfq | null = null;
    let order: Order | null = null;
    if (input.rfqId) {
      const rfqId = idOfType(input.rfqId, 'Rfq');
      rfq = rfqId === null ? null : await em.getRepository(Rfq).findOneBy({ id: rfqId });
      if (!rfq) failWith(UserErrorCode.NOT_FOUND, 'No such request for quotation.', ['input', 'rfqId']);
    }
    if (input.orderId) {
      order = await lockVisibleOrder(ctx, this.orders, em, input.orderId);
      if (rfq && order.rfqId !== rfq.id)
        failWith(UserErrorCode.INVALID, `${order.number} is not the quotation of ${rfq.number}.`, [
          'input',
          'orderId',
        ]);
      if (!rfq && order.rfqId !== null) rfq = await em.getRepository(Rfq).findOneBy({ id: order.rfqId });
    } else if (rfq && rfq.quotationOrderId !== null) {
      order = await this.orders.lock(em, rfq.quotationOrderId);
    }
    return { rfq, order };
  }

  /** A new quotation for an RFQ: the seller's draft (numbered SO-…), owned by the requester so that they may accept it. */
  private async newQuotation(ctx: RequestContext, em: EntityManager, rfq: Rfq): Promise<Order> {
    const now = ctx.now();
    const company = await em.getRepository(Company).findOneByOrFail({ id: rfq.companyId });
    return em.getRepository(Order).save(
      em.getRepository(Order).create({
        number: NumberSequenceService.format(
          ORDER_SEQUENCE.prefix,
          await this.sequences.next(em, ORDER_SEQUENCE.name),
        ),
        status: OrderStatus.DRAFT,
        channel: 'PORTAL',
        companyId: company.id,
        createdById: rfq.requestedById,
        assignedToId: ctx.requireViewer().userId,
        currencyCode: await this.orders.currencyOf(ctx, company.id),
        purchaseOrderNumber: null,
        requestedDeliveryDate: rfq.neededBy,
        notes: rfq.notes,
        shippingAddressId: null,
        subtotal: '0',
        taxTotal: '0',
        total: '0',
        sourceOrderId: null,
        rfqId: rfq.id,
        submittedAt: null,
        createdAt: now,
        updatedAt: now,
      }),
    );
  }

  /**
   * The customer accepts the quotation with a typed signature: the name, the time and a SHA-256
   * of the quoted content are stored and the order becomes a sales order, which can no longer be
   * requoted. An expired quote is refused with EXPIRED.
   */
  async acceptQuote(ctx: RequestContext, input: AcceptQuoteInput): Promise<OrderResult> {
    const mails: OutgoingMail[] = [];
    const result = await this.orders.run(ctx, async (em) => {
      const order = await lockVisibleOrder(ctx, this.orders, em, input.orderId);
      requireAction(ctx, this.orders, order, OrderAction.ACCEPT_QUOTE);
      if (input.revision !== null && input.revision !== undefined && input.revision !== order.quoteRevision) {
        failWith(
          UserErrorCode.INVALID_STATE,
          `${order.number} was revised meanwhile (now revision ${order.quoteRevision}); review it before accepting.`,
          ['input', 'revision'],
        );
      }
      const checks = new InputChecks();
      const signatureName = checks.text(
        input.signatureName?.replace(/\s+/g, ' '),
        ['input', 'signatureName'],
        'Your typed full name',
        255,
      );
      if (signatureName !== null && signatureName.length < 2)
        checks.add(UserErrorCode.INVALID, 'Type your full name to sign the quote.', [
          'input',
          'signatureName',
        ]);
      const po = checks.optionalText(
        input.purchaseOrderNumber,
        ['input', 'purchaseOrderNumber'],
        'The purchase order number',
        64,
      );
      checks.throwIfAny();

      const now = ctx.now();
      const lines = await em
        .getRepository(OrderLine)
        .find({ where: { orderId: order.id }, order: { position: 'ASC', id: 'ASC' } });
      const units = await this.catalog.unitsById(ctx);
      const hash = quoteContentHash(order, lines, new Map([...units.values()].map((u) => [u.id, u.symbol])));
      await this.orders.transition(ctx, em, order, OrderAction.ACCEPT_QUOTE, {
        kind: 'QUOTE_ACCEPTED',
        message: `Quote revision ${order.quoteRevision} accepted and signed by ${signatureName}`,
        set: {
          quoteAcceptedAt: now,
          quoteSignedByName: signatureName,
          quoteContentHash: hash,
          submittedAt: order.submittedAt ?? now,
          ...(po ? { purchaseOrderNumber: po } : {}),
        },
      });
      await this.moveRfq(ctx, em, order, 'ACCEPTED', null);
      for (const staff of await salesContactsOf(ctx, order)) {
        mails.push({
          to: staff.email,
          subject: `Quote ${order.number} accepted`,
          text: `${signatureName} accepted quotation ${order.number} (revision ${order.quoteRevision}, ${formatAmount(order.total, order.currencyCode)}).\n\n${orderLink(ctx, order)}`,
        });
      }
      return order;
    });
    if (result.order) await sendAfterCommit(ctx, mails);
    return result;
  }

  /** The customer asks for a revised quotation: the quotation stays open, the RFQ shows CHANGES_REQUESTED. */
  requestChanges(ctx: RequestContext, input: QuoteResponseInput): Promise<OrderResult> {
    return this.respond(
      ctx,
      input,
      OrderAction.REQUEST_CHANGES,
      'CHANGES_REQUESTED',
      'CHANGES_REQUESTED',
      'Changes requested',
      'asks for changes to',
    );
  }

  /** The customer declines the quotation: the order is cancelled, the RFQ declined. */
  decline(ctx: RequestContext, input: QuoteResponseInput): Promise<OrderResult> {
    return this.respond(
      ctx,
      input,
      OrderAction.DECLINE_QUOTE,
      'DECLINED',
      'QUOTE_DECLINED',
      'Quote declined',
      'declined',
    );
  }

  private async respond(
    ctx: RequestContext,
    input: QuoteResponseInput,
    action: OrderAction,
    rfqStatus: RfqStatus,
    kind: EventKind,
    eventText: string,
    mailVerb: string,
  ): Promise<OrderResult> {
    const mails: OutgoingMail[] = [];
    const result = await this.orders.run(ctx, async (em) => {
      const order = await lockVisibleOrder(ctx, this.orders, em, input.orderId);
      requireAction(ctx, this.orders, order, action);
      const checks = new InputChecks();
      const message = checks.text(input.message, ['input', 'message'], 'The message', MAX_MESSAGE);
      checks.throwIfAny();
      // The version is bumped even when the status stays, so a revision sent meanwhile wins or loses cleanly.
      await this.orders.transition(ctx, em, order, action, { kind, message: `${eventText}: ${message}` });
      await this.moveRfq(ctx, em, order, rfqStatus, message);
      const viewer = ctx.requireViewer();
      for (const staff of await salesContactsOf(ctx, order)) {
        mails.push({
          to: staff.email,
          subject: `${viewer.user.name} ${mailVerb} quote ${order.number}`,
          text: `${message}\n\n${orderLink(ctx, order)}`,
        });
      }
      return order;
    });
    if (result.order) await sendAfterCommit(ctx, mails);
    return result;
  }

  /** Moves the RFQ a quotation answers along, with the customer's message in its conversation. */
  private async moveRfq(
    ctx: RequestContext,
    em: EntityManager,
    order: Order,
    status: RfqStatus,
    message: string | null,
  ): Promise<void> {
    if (order.rfqId === null) return;
    const rfq = await em.getRepository(Rfq).findOneBy({ id: order.rfqId });
    if (!rfq) return;
    const now = ctx.now();
    await em.getRepository(Rfq).update({ id: rfq.id }, { status, updatedAt: now });
    if (message)
      await em
        .getRepository(RfqMessage)
        .insert({ rfqId: rfq.id, at: now, authorId: ctx.requireViewer().userId, body: message });
    await this.audit.record(ctx, em, {
      entityType: 'Rfq',
      entityId: rfq.id,
      action: status.toLowerCase(),
      companyId: rfq.companyId,
      changes: { status: [rfq.status, status] },
    });
    ctx.loaders.clear(Rfq, rfq.id);
  }
}
