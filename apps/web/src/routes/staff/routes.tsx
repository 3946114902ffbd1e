import type { RouteObject } from 'react-router';

/**
 * Seller back office (/staff/rfqs, /staff/fulfilment, /staff/invoicing, /staff/phone-order, /staff/inventory,
 * /staff/taxes, /staff/adoption, /staff/webhooks, /staff/outbox; products, pricelists, customers and catalog setup under back-office/).
 * Owned by this area: add routes here only. Load pages lazily and guard them, e.g.
 *   { path: '/x', lazy: { Component: async () => (await import('./x-route')).XRoute } }
 * with <RequirePermission anyOf={...}> inside the page (see apps/web/README.md).
 */
export const staffRoutes: RouteObject[] = [
  { path: '/staff/rfqs', lazy: { Component: async () => (await import('./rfq-inbox-route')).RfqInboxRoute } },
  {
    path: '/staff/rfqs/:rfqId',
    lazy: { Component: async () => (await import('./quote-editor-route')).QuoteEditorRoute },
  },
  {
    path: '/staff/fulfilment',
    lazy: { Component: async () => (await import('./fulfilment-route')).FulfilmentRoute },
  },
  {
    path: '/staff/invoicing',
    lazy: { Component: async () => (await import('./invoicing-route')).InvoicingRoute },
  },
  {
    path: '/staff/phone-order',
    lazy: { Component: async () => (await import('./phone-order-route')).PhoneOrderRoute },
  },
  {
    path: '/staff/inventory',
    lazy: { Component: async () => (await import('./inventory-route')).InventoryRoute },
  },
  {
    path: '/staff/inventory/:productId',
    lazy: { Component: async () => (await import('./stock-ledger-route')).StockLedgerRoute },
  },
  {
    path: '/staff/taxes',
    lazy: { Component: async () => (await import('./taxes-route')).TaxesRoute },
  },
  {
    path: '/staff/products',
    lazy: { Component: async () => (await import('./back-office/products-route')).ProductsRoute },
  },
  {
    path: '/staff/products/:productId',
    lazy: { Component: async () => (await import('./back-office/product-admin-route')).ProductAdminRoute },
  },
  {
    path: '/staff/pricelists',
    lazy: { Component: async () => (await import('./back-office/pricelists-route')).PricelistsRoute },
  },
  {
    path: '/staff/customers',
    lazy: { Component: async () => (await import('./back-office/customers-route')).CustomersRoute },
  },
  {
    path: '/staff/customers/:companyId',
    lazy: { Component: async () => (await import('./back-office/customer-route')).CustomerRoute },
  },
  {
    path: '/staff/catalog-setup',
    lazy: { Component: async () => (await import('./back-office/catalog-setup-route')).CatalogSetupRoute },
  },
  {
    path: '/staff/adoption',
    lazy: { Component: async () => (await import('./adoption-route')).AdoptionRoute },
  },
  {
    path: '/staff/webhooks',
    lazy: { Component: async () => (await import('./webhooks-route')).StaffWebhooksRoute },
  },
  {
    path: '/staff/webhooks/:subscriptionId',
    lazy: { Component: async () => (await import('./webhooks-route')).StaffWebhookLogRoute },
  },
  {
    path: '/staff/outbox',
    lazy: { Component: async () => (await import('./outbox-route')).OutboxRoute },
  },
];
