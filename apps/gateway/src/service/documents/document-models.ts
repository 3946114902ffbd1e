import {
  Money,
  amountDue,
  describePaymentTerm,
  formatPostalAddress,
  isExemptionActive,
  toDecimalString,
} from '@portal/domain';
import { configuredExemption } from '../taxes/tax-rules.service';
import { figuresOf, type InvoiceQueryService } from '../invoices/invoice-query.service';
import type { RequestContext } from '../../context';
import { effectivePaymentTermId } from '../accounts/account-hierarchy';
import {
  Address,
  Company,
  Invoice,
  InvoiceAdjustment,
  InvoiceInstallment,
  InvoiceLine,
  Order,
  OrderAdjustment,
  OrderLine,
  Payment,
  PaymentTerm,
  PaymentTermInstallment,
  Product,
  Refund,
  Shipment,
  ShipmentLine,
  UnitOfMeasure,
} from '../../entity';
import type {
  DeliverySlipModel,
  InvoiceModel,
  OrderConfirmationModel,
  Party,
  PricedLine,
  QuotationModel,
  Totals,
} from './pdf/models';

/**
 * Builds what the PDF renderers print from the records: the buyer's company and addresses, the
 * lines with their units, totals, terms. Reads through the request's loaders.
 */
export class DocumentModels {
  constructor(private readonly invoices: InvoiceQueryService) {}

  async orderConfirmation(ctx: RequestContext, order: Order): Promise<OrderConfirmationModel> {
    const company = await this.company(ctx, order.companyId);
    return {
      orderNumber: order.number,
      placedOn: isoDate(order.submittedAt ?? order.createdAt),
      purchaseOrderNumber: order.purchaseOrderNumber,
      requestedDeliveryDate: order.requestedDeliveryDate,
      buyer: await this.buyer(ctx, company),
      shipTo: await this.shipTo(ctx, company, order.shippingAddressId),
      lines: await this.orderLines(ctx, order),
      totals: totals(
        order.currencyCode,
        order,
        company,
        await ctx.loaders.children(OrderAdjustment, 'orderId', order.id, 'position'),
      ),
      paymentTerm: await this.paymentTerm(ctx, await effectivePaymentTermId(ctx, company)),
      notes: order.notes,
    };
  }

  async quotation(ctx: RequestContext, order: Order): Promise<QuotationModel> {
    return {
      ...(await this.orderConfirmation(ctx, order)),
      revision: order.quoteRevision,
      validUntil: order.quoteValidUntil,
      sentOn: isoDate(order.quoteSentAt ?? order.updatedAt),
    };
  }

  async deliverySlip(ctx: RequestContext, order: Order, shipment: Shipment): Promise<DeliverySlipModel> {
    const company = await this.company(ctx, order.companyId);
    const shipments = await ctx.loaders.children(Shipment, 'orderId', order.id);
    const orderLines = await ctx.loaders.children(OrderLine, 'orderId', order.id, 'position');
    // A shipment lists what it carries; one made before partial shipments, the whole order.
    const carried = await ctx.loaders.children(ShipmentLine, 'shipmentId', shipment.id);
    const lines = carried.length
      ? orderLines
          .filter((l) => carried.some((c) => c.orderLineId === l.id))
          .map((l) => ({ ...l, quantity: carried.find((c) => c.orderLineId === l.id)!.quantity }))
      : orderLines;
    return {
      orderNumber: order.number,
      purchaseOrderNumber: order.purchaseOrderNumber,
      shipmentNumber: shipments.findIndex((s) => s.id === shipment.id) + 1,
      shippedOn: shipment.shippedAt ? isoDate(shipment.shippedAt) : null,
      carrier: shipment.carrier,
      trackingNumber: shipment.trackingNumber,
      billOfLadingNumber: shipment.billOfLadingNumber,
      buyer: await this.buyer(ctx, company),
      shipTo: await this.shipTo(ctx, company, order.shippingAddressId),
      lines: await Promise.all(
        lines.map(async (l) => ({
          sku: l.sku,
          description: l.description,
          quantity: l.quantity,
          unit: await this.unitSymbol(ctx, l.unitId),
        })),
      ),
    };
  }

