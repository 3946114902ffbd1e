import { Permission, Role, UNIT_PRICE_SCALE } from '@portal/domain';
import { pageRequest, toConnection, type Connection } from '../../common/connection';
import { idOfType, toGlobalId } from '../../common/node-id';
import { UserErrorCode, failWith, type UserError } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { enqueueMails } from '../../outbox/outbox';
import { publishEvent } from '../../outbox/webhook-events';
import { Company, Order, Product, Rfq, RfqLine, RfqMessage, User, type RfqStatus } from '../../entity';
import type { SubmitRfqInput, RfqMessageInput } from './quote.inputs';
import type { AuditService } from '../support/audit.service';
import type { RfqConversation } from './rfq-conversation';
import type { CatalogService } from '../catalog/catalog.service';
import type { NodeService } from '../node.service';
import type { OrderQueryService } from '../orders/order-query.service';
import { AccessPolicy, allOf, allRows, noRows, where, type AccessRule } from '../support/access-policy';
import { pageOf } from '../support/paging';
import { InputChecks } from '../support/input-checks';
import { payload } from '../support/mutation';
import type { NumberSequenceService } from '../support/number-sequence.service';
import type { OrderLinesService } from '../orders/order-lines.service';
import { validateItems } from './quote-lines';

export interface RfqResult {
  rfq: Rfq | null;
  userErrors: UserError[];
}

const MAX_MESSAGE = 5000;
/** RFQ numbers: RFQ-000001 from the sequence the demo data uses too. */
export const RFQ_SEQUENCE = { name: 'rfq', prefix: 'RFQ' };

/**
 * Requests for quotation: buyers submit them and talk with the seller; staff (QUOTES_MANAGE)
 * see every company's. A customer sees its own company's RFQs only; any other id behaves like
 * a missing one.
 */
export class RfqService {
  constructor(
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
    private readonly orderLines: OrderLinesService,
    private readonly sequences: NumberSequenceService,
    private readonly orders: OrderQueryService,
    private readonly conversation: RfqConversation,
  ) {}

  /** An RFQ the viewer may read, or null. */
  async findVisible(ctx: RequestContext, id: number | null): Promise<Rfq | null> {
    return id === null ? null : rfqAccess.visible(ctx, await ctx.loaders.load(Rfq, id));
  }

  async list(
    ctx: RequestContext,
    args: { first?: number | null; after?: string | null; statuses?: RfqStatus[] | null },
  ): Promise<Connection<Rfq>> {
    const page = pageRequest(args.first, args.after);
    if (args.statuses && args.statuses.length === 0) return toConnection<Rfq>([], 0, page);
    const query = ctx.db.getRepository(Rfq).createQueryBuilder('r');
    rfqAccess.scope(ctx, query, 'r');
    if (args.statuses)
      query.andWhere('r.status IN (:...statuses)', { statuses: [...new Set(args.statuses)] });
    query.orderBy('r.createdAt', 'DESC').addOrderBy('r.id', 'DESC');
    return pageOf(ctx, query, page);
  }

