import path from 'node:path';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { OrderStatus, Permission } from '@portal/domain';
import { idOfType } from '../../common/node-id';
import type { PortalRuntime, RequestContext } from '../../context';
import type { MailAttachment } from '../../mail/mailer';
import type { MailAttachmentRef } from '../../outbox/queued-mail';
import { systemContext } from '../../outbox/system-context';
import { Company, Document, Invoice, Order, Product, Shipment, type DocumentKind } from '../../entity';
import type { AuditService } from '../support/audit.service';
import type { CatalogService } from '../catalog/catalog.service';
import type { OrderQueryService } from '../orders/order-query.service';
import type { InvoiceQueryService } from '../invoices/invoice-query.service';
import type { RfqService } from '../quotes/rfq.service';
import { ContentStore } from './content-store';
import { DocumentModels, isoDate } from './document-models';
import { renderDeliverySlip } from './pdf/delivery-slip.pdf';
import { renderInvoice } from './pdf/invoice.pdf';
import type { StatementModel } from './pdf/models';
import { renderOrderConfirmation } from './pdf/order-confirmation.pdf';
import { renderQuotation } from './pdf/quotation.pdf';
import { renderStatement } from './pdf/statement.pdf';
import { at } from '../../common/at';

/** Kinds the portal generates from its records. */
export const GENERATED_KINDS: readonly DocumentKind[] = [
  'QUOTATION',
  'ORDER_CONFIRMATION',
  'DELIVERY_SLIP',
  'INVOICE',
  'CREDIT_NOTE',
  'STATEMENT',
];
/** Kinds staff upload (product certificates, shipment papers, a customer's tax exemption certificate). */
export const UPLOAD_KINDS: readonly DocumentKind[] = [
  'CERTIFICATE_OF_ANALYSIS',
  'CERTIFICATE_OF_CONFORMANCE',
  'SAFETY_DATA_SHEET',
  'BILL_OF_LADING',
  'TAX_EXEMPTION_CERTIFICATE',
  'OTHER',
  'PRODUCT_IMAGE',
];
/** The one kind uploaded to a company (not a product or shipment): its tax exemption certificate. */
export const COMPANY_UPLOAD_KIND: DocumentKind = 'TAX_EXEMPTION_CERTIFICATE';
/** Product pictures: images only, of a product only. */
const IMAGE_KIND: DocumentKind = 'PRODUCT_IMAGE';
/** Kinds that print contract prices: only for viewers with PRICES_CONTRACT (never requisitioners). */
export const PRICED_KINDS: readonly DocumentKind[] = [
  'QUOTATION',
  'ORDER_CONFIRMATION',
  'INVOICE',
  'CREDIT_NOTE',
  'STATEMENT',
];
/** Content types accepted for uploads, with the magic bytes their content must start with. */
export const UPLOAD_TYPES: Readonly<Record<string, { extension: string; magic: number[] }>> = {
  'application/pdf': { extension: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  'image/png': { extension: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  'image/jpeg': { extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
};
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Order statuses after placement: the order confirmation exists from then on. */
const PLACED = new Set<OrderStatus>([
  OrderStatus.SALES_ORDER,
  OrderStatus.IN_PROGRESS,
  OrderStatus.SHIPPED,
  OrderStatus.DELIVERED,
  OrderStatus.INVOICED,
]);
const PDF = 'application/pdf';

interface MoneyLike {
  amount: string;
  currencyCode: string;
}

/** A statement as the AccountStatement type holds it: enough to print it and to key its document. */
export interface StatementForDocument {
  companyId: number;
  /** The company and its subsidiaries in one statement; entries name their company. */
  consolidated: boolean;
  from: string;
  to: string;
  openingBalance: MoneyLike;
  closingBalance: MoneyLike;
  entries: {
    date: string;
    kind: string;
    reference: string;
    settles: readonly string[];
    /** On a consolidated statement: the entry's company. */
    companyName: string | null;
    debit: MoneyLike | null;
    credit: MoneyLike | null;
    balance: MoneyLike;
  }[];
  aging: {
    asOf: string;
    buckets: { label: string; amount: MoneyLike; count: number }[];
    totalOutstanding: MoneyLike;
  };
}

export interface Download {
  document: Document;
  bytes: Buffer;
}

export interface UploadInput {
  kind: string | null;
  title: string | null;
  productId: string | null;
  shipmentId: string | null;
  /** A customer company: only for its TAX_EXEMPTION_CERTIFICATE (INVOICING_MANAGE). */
  companyId?: string | null;
  contentType: string | null;
  bytes: Buffer | null;
}

export type UploadResult = { document: Document } | { status: number; code: string; message: string };

/** A document the record it belongs to asks for, not necessarily rendered yet. */
interface Slot {
  kind: DocumentKind;
  versionKey: string;
  title: string;
  companyId: number;
  orderId: number | null;
  shipmentId: number | null;
  invoiceId: number | null;
}

/**
 * Documents: who may see which, generating them once per version of their record, serving the
 * stored bytes, and staff uploads.
 *
 * Generated documents are created lazily in two steps. Asking for `Order.documents` or
 * `Invoice.document` only inserts the missing Document rows (batched: one INSERT for a whole
 * page of orders) with their `versionKey` and empty bytes; the PDF is rendered on the first
 * download, stored in the content store and recorded on the row, and every later download
 * serves those bytes. A row whose record moved on before it was rendered (e.g. a quote revised)
 * is stale: it is no longer listed and downloads as not found. Statements work the same way,
 * keyed by their content (ofStatement): no query renders or stores a PDF.
 */
export class DocumentService {
  readonly models: DocumentModels;

  constructor(
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
    private readonly orders: OrderQueryService,
    private readonly rfqs: RfqService,
    private readonly invoices: InvoiceQueryService,
  ) {
    this.models = new DocumentModels(invoices);
  }

  store(ctx: RequestContext): ContentStore {
    return new ContentStore(path.join(ctx.config.dataDir, 'documents'));
  }

  // ------------------------------------------------------------ access

  /** A document by global id, if the viewer may see it; anything else (malformed, foreign, signed out) is null. */
  async findVisible(ctx: RequestContext, globalId: string): Promise<Document | null> {
    return this.findVisibleById(ctx, idOfType(globalId, 'Document'));
  }

  /** The same by numeric id (for `node(id)`). */
  async findVisibleById(ctx: RequestContext, id: number | null): Promise<Document | null> {
    if (!ctx.viewer || id === null) return null;
    const document = await ctx.loaders.load(Document, id);
    return document && (await this.mayRead(ctx, document)) ? document : null;
  }

  /** Whether the company is a subsidiary of the viewer's (a parent company's users read its statements). */
  private async isSubsidiaryOfViewer(ctx: RequestContext, companyId: number): Promise<boolean> {
    const viewerCompanyId = ctx.viewer?.companyId ?? null;
    if (viewerCompanyId === null) return false;
    const company = await ctx.loaders.load(Company, companyId);
    return company?.parentId === viewerCompanyId;
  }

  /**
   * A document follows its record: an invoice's the invoice scoping (and not the summary role),
   * an order's or shipment's the order scoping, an RFQ's the RFQ scoping, a statement its
   * company's STATEMENT_READ; a product certificate the catalog visibility of its product.
   * Documents with prices need PRICES_CONTRACT.
   */
  async mayRead(ctx: RequestContext, document: Document): Promise<boolean> {
    const viewer = ctx.viewer;
    if (!viewer) return false;
    if (PRICED_KINDS.includes(document.kind) && !viewer.can(Permission.PRICES_CONTRACT)) return false;
    if (
      !viewer.isStaff &&
      document.companyId !== null &&
      document.companyId !== viewer.companyId &&
      !(document.kind === 'STATEMENT' && (await this.isSubsidiaryOfViewer(ctx, document.companyId)))
    )
      return false;
    if (document.invoiceId !== null) {
      if (!viewer.canAny(Permission.INVOICES_READ_OWN, Permission.INVOICES_READ_COMPANY)) return false;
      return (await this.invoices.findVisible(ctx, document.invoiceId)) !== null;
    }
    // A statement is the company's (or, for a parent's users, one of its subsidiaries': checked above).
    if (document.kind === 'STATEMENT') return viewer.can(Permission.STATEMENT_READ);
    if (document.orderId !== null) return (await this.orders.findVisible(ctx, document.orderId)) !== null;
    if (document.rfqId !== null) return (await this.rfqs.findVisible(ctx, document.rfqId)) !== null;
    if (document.productId !== null) {
      return (
        (await this.catalog.findVisible(
          ctx,
          this.catalog.viewerCompanyId(ctx),
          { id: document.productId },
          { includeOutOfStock: true },
        )) !== null
      );
    }
    return viewer.isStaff || document.companyId === viewer.companyId;
  }

  /** Whether the viewer may see this kind at all (lists leave out what the download would refuse). */
  private listable(ctx: RequestContext, document: Document): boolean {
    return !PRICED_KINDS.includes(document.kind) || (ctx.viewer?.can(Permission.PRICES_CONTRACT) ?? false);
  }

  // ------------------------------------------------------------ download

  /** The document and its bytes (rendering a generated one on its first download), or null. */
  async download(ctx: RequestContext, globalId: string): Promise<Download | null> {
    const document = await this.findVisible(ctx, globalId);
    if (!document) return null;
    if (document.sha256) {
      const bytes = await this.store(ctx).get(document.storageKey);
      if (!bytes)
        throw new Error(
          `Document ${document.id}: bytes ${document.storageKey} are missing from the content store`,
        );
      return { document, bytes };
    }
    const bytes = await this.render(ctx, document);
    if (!bytes) return null;
    const stored = await this.store(ctx).put(bytes);
    const won = await ctx.transaction((tx) =>
      tx.db
        .createQueryBuilder()
        .update(Document)
        .set({ sha256: stored.sha256, storageKey: stored.storageKey, byteSize: stored.byteSize })
        .where('id = :id AND sha256 = :pending', { id: document.id, pending: '' })
        .execute(),
    );
    if (won.affected === 0) {
      // Another request rendered it first: serve what it stored, so every download is the same.
      const current = await ctx.db.getRepository(Document).findOneByOrFail({ id: document.id });
      const storedBytes = await this.store(ctx).get(current.storageKey);
      if (!storedBytes)
        throw new Error(
          `Document ${document.id}: bytes ${current.storageKey} are missing from the content store`,
        );
      return { document: current, bytes: storedBytes };
    }
    return { document: Object.assign(document, stored), bytes };
  }

  /**
   * A document attached to an e-mail as the outbox delivers it: the PDF of an issued invoice,
   * stored on first use like a download; or a company's statement, rendered from the statement
   * computed at delivery. The mail's recipients were chosen as readers of the invoice (or the
   * statement) when it was written; the worker has no viewer of its own.
   */
  async attachmentOf(runtime: PortalRuntime, ref: MailAttachmentRef): Promise<MailAttachment | null> {
    const ctx = systemContext(runtime);
    if (ref.kind === 'STATEMENT_PDF') {
      if (!this.statementOf) return null;
      const statement = await this.statementOf(ctx, ref.id, ref.from, ref.to, false);
      const { model } = await this.statementVersion(ctx, statement);
      return {
        filename: `statement-${model.from}-to-${model.to}.pdf`,
        contentType: PDF,
        content: await renderStatement(model, ctx.config.seller, new Date(`${model.asOf}T00:00:00.000Z`)),
      };
    }
    const invoice = await ctx.db.getRepository(Invoice).findOneBy({ id: ref.id });
    if (!invoice) return null;
    const [document] = await this.invoiceDocuments(ctx, [invoice]);
    if (!document) return null;
    const bytes = document.sha256
      ? await this.store(ctx).get(document.storageKey)
      : await this.render(ctx, document);
    if (!bytes) throw new Error(`The PDF of invoice ${invoice.id} could not be rendered for its e-mail`);
    return { filename: fileNameOf(document), contentType: document.contentType, content: bytes };
  }

  /** Renders a generated document from its record, if the row is still the record's current version. */
  private async render(ctx: RequestContext, document: Document): Promise<Buffer | null> {
    const seller = ctx.config.seller;
    if (document.kind === 'STATEMENT') return this.renderStatementDocument(ctx, document);
    if (document.invoiceId !== null) {
      const invoice = await ctx.db.getRepository(Invoice).findOneBy({ id: document.invoiceId });
      if (!invoice || this.invoiceSlot(invoice)?.versionKey !== document.versionKey) return null;
      return renderInvoice(
        await this.models.invoice(ctx, invoice),
        seller,
        invoice.issuedOn ? new Date(`${invoice.issuedOn}T00:00:00.000Z`) : invoice.createdAt,
      );
    }
    if (document.orderId === null) return null;
    const order = await ctx.db.getRepository(Order).findOneBy({ id: document.orderId });
    if (!order) return null;
    const shipments = await ctx.loaders.children(Shipment, 'orderId', order.id);
    if (!this.orderSlots(order, shipments).some((s) => s.versionKey === document.versionKey)) return null;
    switch (document.kind) {
      case 'ORDER_CONFIRMATION':
        return renderOrderConfirmation(
          await this.models.orderConfirmation(ctx, order),
          seller,
          order.submittedAt ?? order.createdAt,
        );
      case 'QUOTATION':
        return renderQuotation(
          await this.models.quotation(ctx, order),
          seller,
          order.quoteSentAt ?? order.updatedAt,
        );
      case 'DELIVERY_SLIP': {
        const shipment = shipments.find((s) => s.id === document.shipmentId);
        return shipment
          ? renderDeliverySlip(
              await this.models.deliverySlip(ctx, order, shipment),
              seller,
              shipment.shippedAt ?? shipment.createdAt,
            )
          : null;
      }
      default:
        return null;
    }
  }

  /**
   * Keeps the quotation of the order's current revision before a new revision replaces its lines:
   * its PDF is rendered and stored now (inside the caller's transaction), so every issued revision
   * stays downloadable to those who could read it.
   */
  async keepQuotation(tx: RequestContext, order: Order): Promise<void> {
    const slot = this.orderSlots(order, []).find((s) => s.kind === 'QUOTATION');
    if (!slot) return;
    const existing = await tx.db.getRepository(Document).find({ where: { versionKey: slot.versionKey } });
    const [row] = existing.length ? existing : await this.createMissing(tx, [slot], existing);
    if (!row || row.sha256) return;
    const bytes = await this.render(tx, row);
    if (!bytes) return;
    const stored = await this.store(tx).put(bytes);
    await tx.db
      .createQueryBuilder()
      .update(Document)
      .set({ sha256: stored.sha256, storageKey: stored.storageKey, byteSize: stored.byteSize })
      .where('id = :id AND sha256 = :pending', { id: row.id, pending: '' })
      .execute();
  }

  // ------------------------------------------------------------ generated documents of records

  /** `Order.documents`: its generated documents (current versions) and its shipments' papers, as the viewer may see them. */
  async ofOrder(ctx: RequestContext, order: Order): Promise<Document[]> {
    const loader = await ctx.memo(
      'documents:orders',
      async () =>
        new DataLoader<Order, Document[], number>((orders) => this.orderDocuments(ctx, orders), {
          cacheKeyFn: (o) => o.id,
        }),
    );
    return (await loader.load(order)).filter((d) => this.listable(ctx, d));
  }

  /** `Invoice.document`: the document of an issued invoice or credit note (null for drafts). */
  async ofInvoice(ctx: RequestContext, invoice: Invoice): Promise<Document | null> {
    const loader = await ctx.memo(
      'documents:invoices',
      async () =>
        new DataLoader<Invoice, Document | null, number>((invoices) => this.invoiceDocuments(ctx, invoices), {
          cacheKeyFn: (i) => i.id,
        }),
    );
    const document = await loader.load(invoice);
    return document && this.listable(ctx, document) ? document : null;
  }

  /**
   * Recomputes a statement of a company and period for the viewer (wired to the receivables
   * service in services.ts), for rendering a statement on its download.
   */
  statementOf:
    | ((
        ctx: RequestContext,
        companyId: number,
        from: string,
        to: string,
        consolidated: boolean,
      ) => Promise<StatementForDocument>)
    | null = null;

  /**
   * `AccountStatement.document`: the statement's document, one per company, period and content
   * (content-addressed: asking again for the same statement returns the same document; a new
   * entry in the period makes a new version). Reading it renders and stores nothing: the row
   * records the version, and the PDF is made on its first download, from the statement computed
   * again then (a statement that changed meanwhile is stale: not found, as other documents).
   */
  async ofStatement(ctx: RequestContext, statement: StatementForDocument): Promise<Document | null> {
    const viewer = ctx.viewer;
    if (!viewer?.can(Permission.STATEMENT_READ) || !viewer.can(Permission.PRICES_CONTRACT)) return null;
    const { model, versionKey } = await this.statementVersion(ctx, statement);
    const existing = await ctx.db.getRepository(Document).findOneBy({ versionKey });
    if (existing) return existing;
    await ctx.transaction((tx) =>
      tx.db
        .createQueryBuilder()
        .insert()
        .into(Document)
        .values({
          kind: 'STATEMENT',
          title: `Statement ${model.from} to ${model.to}`,
          companyId: statement.companyId,
          contentType: PDF,
          sha256: '',
          storageKey: '',
          byteSize: 0,
          versionKey,
          createdById: viewer.userId,
          createdAt: ctx.now(),
        })
        .orIgnore()
        // An ignored insert sets no insert id to read the row back by (auth/auth-limits.ts).
        .updateEntity(false)
        .execute(),
    );
    return ctx.db.getRepository(Document).findOneByOrFail({ versionKey });
  }

  /** The printable model of a statement and the key of its version (company, period, content). */
  private async statementVersion(
    ctx: RequestContext,
    statement: StatementForDocument,
  ): Promise<{ model: StatementModel; versionKey: string }> {
    const company = await this.models.company(ctx, statement.companyId);
    const model: StatementModel = {
      buyer: await this.models.buyer(ctx, company),
      currencyCode: statement.closingBalance.currencyCode,
      from: statement.from,
      to: statement.to,
      asOf: statement.aging.asOf,
      openingBalance: statement.openingBalance.amount,
      entries: statement.entries.map((e) => ({
        date: e.date,
        kind: e.kind,
        // A consolidated statement prints each entry's company with its reference.
        reference: e.companyName ? `${e.reference} (${e.companyName})` : e.reference,
        settles: e.settles,
        debit: e.debit?.amount ?? null,
        credit: e.credit?.amount ?? null,
        balance: e.balance.amount,
      })),
      closingBalance: statement.closingBalance.amount,
      aging: statement.aging.buckets.map((b) => ({
        label: b.label,
        amount: b.amount.amount,
        count: b.count,
      })),
      totalOutstanding: statement.aging.totalOutstanding.amount,
    };
    const fingerprint = ContentStore.fingerprint(JSON.stringify(model)).slice(0, 16);
    const kind = statement.consolidated ? 'statement-consolidated' : 'statement';
    return { model, versionKey: `${kind}:${company.id}:${model.from}:${model.to}:${fingerprint}` };
  }

  /** Renders a statement's document if the statement computed now is still the version it names. */
  private async renderStatementDocument(ctx: RequestContext, document: Document): Promise<Buffer | null> {
    const [, kind, companyId, from, to] =
      /^(statement|statement-consolidated):(\d+):([\d-]+):([\d-]+):/.exec(document.versionKey ?? '') ?? [];
    if (!companyId || !from || !to || !this.statementOf) return null;
    const statement = await this.statementOf(
      ctx,
      Number(companyId),
      from,
      to,
      kind === 'statement-consolidated',
    );
    const { model, versionKey } = await this.statementVersion(ctx, statement);
    if (versionKey !== document.versionKey) return null;
    return renderStatement(model, ctx.config.seller, new Date(`${model.asOf}T00:00:00.000Z`));
  }

  private orderSlots(order: Order, shipments: Shipment[]): Slot[] {
    const base = { companyId: order.companyId, orderId: order.id, shipmentId: null, invoiceId: null };
    const slots: Slot[] = [];
    if (order.quoteRevision > 0) {
      slots.push({
        ...base,
        kind: 'QUOTATION',
        versionKey: `quotation:${order.id}:r${order.quoteRevision}`,
        title: `Quotation ${order.number} revision ${order.quoteRevision}`,
      });
    }
    if (PLACED.has(order.status)) {
      slots.push({
        ...base,
        kind: 'ORDER_CONFIRMATION',
        versionKey: `order-confirmation:${order.id}`,
        title: `Order confirmation ${order.number}`,
      });
    }
    shipments.forEach((shipment, i) => {
      if (shipment.shippedAt) {
        slots.push({
          ...base,
          shipmentId: shipment.id,
          kind: 'DELIVERY_SLIP',
          versionKey: `delivery-slip:${shipment.id}`,
          title: `Delivery slip ${order.number}-${i + 1}`,
        });
      }
    });
    return slots;
  }

  private invoiceSlot(invoice: Invoice): Slot | null {
    if (invoice.status === 'DRAFT' || !invoice.issuedOn) return null;
    const credit = invoice.kind === 'CREDIT_NOTE';
    return {
      kind: credit ? 'CREDIT_NOTE' : 'INVOICE',
      versionKey: `invoice:${invoice.id}`,
      title: `${credit ? 'Credit note' : 'Invoice'} ${invoice.number}`,
      companyId: invoice.companyId,
      orderId: null,
      shipmentId: null,
      invoiceId: invoice.id,
    };
  }

  /** Batch of Order.documents: one SELECT of documents, the shipments (shared loader), and at most one INSERT + SELECT for new rows. */
  private async orderDocuments(ctx: RequestContext, orders: readonly Order[]): Promise<Document[][]> {
    const [existing, shipments] = await Promise.all([
      ctx.db
        .getRepository(Document)
        .find({ where: { orderId: In(orders.map((o) => o.id)) }, order: { id: 'ASC' } }),
      Promise.all(orders.map((o) => ctx.loaders.children(Shipment, 'orderId', o.id))),
    ]);
    const slots = orders.map((order, i) => this.orderSlots(order, at(shipments, i)));
    const created = await this.createMissing(ctx, slots.flat(), existing);
    const all = [...existing, ...created];
    return orders.map((order, i) => {
      const current = new Set(at(slots, i).map((s) => s.versionKey));
      return all
        .filter(
          (d) =>
            d.orderId === order.id && (d.versionKey === null || d.sha256 !== '' || current.has(d.versionKey)),
        )
        .sort((a, b) => a.id - b.id);
    });
  }

  private async invoiceDocuments(
    ctx: RequestContext,
    invoices: readonly Invoice[],
  ): Promise<(Document | null)[]> {
    const slots = invoices.map((i) => this.invoiceSlot(i));
    const keys = slots.flatMap((s) => (s ? [s.versionKey] : []));
    if (keys.length === 0) return invoices.map(() => null);
    const existing = await ctx.db.getRepository(Document).find({ where: { versionKey: In(keys) } });
    const all = [
      ...existing,
      ...(await this.createMissing(
        ctx,
        slots.filter((s): s is Slot => s !== null),
        existing,
      )),
    ];
    return slots.map((slot) => (slot ? (all.find((d) => d.versionKey === slot.versionKey) ?? null) : null));
  }

  /** Inserts the rows of slots that have none yet (INSERT ... IGNORE: a concurrent request may win), and reads them back. */
  private async createMissing(ctx: RequestContext, slots: Slot[], existing: Document[]): Promise<Document[]> {
    const have = new Set(existing.map((d) => d.versionKey));
    const missing = slots.filter((s) => !have.has(s.versionKey));
    if (missing.length === 0) return [];
    const now = ctx.now();
    await ctx.transaction((tx) =>
      tx.db
        .createQueryBuilder()
        .insert()
        .into(Document)
        .values(
          missing.map((s) => ({
            ...s,
            productId: null,
            rfqId: null,
            contentType: PDF,
            byteSize: 0,
            sha256: '',
            storageKey: '',
            createdById: null,
            createdAt: now,
          })),
        )
        .orIgnore()
        // An ignored insert sets no insert id to read the row back by (auth/auth-limits.ts).
        .updateEntity(false)
        .execute(),
    );
    return ctx.db
      .getRepository(Document)
      .find({ where: { versionKey: In(missing.map((s) => s.versionKey)) } });
  }

  // ------------------------------------------------------------ uploads

  /**
   * Staff upload a certificate or paper to a product (CATALOG_MANAGE), a shipment
   * (FULFILMENT_MANAGE) or a company's tax exemption certificate (INVOICING_MANAGE; linked to
   * the company by setCompanyTaxExemption). Everything is checked before anything is stored.
   */
  async upload(ctx: RequestContext, input: UploadInput): Promise<UploadResult> {
    const viewer = ctx.viewer;
    if (!viewer) return { status: 401, code: 'UNAUTHENTICATED', message: 'Sign in to upload documents.' };
    if (
      !viewer.isStaff ||
      !viewer.canAny(Permission.CATALOG_MANAGE, Permission.FULFILMENT_MANAGE, Permission.INVOICING_MANAGE)
    ) {
      return {
        status: 403,
        code: 'FORBIDDEN',
        message:
          'Uploading documents requires CATALOG_MANAGE (products), FULFILMENT_MANAGE (shipments) or INVOICING_MANAGE (tax exemption certificates).',
      };
    }
    const kind = input.kind?.trim().toUpperCase() ?? '';
    if (!UPLOAD_KINDS.includes(kind as DocumentKind)) {
      return {
        status: 400,
        code: 'INVALID_KIND',
        message: `kind must be one of ${UPLOAD_KINDS.join(', ')}.`,
      };
    }
    const title = input.title?.trim() ?? '';
    if (title.length === 0 || title.length > 255)
      return { status: 400, code: 'INVALID_TITLE', message: 'title is required, at most 255 characters.' };
    if ([input.productId, input.shipmentId, input.companyId].filter(Boolean).length !== 1) {
      return {
        status: 400,
        code: 'INVALID_TARGET',
        message: 'Give exactly one of productId, shipmentId or companyId.',
      };
    }
    if (Boolean(input.companyId) !== (kind === COMPANY_UPLOAD_KIND)) {
      return {
        status: 400,
        code: 'INVALID_TARGET',
        message: `A company takes only its ${COMPANY_UPLOAD_KIND}, and that kind only a companyId.`,
      };
    }
    const contentType = (input.contentType ?? '').split(';', 1).join('').trim().toLowerCase();
    const type = UPLOAD_TYPES[contentType];
    if (!type)
      return {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: `Content-Type must be one of ${Object.keys(UPLOAD_TYPES).join(', ')}.`,
      };
    if (kind === IMAGE_KIND && !contentType.startsWith('image/'))
      return {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'A product image must be image/png or image/jpeg.',
      };
    if (kind === IMAGE_KIND && !input.productId)
      return { status: 400, code: 'INVALID_TARGET', message: 'A product image needs a productId.' };
    const bytes = input.bytes;
    if (!bytes || bytes.length === 0)
      return { status: 400, code: 'EMPTY_BODY', message: 'The request body (the file) is empty.' };
    if (!type.magic.every((b, i) => bytes[i] === b))
      return { status: 415, code: 'CONTENT_MISMATCH', message: `The file is not a ${contentType} file.` };

    let target: Pick<Document, 'companyId' | 'productId' | 'orderId' | 'shipmentId'>;
    if (input.productId) {
      if (!viewer.can(Permission.CATALOG_MANAGE))
        return { status: 403, code: 'FORBIDDEN', message: 'Product documents require CATALOG_MANAGE.' };
      const productId = idOfType(input.productId, 'Product');
      const product =
        productId === null ? null : await ctx.db.getRepository(Product).findOneBy({ id: productId });
      if (!product) return { status: 404, code: 'NOT_FOUND', message: 'No such product.' };
      target = { companyId: null, productId: product.id, orderId: null, shipmentId: null };
    } else if (input.companyId) {
      if (!viewer.can(Permission.INVOICING_MANAGE))
        return {
          status: 403,
          code: 'FORBIDDEN',
          message: 'Tax exemption certificates require INVOICING_MANAGE.',
        };
      const companyId = idOfType(input.companyId, 'Company');
      const company =
        companyId === null ? null : await ctx.db.getRepository(Company).findOneBy({ id: companyId });
      if (!company) return { status: 404, code: 'NOT_FOUND', message: 'No such company.' };
      target = { companyId: company.id, productId: null, orderId: null, shipmentId: null };
    } else {
      if (!viewer.can(Permission.FULFILMENT_MANAGE))
        return { status: 403, code: 'FORBIDDEN', message: 'Shipment documents require FULFILMENT_MANAGE.' };
      const shipmentId = idOfType(input.shipmentId, 'Shipment');
      const shipment =
        shipmentId === null ? null : await ctx.db.getRepository(Shipment).findOneBy({ id: shipmentId });
      const order = shipment ? await this.orders.findVisible(ctx, shipment.orderId) : null;
      if (!shipment || !order) return { status: 404, code: 'NOT_FOUND', message: 'No such shipment.' };
      target = { companyId: order.companyId, productId: null, orderId: order.id, shipmentId: shipment.id };
    }

    const stored = await this.store(ctx).put(bytes);
    const document = await ctx.transaction(async (tx) => {
      const row = await tx.db.getRepository(Document).save(
        tx.db.getRepository(Document).create({
          kind: kind as DocumentKind,
          title,
          ...target,
          invoiceId: null,
          rfqId: null,
          contentType,
          ...stored,
          versionKey: null,
          createdById: viewer.userId,
          createdAt: tx.now(),
        }),
      );
      await this.audit.recordOn(tx, 'Document', row, 'DOCUMENT_UPLOADED', {
        kind,
        title,
        productId: row.productId,
        shipmentId: row.shipmentId,
        companyId: row.companyId,
        sha256: row.sha256,
        byteSize: row.byteSize,
      });
      return row;
    });
    return { document };
  }
}

/** A file name for Content-Disposition: the title's safe characters, with the type's extension. */
export function fileNameOf(document: Document): string {
  const extension =
    Object.entries(UPLOAD_TYPES).find(([type]) => type === document.contentType)?.[1].extension ?? 'bin';
  const base =
    document.title
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9._ -]+/g, '')
      .replace(/\s+/g, '-')
      .replace(/^[.-]+/, '')
      .slice(0, 100) || `document-${document.id}`;
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}

export { isoDate };
