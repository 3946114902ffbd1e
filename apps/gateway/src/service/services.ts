import { AuthLimits } from '../auth/auth-limits';
import { AuthService } from '../auth/auth.service';
import { SessionService } from '../auth/session.service';
import { ApiTokenService } from './accounts/api-token.service';
import { Company } from '../entity';
import { CompanyService } from './accounts/company.service';
import { CustomerAdminService } from './accounts/customer-admin.service';
import { NotificationSettingsService } from './accounts/notification-settings.service';
import { UserService } from './accounts/user.service';
import { CatalogAdminService } from './catalog/catalog-admin.service';
import { CostRuleService } from './catalog/cost-rules';
import { PricelistAdminService } from './catalog/pricelist-admin.service';
import { ProductAdminService } from './catalog/product-admin.service';
import { CatalogService, registerCatalogNodes } from './catalog/catalog.service';
import { PricingService } from './catalog/pricing.service';
import { DocumentService } from './documents/document.service';
import { ReceivableNotifications } from './invoices/receivable-notifications';
import { OutboxMessageService } from './outbox/outbox-message.service';
import { WebhookSubscriptionService } from './webhooks/webhook-subscription.service';
import { CreditNoteService } from './invoices/credit-note.service';
import { InvoiceQueryService } from './invoices/invoice-query.service';
import { InvoiceSettlement } from './invoices/invoice-settlement';
import { InvoicingService } from './invoices/invoicing.service';
import { PaymentTermService } from './invoices/payment-term.service';
import { ReceivablesService } from './invoices/receivables.service';
import { toAccountStatementType } from '../resolver/types/receivables.mapping';
import { toGlobalId } from '../common/node-id';
import { AdoptionService } from './metrics/adoption.service';
import { InventoryService } from './inventory/inventory.service';
import { NodeService } from './node.service';
import { ApprovalService } from './orders/approval.service';
import { CartService } from './orders/cart.service';
import { FulfilmentService } from './orders/fulfilment.service';
import { OrderIncentives } from './orders/order-incentives';
import { OrderLinesService } from './orders/order-lines.service';
import { OrderNotifications } from './orders/order-notifications';
import { OrderPlacementService } from './orders/order-placement.service';
import { OrderQueryService } from './orders/order-query.service';
import { OrderStateWriter } from './orders/order-state-writer';
import { OrderTemplateService } from './orders/order-template.service';
import { ReorderService } from './orders/reorder.service';
import { PaymentService } from './payments/payment.service';
import { RefundService } from './payments/refund.service';
import { Refund } from '../entity';
import { PaymentProviderRegistry } from './payments/payment-provider';
import { QuoteService } from './quotes/quote.service';
import { RfqConversation } from './quotes/rfq-conversation';
import { RfqService, registerRfqNodes } from './quotes/rfq.service';
import { AuditService } from './support/audit.service';
import { TaxAdminService } from './taxes/tax-admin.service';
import { TaxRulesService } from './taxes/tax-rules.service';
import { IdempotencyService } from './support/idempotency.service';
import { NumberSequenceService } from './support/number-sequence.service';

/** Every service, built once at start-up; resolvers receive this registry in their constructor. */
export interface Services {
  sessions: SessionService;
  auth: AuthService;
  users: UserService;
  companies: CompanyService;
  apiTokens: ApiTokenService;
  nodes: NodeService;
  catalog: CatalogService;
  pricing: PricingService;
  catalogAdmin: CatalogAdminService;
  productAdmin: ProductAdminService;
  pricelistAdmin: PricelistAdminService;
  customerAdmin: CustomerAdminService;
  orders: OrderQueryService;
  orderStates: OrderStateWriter;
  incentives: OrderIncentives;
  orderLines: OrderLinesService;
  cart: CartService;
  placement: OrderPlacementService;
  approvals: ApprovalService;
  reorder: ReorderService;
  templates: OrderTemplateService;
  rfqs: RfqService;
  quotes: QuoteService;
  fulfilment: FulfilmentService;
  inventory: InventoryService;
  adoption: AdoptionService;
  documents: DocumentService;
  invoices: InvoiceQueryService;
  invoicing: InvoicingService;
  creditNotes: CreditNoteService;
  receivables: ReceivablesService;
  receivableNotifications: ReceivableNotifications;
  notificationSettings: NotificationSettingsService;
  paymentTerms: PaymentTermService;
  payments: PaymentService;
  refunds: RefundService;
  taxRules: TaxRulesService;
  taxAdmin: TaxAdminService;
  outboxMessages: OutboxMessageService;
  webhooks: WebhookSubscriptionService;
}

/**
 * `paymentProviders`: the provider of each payment method (app.ts passes defaultPaymentProviders,
 * tests their own); without it no method is taken online (e.g. when only printing the schema).
 */
