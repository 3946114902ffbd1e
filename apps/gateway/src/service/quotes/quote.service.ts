import { OrderAction, OrderStatus, StaffOrderAction, UNIT_PRICE_SCALE, guardedText } from '@portal/domain';
import { idOfType } from '../../common/node-id';
import { UserErrorCode, failWith } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { Address, Company, Order, OrderLine, Rfq, User, type RfqStatus } from '../../entity';
import type { AcceptQuoteInput, QuoteResponseInput, SendQuoteInput } from './quote.inputs';
import type { AuditService } from '../support/audit.service';
import type { RfqConversation } from './rfq-conversation';
import type { CatalogService } from '../catalog/catalog.service';
import { InputChecks } from '../support/input-checks';
import { TextReader } from '../support/reader-text';
import type { NumberSequenceService } from '../support/number-sequence.service';
import type { OrderLinesService } from '../orders/order-lines.service';
import { DRAFT_SEQUENCE, defaultShippingAddress } from '../orders/cart.service';
import { ORDER_SEQUENCE, type OrderPlacementService } from '../orders/order-placement.service';
import { orderChange, type OrderResult } from '../orders/order-payload';
import type { OrderQueryService } from '../orders/order-query.service';
import type { EventKind, OrderStateWriter } from '../orders/order-state-writer';
import { lockVisibleOrder, mailsFor, orderLink, salesContactsOf } from '../orders/order-workflow';
import type { OrderNotifications } from '../orders/order-notifications';
import type { DocumentService } from '../documents/document.service';
import { formatAmount, quotationRows, quoteContentHash, validateItems } from './quote-lines';

/** RFQ statuses a quotation may still be sent or revised in. */
const OPEN_RFQ_STATUSES: readonly RfqStatus[] = ['SUBMITTED', 'QUOTED', 'CHANGES_REQUESTED'];
const MAX_MESSAGE = 5000;

/**
 * Quotations. Staff (QUOTES_MANAGE) send them for an RFQ, turn a draft into one, or revise one
 * (revision + 1, lines replaced); the customer (QUOTES_RESPOND) accepts with a typed signature,
 * asks for changes, or declines. Every step asks the domain state machine and goes through
 * OrderStateWriter.transition on the order read for update: one transaction, a version-checked
 * write (of a concurrent accept and revise exactly one wins), a timeline event and an audit row.
 */
export class QuoteService {
  constructor(
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
    private readonly queries: OrderQueryService,
    private readonly states: OrderStateWriter,
    private readonly lines: OrderLinesService,
    private readonly sequences: NumberSequenceService,
    private readonly conversation: RfqConversation,
    private readonly placement: OrderPlacementService,
    private readonly notifications: OrderNotifications,
    private readonly documents: DocumentService,
  ) {}