  /** A buyer asks for a quotation: catalog products or free-text items, each with a quantity and unit. */
  submit(ctx: RequestContext, input: SubmitRfqInput): Promise<RfqResult> {
    const viewer = ctx.requireViewer();
    return payload('rfq', async () => {
      const companyId = viewer.companyId;
      if (viewer.isStaff || companyId === null)
        return failWith(UserErrorCode.FORBIDDEN, 'Only a customer can ask for a quotation.', ['input']);
      const checks = new InputChecks();
      const title = checks.text(input.title, ['input', 'title'], 'The title', 255);
      if (input.neededBy && input.neededBy < ctx.clock.today())
        checks.add(UserErrorCode.INVALID, `The needed-by date ${input.neededBy} is in the past.`, [
          'input',
          'neededBy',
        ]);
      const notes = checks.optionalText(input.notes, ['input', 'notes'], 'Notes', MAX_MESSAGE);
      const items = await validateItems(ctx, this.orderLines, this.catalog, companyId, input.lines, checks, {
        quantityRules: false,
      });
      const targets = input.lines.map((line, i) =>
        checks.decimal(
          line.targetUnitPrice,
          ['input', 'lines', String(i), 'targetUnitPrice'],
          'The target price',
          { maxScale: UNIT_PRICE_SCALE, positive: true },
        ),
      );
      checks.throwIfAny();

      return ctx.transaction(async (tx) => {
        const now = tx.now();
        const number = await this.sequences.nextNumber(tx, RFQ_SEQUENCE);
        const rfq = await tx.db.getRepository(Rfq).save(
          tx.db.getRepository(Rfq).create({
            number,
            title: title!,
            status: 'SUBMITTED',
            companyId,
            requestedById: viewer.userId,
            neededBy: input.neededBy ?? null,
            notes,
            quotationOrderId: null,
            createdAt: now,
            updatedAt: now,
          }),
        );
        await tx.db.getRepository(RfqLine).insert(
          items.map((item, position) => ({
            rfqId: rfq.id,
            position: position + 1,
            productId: item.prepared?.product.id ?? null,
            description: item.description,
            quantity: item.quantity,
            unitId: item.unit.id,
            targetUnitPrice: targets[item.index],
          })),
        );
        if (notes) await this.conversation.post(tx, rfq, notes);
        await this.audit.record(tx, {
          entityType: 'Rfq',
          entityId: rfq.id,
          action: 'submit',
          companyId,
          changes: { number, status: [null, 'SUBMITTED'], lines: items.length },
        });
        await this.tellSales(tx, rfq, items.length);
        return rfq;
      });
    });
  }

  /** "New RFQ" to every active salesperson, in the transaction that submits it (the outbox delivers it). */
  private async tellSales(tx: RequestContext, rfq: Rfq, lineCount: number): Promise<void> {
    const sales = await tx.db
      .getRepository(User)
      .find({ where: { role: Role.SALES, status: 'ACTIVE' }, order: { id: 'ASC' } });
    const company = await tx.loaders.load(Company, rfq.companyId);
    const requester = tx.requireViewer().user;
    const link = `${tx.config.publicUrl}/staff/rfqs/${encodeURIComponent(toGlobalId('Rfq', rfq.id))}`;
    await enqueueMails(
      tx,
      'rfq.submitted',
      sales.map((user) => ({
        to: user.email,
        subject: `New RFQ ${rfq.number} from ${company?.name ?? 'a customer'}: ${rfq.title}`,
        text: [
          `Hello ${user.name},`,
          '',
          `${requester.name} of ${company?.name ?? 'a customer'} asks for a quotation: "${rfq.title}", ${lineCount} line${lineCount === 1 ? '' : 's'}${rfq.neededBy ? `, needed by ${rfq.neededBy}` : ''}.`,
          '',
          `Quote it here: ${link}`,
        ].join('\n'),
      })),
    );
    await publishEvent(tx, 'rfq.submitted', rfq.companyId, () => ({
      rfq: {
        id: toGlobalId('Rfq', rfq.id),
        number: rfq.number,
        title: rfq.title,
        status: rfq.status,
        neededBy: rfq.neededBy,
      },
    }));
  }