export function createServices(deps: { paymentProviders?: PaymentProviderRegistry } = {}): Services {
  const audit = new AuditService();
  const sequences = new NumberSequenceService();
  const idempotency = new IdempotencyService();
  const sessions = new SessionService();
  const limits = new AuthLimits();
  const users = new UserService(audit, limits, sessions);
  const companies = new CompanyService();
  const nodes = new NodeService(users, companies);

  const catalog = new CatalogService();
  const pricing = new PricingService(catalog);
  const costRules = new CostRuleService(catalog);
  registerCatalogNodes(nodes, catalog);

  const orders = new OrderQueryService();
  const inventory = new InventoryService(audit);
  const orderStates = new OrderStateWriter(audit, inventory);
  const taxRules = new TaxRulesService();
  const incentives = new OrderIncentives();
  const orderLines = new OrderLinesService(catalog, pricing, taxRules, incentives);
  const notifications = new OrderNotifications();
  const cart = new CartService(audit, orders, orderStates, orderLines);
  const placement = new OrderPlacementService(
    orders,
    orderStates,
    orderLines,
    catalog,
    sequences,
    idempotency,
    notifications,
    inventory,
    cart,
    incentives,
  );
  const templates = new OrderTemplateService(
    audit,
    orders,
    orderStates,
    orderLines,
    cart,
    placement,
    idempotency,
  );
  nodes.register('Order', (ctx, id) => orders.findVisible(ctx, id));
  nodes.register('OrderTemplate', (ctx, id) => templates.findVisible(ctx, id));

  const conversation = new RfqConversation(audit);
  const rfqs = new RfqService(audit, catalog, orderLines, sequences, orders, conversation);
  registerRfqNodes(nodes, rfqs);

  const invoices = new InvoiceQueryService();
  const settlement = new InvoiceSettlement();
  nodes.register('Invoice', (ctx, id) => invoices.findVisible(ctx, id));
  const documents = new DocumentService(audit, catalog, orders, rfqs, invoices);
  nodes.register('Document', (ctx, id) => documents.findVisibleById(ctx, id));
  const receivables = new ReceivablesService();
  documents.statementOf = async (ctx, companyId, from, to, consolidated) => {
    if (ctx.viewer)
      return toAccountStatementType(
        await receivables.accountStatement(ctx, {
          from,
          to,
          companyId: toGlobalId('Company', companyId),
          consolidated,
        }),
      );
    // No viewer: the worker attaching the nightly statement to the e-mail of the company's readers.
    const company = await ctx.loaders.load(Company, companyId);
    if (!company) throw new Error(`No company ${companyId} for its statement`);
    return toAccountStatementType(await receivables.statementOfCompany(ctx, company, from, to, consolidated));
  };
  const receivableNotifications = new ReceivableNotifications();
  const payments = new PaymentService(
    audit,
    invoices,
    settlement,
    idempotency,
    deps.paymentProviders ?? new PaymentProviderRegistry({}),
    receivableNotifications,
  );
  nodes.register('Payment', (ctx, id) => payments.findVisible(ctx, id));
  const refunds = new RefundService(
    audit,
    invoices,
    settlement,
    idempotency,
    deps.paymentProviders ?? new PaymentProviderRegistry({}),
    payments,
    receivableNotifications,
  );
  nodes.register('Refund', async (ctx, id) => {
    // Visible with the payment it refunds.
    const refund = await ctx.loaders.load(Refund, id);
    return refund && (await payments.findVisible(ctx, refund.paymentId)) ? refund : null;
  });

  return {
    sessions,
    auth: new AuthService(sessions, audit, limits),
    users,
    companies,
    apiTokens: new ApiTokenService(audit),
    nodes,
    catalog,
    pricing,
    catalogAdmin: new CatalogAdminService(audit, catalog),
    productAdmin: new ProductAdminService(audit, catalog, pricing, costRules, inventory, taxRules),
    pricelistAdmin: new PricelistAdminService(audit, pricing, costRules),
    customerAdmin: new CustomerAdminService(audit, pricing),
    orders,
    orderStates,
    incentives,
    orderLines,
    cart,
    placement,
    approvals: new ApprovalService(orders, orderStates, placement, conversation, notifications),
    reorder: new ReorderService(orders, orderStates, cart, orderLines, catalog),
    templates,
    rfqs,
    quotes: new QuoteService(
      audit,
      catalog,
      orders,
      orderStates,
      orderLines,
      sequences,
      conversation,
      placement,
      notifications,
      documents,
    ),
    fulfilment: new FulfilmentService(orders, orderStates, inventory),
    inventory,
    adoption: new AdoptionService(),
    documents,
    invoices,
    invoicing: new InvoicingService(
      audit,
      invoices,
      settlement,
      orders,
      orderStates,
      sequences,
      taxRules,
      receivableNotifications,
    ),
    creditNotes: new CreditNoteService(audit, invoices, settlement, sequences, taxRules),
    receivables,
    receivableNotifications,
    paymentTerms: new PaymentTermService(audit),
    payments,
    refunds,
    taxRules,
    taxAdmin: new TaxAdminService(audit, taxRules),
    outboxMessages: new OutboxMessageService(),
    webhooks: new WebhookSubscriptionService(),
    notificationSettings: new NotificationSettingsService(audit),
  };
}
