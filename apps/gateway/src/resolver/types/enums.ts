import { registerEnumType } from 'type-graphql';
import { Permission, Role, TokenScope } from '@portal/domain';

registerEnumType(Role, {
  name: 'Role',
  description: "Portal roles belong to a customer company's contacts; staff roles to the seller's team.",
});
registerEnumType(Permission, { name: 'Permission' });

export enum UserStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(UserStatus, { name: 'UserStatus' });

registerEnumType(TokenScope, {
  name: 'ApiTokenScope',
  description:
    "What an API token may do (README: Token scopes). A token's permissions are always its owner's current ones intersected with its scopes; no scope manages users, passwords or tokens.",
  valuesConfig: {
    CATALOG_READ: { description: 'catalog:read: products, categories, units, availability and prices.' },
    ORDERS_READ: { description: 'orders:read: orders, order history, RFQs and quotations.' },
    ORDERS_WRITE: {
      description:
        'orders:write: cart and drafts, submit, cancel, reorder, templates, receipts, delivery issues.',
    },
    ORDERS_APPROVE: { description: 'orders:approve: the approval queue, approve and reject.' },
    QUOTES_WRITE: { description: 'quotes:write: ask for quotations and answer them.' },
    INVOICES_READ: { description: 'invoices:read: invoices, payments, statements and aging.' },
    INVOICES_PAY: { description: 'invoices:pay: pay invoices.' },
    CATALOG_MANAGE: { description: 'catalog:manage (staff): products, categories, units.' },
    PRICING_MANAGE: { description: 'pricing:manage (staff): pricelists and payment terms.' },
    CUSTOMERS_MANAGE: {
      description: 'customers:manage (staff): customer companies, terms and credit limits.',
    },
    QUOTES_MANAGE: { description: 'quotes:manage (staff): answer RFQs with quotations.' },
    FULFILMENT_MANAGE: { description: 'fulfilment:manage (staff): start, ship, deliver.' },
    INVOICING_MANAGE: { description: 'invoicing:manage (staff): invoices, credit notes, payments received.' },
    METRICS_READ: { description: 'metrics:read (staff): portal adoption.' },
  },
});

export { Permission, Role, TokenScope };