  /** A message in the RFQ's conversation: the customer's side of the company, or staff with QUOTES_MANAGE. */
  postMessage(ctx: RequestContext, input: RfqMessageInput): Promise<RfqResult> {
    const viewer = ctx.requireViewer();
    return payload('rfq', async () => {
      const rfq = await this.findVisible(ctx, idOfType(input.rfqId, 'Rfq'));
      if (!rfq)
        return failWith(UserErrorCode.NOT_FOUND, 'No such request for quotation.', ['input', 'rfqId']);
      const mayWrite = viewer.isStaff
        ? viewer.can(Permission.QUOTES_MANAGE)
        : viewer.canAny(Permission.RFQ_SUBMIT, Permission.QUOTES_RESPOND);
      if (!mayWrite)
        failWith(UserErrorCode.FORBIDDEN, 'Your role may read this request but not write in it.', [
          'input',
          'rfqId',
        ]);
      const checks = new InputChecks();
      const body = checks.text(input.body, ['input', 'body'], 'The message', MAX_MESSAGE);
      checks.throwIfAny();
      return ctx.transaction(async (tx) => {
        await this.conversation.post(tx, rfq, body!);
        await this.audit.record(tx, {
          entityType: 'Rfq',
          entityId: rfq.id,
          action: 'message',
          companyId: rfq.companyId,
        });
        return rfq;
      });
    });
  }

  // ------------------------------------------------------------ relations (per-request loaders)

  lines(ctx: RequestContext, rfq: Rfq): Promise<RfqLine[]> {
    return ctx.loaders.children(RfqLine, 'rfqId', rfq.id, 'position');
  }

  messages(ctx: RequestContext, rfq: Rfq): Promise<RfqMessage[]> {
    return ctx.loaders.children(RfqMessage, 'rfqId', rfq.id, 'id');
  }

  company(ctx: RequestContext, companyId: number): Promise<Company | null> {
    return ctx.loaders.load(Company, companyId);
  }

  /** A user shown as an RFQ's requester or a message's author (staff included, by name). */
  user(ctx: RequestContext, userId: number): Promise<User | null> {
    return ctx.loaders.load(User, userId);
  }

  /** The product of an RFQ line (as it is now; the line keeps its own description). */
  product(ctx: RequestContext, line: RfqLine): Promise<Product | null> {
    return line.productId === null ? Promise.resolve(null) : ctx.loaders.load(Product, line.productId);
  }

  /** The current quotation of an RFQ, if the viewer may read that order (the orders' own scope). */
  quotation(ctx: RequestContext, rfq: Rfq): Promise<Order | null> {
    return this.orders.findVisible(ctx, rfq.quotationOrderId);
  }

  /** The RFQ a quotation answers, if the viewer may read it. */
  async ofOrder(ctx: RequestContext, order: Order): Promise<Rfq | null> {
    return order.rfqId === null ? null : this.findVisible(ctx, order.rfqId);
  }

  /** The currency target prices are in: the RFQ's company's. */
  async currencyOf(ctx: RequestContext, rfqId: number): Promise<string> {
    const rfq = await ctx.loaders.load(Rfq, rfqId);
    const company = rfq ? await ctx.loaders.load(Company, rfq.companyId) : null;
    return company?.currencyCode ?? 'USD';
  }
}

/**
 * Which RFQs the viewer reads, like orders: staff with QUOTES_MANAGE or ORDERS_READ_COMPANY every
 * company's; company-wide readers (portal admins, viewers) their company's; buyers the ones they
 * asked for.
 */
export const rfqAccess = new AccessPolicy(Rfq, (ctx): AccessRule<Rfq> => {
  const viewer = ctx.requireViewer();
  if (viewer.isStaff)
    return viewer.canAny(Permission.QUOTES_MANAGE, Permission.ORDERS_READ_COMPANY) ? allRows() : noRows();
  if (viewer.companyId === null) return noRows();
  const company = where<Rfq>('companyId', viewer.companyId);
  if (viewer.can(Permission.ORDERS_READ_COMPANY)) return company;
  return viewer.canAny(Permission.RFQ_SUBMIT, Permission.QUOTES_RESPOND)
    ? allOf(company, where('requestedById', viewer.userId))
    : noRows();
});

/** Makes RFQs reachable through `node(id)`, within what the viewer may read. */
export function registerRfqNodes(nodes: NodeService, rfqs: RfqService): void {
  nodes.register('Rfq', (ctx, id) => rfqs.findVisible(ctx, id));
}
