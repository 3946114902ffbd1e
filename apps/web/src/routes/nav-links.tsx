import {
  IconBuildingWarehouse,
  IconChartBar,
  IconChecklist,
  IconFileInvoice,
  IconInbox,
  IconLayoutGrid,
  IconListDetails,
  IconMessageQuestion,
  IconPackages,
  IconPhone,
  IconReceipt,
  IconReceiptTax,
  IconShoppingCart,
  IconTemplate,
  IconTruckDelivery,
  IconUsers,
  IconWebhook,
  IconMailExclamation,
  IconBolt,
  IconBox,
  IconBuildingStore,
  IconRuler,
  IconTags,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Permission } from '../gql/graphql';

export interface NavLinkSpec {
  label: string;
  to: string;
  icon: ComponentType<{ size?: number | string; stroke?: number; 'aria-hidden'?: boolean }>;
  /** Shown when the viewer has ANY of these. */
  anyOf: readonly Permission[];
  /** 'customer': only contacts of a company; 'staff': only the seller's team. */
  audience: 'customer' | 'staff' | 'all';
  /** Active only on `to` itself, not on the pages under it (that have links of their own). */
  end?: boolean;
}

/**
 * The navbar, in order. Add your area's link here (and its routes in routes/<area>/routes.tsx);
 * the same permissions must guard the route with <RequirePermission>.
 */
export const NAV_LINKS: readonly NavLinkSpec[] = [
  {
    label: 'Catalog',
    to: '/catalog',
    icon: IconLayoutGrid,
    anyOf: ['PRICES_CONTRACT', 'PRICES_CATALOG'],
    audience: 'all',
  },
  {
    label: 'Quick order',
    to: '/quick-order',
    icon: IconBolt,
    anyOf: ['ORDERS_DRAFT', 'ORDERS_SUBMIT'],
    audience: 'customer',
  },
  {
    label: 'Cart',
    to: '/cart',
    icon: IconShoppingCart,
    anyOf: ['ORDERS_DRAFT', 'ORDERS_SUBMIT'],
    audience: 'customer',
  },
  {
    label: 'Orders',
    to: '/orders',
    icon: IconListDetails,
    anyOf: ['ORDERS_READ_COMPANY', 'ORDERS_READ_OWN'],
    audience: 'all',
  },
  {
    label: 'Templates',
    to: '/templates',
    icon: IconTemplate,
    anyOf: ['ORDERS_DRAFT', 'ORDERS_SUBMIT'],
    audience: 'customer',
  },
  {
    label: 'RFQs',
    to: '/rfqs',
    icon: IconMessageQuestion,
    anyOf: ['RFQ_SUBMIT', 'QUOTES_RESPOND'],
    audience: 'customer',
  },
  {
    label: 'Approvals',
    to: '/approvals',
    icon: IconChecklist,
    anyOf: ['ORDERS_APPROVE'],
    audience: 'customer',
  },
  {
    label: 'Invoices & account',
    to: '/invoices',
    icon: IconFileInvoice,
    anyOf: ['INVOICES_READ_COMPANY', 'INVOICES_READ_OWN', 'INVOICES_SUMMARY', 'STATEMENT_READ'],
    audience: 'customer',
  },
  {
    label: 'Company users',
    to: '/users',
    icon: IconUsers,
    anyOf: ['USERS_MANAGE'],
    audience: 'customer',
    end: true,
  },
  {
    label: 'Webhooks',
    to: '/users/webhooks',
    icon: IconWebhook,
    anyOf: ['USERS_MANAGE'],
    audience: 'customer',
  },
  { label: 'RFQ inbox', to: '/staff/rfqs', icon: IconInbox, anyOf: ['QUOTES_MANAGE'], audience: 'staff' },
  {
    label: 'Fulfilment',
    to: '/staff/fulfilment',
    icon: IconTruckDelivery,
    anyOf: ['FULFILMENT_MANAGE'],
    audience: 'staff',
  },
  {
    label: 'Inventory',
    to: '/staff/inventory',
    icon: IconPackages,
    anyOf: ['INVENTORY_MANAGE'],
    audience: 'staff',
  },
  {
    label: 'Invoicing',
    to: '/staff/invoicing',
    icon: IconReceipt,
    anyOf: ['INVOICING_MANAGE'],
    audience: 'staff',
  },
  {
    label: 'Taxes',
    to: '/staff/taxes',
    icon: IconReceiptTax,
    anyOf: ['INVOICING_MANAGE'],
    audience: 'staff',
  },
  {
    label: 'Phone order',
    to: '/staff/phone-order',
    icon: IconPhone,
    anyOf: ['ORDERS_SUBMIT'],
    audience: 'staff',
  },
  {
    label: 'Products',
    to: '/staff/products',
    icon: IconBox,
    anyOf: ['CATALOG_MANAGE'],
    audience: 'staff',
  },
  {
    label: 'Pricelists',
    to: '/staff/pricelists',
    icon: IconTags,
    anyOf: ['PRICING_MANAGE'],
    audience: 'staff',
  },
  {
    label: 'Customers',
    to: '/staff/customers',
    icon: IconBuildingStore,
    anyOf: ['CUSTOMERS_MANAGE', 'PRICING_MANAGE', 'CREDIT_MANAGE'],
    audience: 'staff',
  },
  {
    label: 'Catalog setup',
    to: '/staff/catalog-setup',
    icon: IconRuler,
    anyOf: ['CATALOG_MANAGE', 'CREDIT_MANAGE'],
    audience: 'staff',
  },
  {
    label: 'Adoption',
    to: '/staff/adoption',
    icon: IconChartBar,
    anyOf: ['METRICS_READ'],
    audience: 'staff',
  },
  {
    label: 'Webhooks',
    to: '/staff/webhooks',
    icon: IconWebhook,
    anyOf: ['USERS_MANAGE'],
    audience: 'staff',
  },
  {
    label: 'Outbox',
    to: '/staff/outbox',
    icon: IconMailExclamation,
    anyOf: ['CUSTOMERS_MANAGE'],
    audience: 'staff',
  },
];

export const STAFF_ICON = IconBuildingWarehouse;

export function visibleNavLinks(
  canAny: (permissions: readonly Permission[]) => boolean,
  isStaff: boolean,
): NavLinkSpec[] {
  return NAV_LINKS.filter(
    (link) => canAny(link.anyOf) && (link.audience === 'all' || (link.audience === 'staff') === isStaff),
  );
}
