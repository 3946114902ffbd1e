import { AuthService } from '../auth/auth.service';
import { SessionService } from '../auth/session.service';
import type { Mailer } from '../mail/mailer';
import { ApiTokenService } from './api-token.service';
import { CatalogAdminService } from './catalog-admin.service';
import { CatalogService, registerCatalogNodes } from './catalog.service';
import { CustomerAdminService } from './customer-admin.service';
import { AuditService } from './audit.service';
import { CompanyService } from './company.service';
import { NodeService } from './node.service';
import { NumberSequenceService } from './number-sequence.service';
import { OrderLinesService } from './order-lines.service';
import { OrderTemplateService } from './order-template.service';
import { OrderService } from './order.service';
import { PricingService } from './pricing.service';
import { ReorderService } from './reorder.service';
import { UserService } from './user.service';
import { AdoptionService } from './adoption.service';
import { FulfilmentService } from './fulfilment.service';
import { QuoteService } from './quote.service';
import { RfqService, registerRfqNodes } from './rfq.service';
import { DocumentService } from './documents/document.service';
import { InvoiceService } from './invoice.service';
import { PaymentTermService } from './payment-term.service';
import { ReceivablesService } from './receivables.service';
import { PaymentService } from './payment.service';
import { PaymentProviderRegistry } from './payments/payment-provider';

/** Every service, built once at start-up; resolvers receive this registry in their constructor. */
export interface Services {
  audit: AuditService;
  sessions: SessionService;
  auth: AuthService;
  users: UserService;
  companies: CompanyService;
  apiTokens: ApiTokenService;
  nodes: NodeService;
  catalog: CatalogService;
  pricing: PricingService;
  catalogAdmin: CatalogAdminService;
  customerAdmin: CustomerAdminService;
  orders: OrderService;
  reorder: ReorderService;
  templates: OrderTemplateService;
  rfqs: RfqService;
  quotes: QuoteService;
  fulfilment: FulfilmentService;
  adoption: AdoptionService;
  documents: DocumentService;
  invoices: InvoiceService;
  receivables: ReceivablesService;
  paymentTerms: PaymentTermService;
  payments: PaymentService;
}

/**
 * `paymentProviders`: the provider of each payment method (app.ts passes defaultPaymentProviders,
 * tests their own); without it no method is taken online (e.g. when only printing the schema).
 */
export function createServices(deps: {
  mailer: Mailer;
  paymentProviders?: PaymentProviderRegistry;
}): Services {
  const audit = new AuditService();
  const sessions = new SessionService();
  const users = new UserService(audit, deps.mailer);
  const companies = new CompanyService();
  const catalog = new CatalogService();
  const pricing = new PricingService(catalog);
  const nodes = new NodeService(users, companies);
  registerCatalogNodes(nodes, catalog);
  const orders = new OrderService(
    audit,
    catalog,
    new OrderLinesService(catalog, pricing),
    new NumberSequenceService(),
    deps.mailer,
  );
  const templates = new OrderTemplateService(orders, audit);
  nodes.register('Order', (ctx, id) => orders.findVisible(ctx, id));
  nodes.register('OrderTemplate', (ctx, id) => templates.findVisible(ctx, id));
  const rfqs = new RfqService(audit, catalog, orders.lines, new NumberSequenceService(), orders);
  registerRfqNodes(nodes, rfqs);
  const documents = new DocumentService(audit, catalog, orders, rfqs);
  nodes.register('Document', (ctx, id) => documents.findVisibleById(ctx, id));
  const invoices = new InvoiceService(audit, orders, new NumberSequenceService());
  documents.useInvoices(invoices);
  nodes.register('Invoice', (ctx, id) => invoices.findVisible(ctx, id));
  const payments = new PaymentService(
    audit,
    invoices,
    deps.paymentProviders ?? new PaymentProviderRegistry({}),
  );
  nodes.register('Payment', (ctx, id) => payments.findVisible(ctx, id));
  return {
    audit,
    sessions,
    auth: new AuthService(sessions, audit),
    users,
    companies,
    apiTokens: new ApiTokenService(audit),
    nodes,
    catalog,
    pricing,
    catalogAdmin: new CatalogAdminService(audit, catalog, pricing),
    customerAdmin: new CustomerAdminService(audit, pricing),
    orders,
    reorder: new ReorderService(orders, catalog),
    templates,
    rfqs,
    quotes: new QuoteService(audit, catalog, orders, orders.lines, new NumberSequenceService()),
    fulfilment: new FulfilmentService(orders),
    adoption: new AdoptionService(),
    documents,
    invoices,
    receivables: new ReceivablesService(),
    paymentTerms: new PaymentTermService(audit),
    payments,
  };
}