  async invoice(ctx: RequestContext, invoice: Invoice): Promise<InvoiceModel> {
    const company = await this.company(ctx, invoice.companyId);
    const order = invoice.orderId === null ? null : await ctx.loaders.load(Order, invoice.orderId);
    const credited =
      invoice.creditedInvoiceId === null ? null : await ctx.loaders.load(Invoice, invoice.creditedInvoiceId);
    const lines = await ctx.loaders.children(InvoiceLine, 'invoiceId', invoice.id, 'position');
    const installments = await ctx.loaders.children(InvoiceInstallment, 'invoiceId', invoice.id, 'dueOn');
    const c = invoice.currencyCode;
    const percent = invoice.earlyPaymentDiscountPercent;
    const discount =
      invoice.kind === 'INVOICE' &&
      percent !== null &&
      Number(percent) > 0 &&
      invoice.earlyPaymentDiscountDeadline
        ? Money.of(invoice.total, c).multiply(Money.of(percent, c).amount.div(100)).round()
        : null;
    return {
      kind: invoice.kind,
      number: invoice.number,
      issuedOn: invoice.issuedOn ?? isoDate(invoice.createdAt),
      dueOn: invoice.dueOn,
      orderNumber: order?.number ?? null,
      purchaseOrderNumber: order?.purchaseOrderNumber ?? null,
      creditedInvoiceNumber: credited?.number ?? null,
      reason: invoice.reason,
      buyer: await this.buyer(ctx, company),
      shipTo: order ? await this.shipTo(ctx, company, order.shippingAddressId) : null,
      lines: await Promise.all(
        lines.map(async (l) => ({
          sku: l.productId === null ? null : ((await ctx.loaders.load(Product, l.productId))?.sku ?? null),
          description: l.description,
          quantity: l.quantity,
          unit: l.unitId === null ? '' : await this.unitSymbol(ctx, l.unitId),
          unitPrice: l.unitPrice,
          lineTotal: l.lineTotal,
        })),
      ),
      totals: {
        currencyCode: c,
        subtotal: invoice.subtotal,
        adjustments: adjustmentRows(
          await ctx.loaders.children(InvoiceAdjustment, 'invoiceId', invoice.id, 'position'),
        ),
        taxTotal: invoice.taxTotal,
        total: invoice.total,
        taxExemptionText:
          invoice.taxExemptionText ??
          exemptionTextOn(company, invoice.issuedOn ?? isoDate(invoice.createdAt)),
      },
      paymentTerm: await this.paymentTerm(ctx, invoice.paymentTermId),
      earlyPaymentDiscount:
        discount && percent !== null && invoice.earlyPaymentDiscountDeadline
          ? {
              percent: toDecimalString(Money.of(percent, c).amount),
              deadline: invoice.earlyPaymentDiscountDeadline,
              amount: toDecimalString(discount.amount),
              amountToPay: toDecimalString(Money.of(invoice.total, c).subtract(discount).amount),
            }
          : null,
      installments: installments.map((i) => ({ dueOn: i.dueOn, amount: i.amount })),
      creditApplications: (await this.invoices.creditApplications(ctx, invoice)).map((a) => ({
        document: invoice.kind === 'CREDIT_NOTE' ? a.invoice.number : a.creditNote.number,
        appliedOn: a.appliedOn,
        amount: toDecimalString(a.amount.amount),
      })),
      refunds: await this.refunds(ctx, invoice),
      openCredit:
        invoice.kind === 'CREDIT_NOTE' && amountDue(figuresOf(invoice)).amount.gt(0)
          ? toDecimalString(amountDue(figuresOf(invoice)).amount)
          : null,
    };
  }

  /** The refunds of a credit note's credit, with the day the refunded card payment was made. */
  async refunds(ctx: RequestContext, invoice: Invoice): Promise<InvoiceModel['refunds']> {
    if (invoice.kind !== 'CREDIT_NOTE') return [];
    const refunds = await ctx.loaders.children(Refund, 'creditNoteId', invoice.id, 'id');
    return Promise.all(
      refunds.map(async (r) => {
        const payment = await ctx.loaders.load(Payment, r.paymentId);
        return {
          refundedOn: r.refundedOn,
          paymentPaidOn: payment?.paidAt ? isoDate(payment.paidAt) : null,
          amount: r.amount,
          pending: r.status === 'PENDING',
        };
      }),
    );
  }