  /** Creates the quotation of an RFQ, turns a draft into a quotation, or revises a quotation; e-mails the customer. */
  async sendQuote(ctx: RequestContext, input: SendQuoteInput): Promise<OrderResult> {
    return orderChange(ctx, async (tx, mails) => {
      const viewer = tx.requireViewer();
      const field = input.orderId ? ['input', 'orderId'] : ['input', 'rfqId'];
      const { rfq, order: existing } = await this.quoteTarget(tx, input);
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
      await this.states.check(tx, existing ?? stub, StaffOrderAction.SEND_QUOTE, { field });

      const checks = new InputChecks();
      if (input.validUntil && input.validUntil < tx.clock.today()) {
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
        ? await validateItems(tx, this.lines, this.catalog, companyId, input.lines, checks, {
            quantityRules: true,
          })
        : null;
      const prices = (input.lines ?? []).map((line, i) =>
        checks.decimal(line.unitPrice, ['input', 'lines', String(i), 'unitPrice'], 'The unit price', {
          maxScale: UNIT_PRICE_SCALE,
          positive: true,
        }),
      );
      checks.throwIfAny();

      const now = tx.now();
      const order = existing ?? (await this.newQuotation(tx, rfq!));
      const revision = order.quoteRevision + 1;
      if (items) {
        // The revision the customer has is a document of record: kept before its lines go.
        if (order.quoteRevision > 0) await this.documents.keepQuotation(tx, order);
        await tx.db.getRepository(OrderLine).delete({ orderId: order.id });
        const rows = quotationRows(
          this.lines,
          order.id,
          order.currencyCode,
          items.map((item) => ({ ...item, unitPrice: prices[item.index]! })),
          `Quoted price (revision ${revision})`,
        );
        await this.lines.writeLinesAndTotals(tx, order, rows);
      }
      const number = order.number.startsWith(`${DRAFT_SEQUENCE.prefix}-`)
        ? await this.sequences.nextNumber(tx, ORDER_SEQUENCE)
        : order.number;
      const validUntil = input.validUntil ?? order.quoteValidUntil;
      const validity = validUntil ? `, valid until ${validUntil}` : '';
      await this.states.transition(tx, order, StaffOrderAction.SEND_QUOTE, {
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
          adjustmentTotal: order.adjustmentTotal,
          taxTotal: order.taxTotal,
          total: order.total,
        },
      });
      if (rfq) {
        await this.conversation.move(tx, rfq, 'QUOTED', 'quote', {
          message,
          set: { quotationOrderId: order.id },
          changes: { quotation: order.number, revision },
        });
      }
      const customer = await tx.db
        .getRepository(User)
        .findOneBy({ id: rfq?.requestedById ?? order.createdById ?? -1 });
      if (customer && customer.companyId !== null && customer.status === 'ACTIVE') {
        const reader = TextReader.forRole(customer.role);
        const total = reader.text(
          guardedText(
            `Total: ${formatAmount(order.total, order.currencyCode)}`,
            'Your buyer or administrator sees its prices',
          ),
        );
        mails.add('quote.sent', {
          to: customer.email,
          subject: `Quotation ${order.number}${revision > 1 ? ` (revision ${revision})` : ''}${rfq ? ` for ${rfq.number}` : ''}`,
          text: [
            `Hello ${customer.name},`,
            '',
            `we have ${revision > 1 ? 'revised' : 'prepared'} quotation ${order.number}${rfq ? ` for your request ${rfq.number} "${rfq.title}"` : ''}.`,
            `${total}${validUntil ? `, valid until ${validUntil}` : ''}.`,
            ...(message ? ['', message] : []),
            '',
            `Review it, accept it or ask for changes: ${orderLink(tx, order)}`,
          ].join('\n'),
        });
      }
      return order;
    });
  }

