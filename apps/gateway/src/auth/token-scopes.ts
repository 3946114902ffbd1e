import { GraphQLError } from 'graphql';
import { TOKEN_SCOPES, TokenScope } from '@portal/domain';
import type { Viewer } from '../context';

const S = TokenScope;

/**
 * What an API token needs to call a root field: `public` (anyone, signed in or not), `never`
 * (no token, whatever its scopes: managing users, passwords and tokens), or any one of the listed
 * scopes. The token's permissions (its owner's, intersected with its scopes) are then checked by
 * the field's access marker as for any caller.
 *
 * Every root field of the schema must be listed (the scope test fails otherwise, and an unlisted
 * field is refused to every token), so a new field cannot slip past the scopes.
 */
export type RootFieldScopes = 'public' | 'never' | readonly TokenScope[];

const EVERY_SCOPE: readonly TokenScope[] = TOKEN_SCOPES;
const CATALOG = [S.CATALOG_READ];
const ORDERS_READ = [S.ORDERS_READ, S.ORDERS_APPROVE];
const RFQS_READ = [S.ORDERS_READ, S.QUOTES_WRITE, S.QUOTES_MANAGE];
const INVOICES_READ = [S.INVOICES_READ, S.INVOICING_MANAGE];

export const ROOT_FIELD_SCOPES: Readonly<
  Record<'Query' | 'Mutation', Readonly<Record<string, RootFieldScopes>>>
> = {
  Query: {
    clock: 'public',
    viewer: 'public',
    // The node's type decides (NODE_TYPE_SCOPES).
    node: EVERY_SCOPE,
    products: CATALOG,
    product: CATALOG,
    categories: CATALOG,
    unitsOfMeasure: CATALOG,
    orders: ORDERS_READ,
    order: ORDERS_READ,
    approvalQueue: [S.ORDERS_APPROVE],
    approvalHistory: [S.ORDERS_APPROVE],
    orderTemplates: [S.ORDERS_WRITE],
    rfqs: RFQS_READ,
    rfq: RFQS_READ,
    invoices: INVOICES_READ,
    invoice: INVOICES_READ,
    accountStatement: [S.INVOICES_READ],
    agingReport: [S.INVOICES_READ],
    paymentTerms: [S.INVOICES_READ, S.PRICING_MANAGE, S.CUSTOMERS_MANAGE],
    companies: [S.CUSTOMERS_MANAGE, S.INVOICING_MANAGE],
    pricelists: [S.PRICING_MANAGE],
    priceSimulation: [S.PRICING_MANAGE],
    portalAdoption: [S.METRICS_READ],
    inventory: [S.FULFILMENT_MANAGE],
    stockLocations: [S.FULFILMENT_MANAGE],
    taxClasses: [S.INVOICING_MANAGE, S.CATALOG_MANAGE],
    outboxMessages: [S.CUSTOMERS_MANAGE],
    // Webhooks are managed in a session (USERS_MANAGE, which no token carries).
    webhookSubscriptions: 'never',
    webhookSubscription: 'never',
    webhookEventTypes: 'never',
    // Your own e-mail preferences, in a session (like your password).
    notificationPreferences: 'never',
  },
  Mutation: {
    login: 'public',
    logout: 'public',
    acceptInvitation: 'public',
    requestPasswordReset: 'public',
    resetPassword: 'public',
    changePassword: 'never',
    inviteUser: 'never',
    resendInvitation: 'never',
    revokeInvitation: 'never',
    updateUser: 'never',
    grantPortalAccess: 'never',
    createApiToken: 'never',
    revokeApiToken: 'never',
    createWebhookSubscription: 'never',
    updateNotificationPreferences: 'never',
    setCompanyStatementEmail: 'never',
    rotateWebhookSecret: 'never',
    resumeWebhookSubscription: 'never',
    deleteWebhookSubscription: 'never',
    redeliverWebhook: 'never',
    createDraftOrder: [S.ORDERS_WRITE],
    addOrderLines: [S.ORDERS_WRITE],
    updateOrderLine: [S.ORDERS_WRITE],
    removeOrderLines: [S.ORDERS_WRITE],
    updateOrderDetails: [S.ORDERS_WRITE],
    submitOrder: [S.ORDERS_WRITE],
    cancelOrder: [S.ORDERS_WRITE, S.QUOTES_MANAGE],
    reorder: [S.ORDERS_WRITE],
    setActiveCart: [S.ORDERS_WRITE],
    saveOrderTemplate: [S.ORDERS_WRITE],
    deleteOrderTemplate: [S.ORDERS_WRITE],
    orderFromTemplate: [S.ORDERS_WRITE],
    confirmReceipt: [S.ORDERS_WRITE],
    reportDeliveryIssue: [S.ORDERS_WRITE],
    approveOrder: [S.ORDERS_APPROVE],
    rejectOrder: [S.ORDERS_APPROVE],
    approveOrders: [S.ORDERS_APPROVE],
    rejectOrders: [S.ORDERS_APPROVE],
    submitRfq: [S.QUOTES_WRITE],
    acceptQuote: [S.QUOTES_WRITE],
    requestQuoteChanges: [S.QUOTES_WRITE],
    declineQuote: [S.QUOTES_WRITE],
    postRfqMessage: [S.QUOTES_WRITE, S.QUOTES_MANAGE],
    payInvoices: [S.INVOICES_PAY],
    saveUnitOfMeasure: [S.CATALOG_MANAGE],
    saveCategory: [S.CATALOG_MANAGE],
    saveProduct: [S.CATALOG_MANAGE],
    savePricelist: [S.PRICING_MANAGE],
    savePaymentTerm: [S.PRICING_MANAGE],
    saveCompany: [S.CUSTOMERS_MANAGE, S.PRICING_MANAGE],
    sendQuote: [S.QUOTES_MANAGE],
    startFulfilment: [S.FULFILMENT_MANAGE],
    shipOrder: [S.FULFILMENT_MANAGE],
    markDelivered: [S.FULFILMENT_MANAGE],
    invoiceOrder: [S.INVOICING_MANAGE],
    issueInvoice: [S.INVOICING_MANAGE],
    cancelInvoice: [S.INVOICING_MANAGE],
    issueCreditNote: [S.INVOICING_MANAGE],
    recordPayment: [S.INVOICING_MANAGE],
    cancelPayment: [S.INVOICING_MANAGE],
    refundPayment: [S.INVOICING_MANAGE],
    applyCredit: [S.INVOICES_PAY, S.INVOICING_MANAGE],
    saveTaxRate: [S.INVOICING_MANAGE],
    deleteTaxRate: [S.INVOICING_MANAGE],
    setCompanyTaxExemption: [S.INVOICING_MANAGE],
    receiveStock: [S.FULFILMENT_MANAGE],
    adjustStock: [S.FULFILMENT_MANAGE],
    setExpectedShipDate: [S.FULFILMENT_MANAGE],
    cancelOpenQuantities: [S.FULFILMENT_MANAGE],
  },
};