  async company(ctx: RequestContext, companyId: number): Promise<Company> {
    const company = await ctx.loaders.load(Company, companyId);
    if (!company) throw new Error(`Company ${companyId} is missing`);
    return company;
  }

  /**
   * The company with its billing address: the default billing address, else one labelled
   * "billing", else the default shipping address, else the first.
   */
  async buyer(ctx: RequestContext, company: Company): Promise<Party> {
    const addresses = await ctx.loaders.children(Address, 'companyId', company.id);
    const billing =
      addresses.find((a) => a.isDefaultBilling) ??
      addresses.find((a) => /bill/i.test(a.label ?? '')) ??
      addresses.find((a) => a.isDefaultShipping) ??
      addresses[0];
    return { name: company.name, lines: billing ? addressLines(billing) : [] };
  }

  async shipTo(ctx: RequestContext, company: Company, addressId: number | null): Promise<Party | null> {
    const address = addressId === null ? null : await ctx.loaders.load(Address, addressId);
    return address
      ? {
          name: address.label ? `${company.name} (${address.label})` : company.name,
          lines: addressLines(address),
        }
      : null;
  }

  async paymentTerm(ctx: RequestContext, termId: number | null): Promise<string | null> {
    const term = termId === null ? null : await ctx.loaders.load(PaymentTerm, termId);
    if (!term) return null;
    const installments = await ctx.loaders.children(
      PaymentTermInstallment,
      'paymentTermId',
      term.id,
      'position',
    );
    const description = describePaymentTerm({
      netDays: term.netDays,
      endOfMonth: term.endOfMonth,
      earlyPaymentDiscountPercent: term.earlyPaymentDiscountPercent,
      earlyPaymentDiscountDays: term.earlyPaymentDiscountDays,
      installments: installments.map((i) => ({ percent: i.percent, days: i.days })),
    });
    return term.name && term.name !== description ? `${term.name} (${description})` : description;
  }

  private async orderLines(ctx: RequestContext, order: Order): Promise<PricedLine[]> {
    const lines = await ctx.loaders.children(OrderLine, 'orderId', order.id, 'position');
    return Promise.all(
      lines.map(async (l) => ({
        sku: l.sku,
        description: l.description,
        quantity: l.quantity,
        unit: await this.unitSymbol(ctx, l.unitId),
        unitPrice: l.unitPrice,
        lineTotal: l.lineTotal,
      })),
    );
  }

  private async unitSymbol(ctx: RequestContext, unitId: number): Promise<string> {
    return (await ctx.loaders.load(UnitOfMeasure, unitId))?.symbol ?? '';
  }
}

function totals(
  currencyCode: string,
  order: Order,
  company: Company,
  adjustments: readonly OrderAdjustment[],
): Totals {
  return {
    currencyCode,
    subtotal: order.subtotal,
    adjustments: adjustmentRows(adjustments),
    taxTotal: order.taxTotal,
    total: order.total,
    taxExemptionText: exemptionTextOn(company, isoDate(order.submittedAt ?? order.createdAt)),
  };
}

/** The exemption line of a document dated `day`: only while the company's certificate holds. */
function exemptionTextOn(company: Company, day: string): string | null {
  return isExemptionActive(configuredExemption(company), day) ? exemptionText(company) : null;
}

function adjustmentRows(rows: readonly (OrderAdjustment | InvoiceAdjustment)[]): Totals['adjustments'] {
  return rows.map((a) => ({ description: a.description, amount: a.amount }));
}

function exemptionText(company: Company): string {
  return company.taxExemptionCertificate
    ? `Tax exempt: certificate ${company.taxExemptionCertificate}`
    : 'Tax exempt';
}

/** An address as its country writes it (the domain's formatPostalAddress). */
function addressLines(a: Address): string[] {
  return formatPostalAddress(a);
}

/** The UTC calendar date of a timestamp, "2026-03-01". */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