  /** The RFQ and/or order a sendQuote is about (staff read every company's); NOT_FOUND for unknown ids. */
  private async quoteTarget(
    tx: RequestContext,
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
      rfq = rfqId === null ? null : await tx.db.getRepository(Rfq).findOneBy({ id: rfqId });
      if (!rfq) failWith(UserErrorCode.NOT_FOUND, 'No such request for quotation.', ['input', 'rfqId']);
    }
    if (input.orderId) {
      order = await lockVisibleOrder(tx, this.queries, this.states, input.orderId);
      if (rfq && order.rfqId !== rfq.id)
        failWith(UserErrorCode.INVALID, `${order.number} is not the quotation of ${rfq.number}.`, [
          'input',
          'orderId',
        ]);
      if (!rfq && order.rfqId !== null) rfq = await tx.db.getRepository(Rfq).findOneBy({ id: order.rfqId });
    } else if (rfq && rfq.quotationOrderId !== null) {
      order = await this.states.lock(tx, rfq.quotationOrderId);
    }
    return { rfq, order };
  }

  /** A new quotation for an RFQ: the seller's draft (numbered SO-…), owned by the requester so that they may accept it. */
  private async newQuotation(tx: RequestContext, rfq: Rfq): Promise<Order> {
    const now = tx.now();
    const company = await tx.db.getRepository(Company).findOneByOrFail({ id: rfq.companyId });
    return tx.db.getRepository(Order).save(
      tx.db.getRepository(Order).create({
        number: await this.sequences.nextNumber(tx, ORDER_SEQUENCE),
        status: OrderStatus.DRAFT,
        channel: 'PORTAL',
        companyId: company.id,
        createdById: rfq.requestedById,
        assignedToId: tx.requireViewer().userId,
        currencyCode: await this.queries.currencyOf(tx, company.id),
        purchaseOrderNumber: null,
        requestedDeliveryDate: rfq.neededBy,
        notes: rfq.notes,
        shippingAddressId: (await defaultShippingAddress(tx, company.id))?.id ?? null,
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
    const result = await orderChange(ctx, async (tx, mails) => {
      const order = await lockVisibleOrder(tx, this.queries, this.states, input.orderId);
      await this.states.check(tx, order, OrderAction.ACCEPT_QUOTE);
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
      let shipTo: number | null = order.shippingAddressId;
      if (input.shippingAddressId != null) {
        const id = idOfType(input.shippingAddressId, 'Address');
        const address = id === null ? null : await tx.db.getRepository(Address).findOneBy({ id });
        if (!address || address.companyId !== order.companyId)
          checks.add(UserErrorCode.NOT_FOUND, "No such address of the order's company.", [
            'input',
            'shippingAddressId',
          ]);
        else shipTo = address.id;
      } else if (shipTo === null) shipTo = (await defaultShippingAddress(tx, order.companyId))?.id ?? null;
      checks.throwIfAny();

      const now = tx.now();
      const lines = await tx.db
        .getRepository(OrderLine)
        .find({ where: { orderId: order.id }, order: { position: 'ASC', id: 'ASC' } });
      if (shipTo !== order.shippingAddressId) {
        // Tax follows the ship-to: the quoted prices stay, the tax is the new address's.
        order.shippingAddressId = shipTo;
        await this.lines.writeLinesAndTotals(tx, order, lines);
      }
      const units = await this.catalog.unitsById(tx);
      const hash = quoteContentHash(order, lines, new Map([...units.values()].map((u) => [u.id, u.symbol])));
      await this.placement.placeQuote(tx, order, {
        message: `Quote revision ${order.quoteRevision} accepted and signed by ${signatureName}`,
        set: {
          quoteAcceptedAt: now,
          quoteSignedByName: signatureName,
          quoteContentHash: hash,
          shippingAddressId: shipTo,
          ...(po ? { purchaseOrderNumber: po } : {}),
        },
      });
      await this.moveRfq(tx, order, 'ACCEPTED', null);
      const pending = order.status === OrderStatus.PENDING_APPROVAL ? ', awaiting their approval' : '';
      mails.add(
        'quote.accepted',
        ...mailsFor(await salesContactsOf(tx, order), (reader) => ({
          subject: `Quote ${order.number} accepted`,
          text: `${signatureName} accepted quotation ${order.number} (revision ${order.quoteRevision}${reader.text(
            guardedText(`, ${formatAmount(order.total, order.currencyCode)}`, ''),
          )})${pending}.\n\n${orderLink(tx, order)}`,
        })),
      );
      // Over an approval rule, the company's approvers are asked; otherwise the author is told.
      await this.notifications.enqueue(tx, order);
      return order;
    });
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
    return orderChange(ctx, async (tx, mails) => {
      const order = await lockVisibleOrder(tx, this.queries, this.states, input.orderId);
      await this.states.check(tx, order, action);
      const checks = new InputChecks();
      const message = checks.text(input.message, ['input', 'message'], 'The message', MAX_MESSAGE);
      checks.throwIfAny();
      // The version is bumped even when the status stays, so a revision sent meanwhile wins or loses cleanly.
      await this.states.transition(tx, order, action, { kind, message: `${eventText}: ${message}` });
      await this.moveRfq(tx, order, rfqStatus, message);
      const viewer = tx.requireViewer();
      mails.add(
        'quote.responded',
        ...mailsFor(await salesContactsOf(tx, order), () => ({
          subject: `${viewer.user.name} ${mailVerb} quote ${order.number}`,
          text: `${message}\n\n${orderLink(tx, order)}`,
        })),
      );
      return order;
    });
  }

  /** Moves the RFQ a quotation answers along, with the customer's message in its conversation. */
  private async moveRfq(
    tx: RequestContext,
    order: Order,
    status: RfqStatus,
    message: string | null,
  ): Promise<void> {
    if (order.rfqId === null) return;
    const rfq = await tx.db.getRepository(Rfq).findOneBy({ id: order.rfqId });
    if (rfq) await this.conversation.move(tx, rfq, status, status.toLowerCase(), { message });
  }
}