/** Which scopes reach a type through `node(id)`; unlisted types are reached by none. */
export const NODE_TYPE_SCOPES: Readonly<Record<string, readonly TokenScope[]>> = {
  Product: CATALOG,
  Category: CATALOG,
  UnitOfMeasure: CATALOG,
  Pricelist: [S.PRICING_MANAGE],
  Order: ORDERS_READ,
  OrderTemplate: [S.ORDERS_WRITE],
  Rfq: RFQS_READ,
  Invoice: INVOICES_READ,
  Payment: [S.INVOICES_READ, S.INVOICES_PAY, S.INVOICING_MANAGE],
  // Whether the record it belongs to is visible decides.
  Document: EVERY_SCOPE,
  // People and companies the owner may see; managing them is never a token's.
  User: EVERY_SCOPE,
  Company: EVERY_SCOPE,
};

/** What a root field needs of a token (`never` when the field is not listed). */
export function rootFieldScopes(root: string, field: string): RootFieldScopes {
  const table = (ROOT_FIELD_SCOPES as Record<string, Readonly<Record<string, RootFieldScopes>>>)[root];
  return (table && Object.hasOwn(table, field) ? table[field] : undefined) ?? 'never';
}

/** True when a caller (a session always; a token by its scopes) may call the root field. */
export function mayCallRootField(viewer: Viewer | null, root: string, field: string): boolean {
  if (!viewer?.scopes) return true;
  const needs = rootFieldScopes(root, field);
  if (needs === 'public') return true;
  if (needs === 'never') return false;
  return needs.some((s) => viewer.scopes?.includes(s));
}

/** True when a caller may reach a node of this type (sessions always). */
export function mayReadNodeType(viewer: Viewer | null, type: string): boolean {
  if (!viewer?.scopes) return true;
  const needs = Object.hasOwn(NODE_TYPE_SCOPES, type) ? NODE_TYPE_SCOPES[type] : undefined;
  return !!needs && needs.some((s) => viewer.scopes?.includes(s));
}

export function outOfScope(root: string, field: string): GraphQLError {
  const needs = rootFieldScopes(root, field);
  const message =
    needs === 'never' || needs === 'public'
      ? `API tokens may not call ${field}: managing users, passwords and tokens needs a signed-in session.`
      : `This API token may not call ${field} (needs the scope ${needs.length === 1 ? needs[0] : `one of ${needs.join(', ')}`}).`;
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', reason: 'TOKEN_SCOPE' } });
}
