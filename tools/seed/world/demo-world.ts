import type { AccessGroupCode } from './catalog-data';

/**
 * The people and companies of the demo, as plain data: the seller's staff and three customer
 * companies (plus a parent company), one user per portal role each.
 */

export type PortalRole = 'PORTAL_ADMIN' | 'BUYER' | 'APPROVER' | 'VIEWER' | 'REQUISITIONER';
export type StaffRole = 'STAFF_ADMIN' | 'SALES' | 'WAREHOUSE' | 'ACCOUNTING';

export const PORTAL_ROLES: readonly { role: PortalRole; local: string }[] = [
  { role: 'PORTAL_ADMIN', local: 'admin' },
  { role: 'BUYER', local: 'buyer' },
  { role: 'APPROVER', local: 'approver' },
  { role: 'VIEWER', local: 'viewer' },
  { role: 'REQUISITIONER', local: 'requisitioner' },
];

export const STAFF: readonly { role: StaffRole; email: string; name: string }[] = [
  { role: 'STAFF_ADMIN', email: 'admin@seller.example', name: 'Diane Foster' },
  { role: 'SALES', email: 'sales@seller.example', name: 'Sean Murphy' },
  { role: 'WAREHOUSE', email: 'warehouse@seller.example', name: 'Walter Kim' },
  { role: 'ACCOUNTING', email: 'accounting@seller.example', name: 'Anita Rao' },
];

export type CompanyKey = 'acme' | 'globex' | 'initech';
export type PricelistKey = 'gold' | 'globex' | 'initech';
export type TermKey = 'net30' | 'twoTenNet30' | 'eom30' | 'split3060';

export interface AddressSpec {
  label: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string;
  postalCode: string;
  defaultShipping: boolean;
}

export interface ApprovalRuleSpec {
  orderTotalAbove?: string;
  lineCountAbove?: number;
  /** Name of a top-level category. */
  category?: string;
}

export interface CompanySpec {
  key: CompanyKey;
  name: string;
  domain: string;
  /** Names by portal role. */
  people: Record<PortalRole, string>;
  pricelist: PricelistKey;
  term: TermKey;
  creditLimit: string;
  minimumOrderValue: string;
  accessGroups: AccessGroupCode[];
  approvalRules: ApprovalRuleSpec[];
  taxExemptionCertificate: string | null;
  addresses: AddressSpec[];
  /** Purchase-order number prefix. */
  poPrefix: string;
}

export const PARENT_COMPANY = {
  name: 'Initech Holdings',
  term: 'eom30' as TermKey,
  pricelist: 'gold' as PricelistKey,
  /** Where the consolidated statement and the group's documents are addressed. */
  billingAddress: {
    label: 'Billing - group finance',
    line1: '1 Initech Plaza',
    line2: 'Floor 12',
    city: 'Austin',
    region: 'TX',
    postalCode: '78702',
    defaultShipping: false,
  } satisfies AddressSpec,
};

export const COMPANIES: readonly CompanySpec[] = [
  {
    key: 'acme',
    name: 'Acme Restaurant Group',
    domain: 'acme.example',
    people: {
      PORTAL_ADMIN: 'Alice Moreno',
      BUYER: 'Ben Carter',
      APPROVER: 'Priya Natarajan',
      VIEWER: 'Victor Huang',
      REQUISITIONER: 'Rosa Delgado',
    },
    pricelist: 'gold',
    term: 'twoTenNet30',
    creditLimit: '200000.0000',
    minimumOrderValue: '250.0000',
    accessGroups: ['restaurants'],
    approvalRules: [{ orderTotalAbove: '5000.0000' }],
    taxExemptionCertificate: null,
    poPrefix: 'ACME',
    addresses: [
      {
        label: 'Billing - head office',
        line1: '1200 Market Street',
        line2: 'Suite 400',
        city: 'San Francisco',
        region: 'CA',
        postalCode: '94102',
        defaultShipping: false,
      },
      {
        label: 'Central kitchen',
        line1: '455 Industrial Way',
        line2: 'Dock 3',
        city: 'Oakland',
        region: 'CA',
        postalCode: '94607',
        defaultShipping: true,
      },
      {
        label: 'Harbor Bistro',
        line1: '88 Embarcadero',
        line2: null,
        city: 'San Francisco',
        region: 'CA',
        postalCode: '94111',
        defaultShipping: false,
      },
    ],
  },
  {
    key: 'globex',
    name: 'Globex Chemicals',
    domain: 'globex.example',
    people: {
      PORTAL_ADMIN: 'Grace Okafor',
      BUYER: 'Gabriel Lindqvist',
      APPROVER: 'Olivia Brennan',
      VIEWER: 'Wei Zhang',
      REQUISITIONER: 'Marcus Reed',
    },
    pricelist: 'globex',
    term: 'net30',
    creditLimit: '250000.0000',
    minimumOrderValue: '1000.0000',
    accessGroups: ['industrial'],
    approvalRules: [{ lineCountAbove: 20 }, { category: 'Hazardous chemicals' }],
    taxExemptionCertificate: null,
    poPrefix: 'GLX',
    addresses: [
      {
        label: 'Billing',
        line1: '4000 Cypress Creek Parkway',
        line2: null,
        city: 'Houston',
        region: 'TX',
        postalCode: '77068',
        defaultShipping: false,
      },
      {
        label: 'Pasadena plant',
        line1: '2100 Red Bluff Road',
        line2: 'Receiving gate B',
        city: 'Pasadena',
        region: 'TX',
        postalCode: '77506',
        defaultShipping: true,
      },
    ],
  },
  {
    key: 'initech',
    name: 'Initech Health',
    domain: 'initech.example',
    people: {
      PORTAL_ADMIN: 'Irene Walsh',
      BUYER: 'Nina Patel',
      APPROVER: 'Helen Ortiz',
      VIEWER: 'Tom Becker',
      REQUISITIONER: 'Lucas Meyer',
    },
    pricelist: 'initech',
    term: 'net30',
    creditLimit: '250000.0000',
    minimumOrderValue: '100.0000',
    accessGroups: ['hospitals'],
    approvalRules: [{ orderTotalAbove: '2500.0000' }],
    taxExemptionCertificate: 'TX-EXEMPT-32-1874409 (non-profit hospital, resale certificate RC-2026-0417)',
    poPrefix: 'IH',
    addresses: [
      {
        label: 'Billing - accounts payable',
        line1: '700 Medical Center Drive',
        line2: 'Finance, 5th floor',
        city: 'Austin',
        region: 'TX',
        postalCode: '78701',
        defaultShipping: false,
      },
      {
        label: 'Main hospital receiving',
        line1: '701 Medical Center Drive',
        line2: 'Loading dock',
        city: 'Austin',
        region: 'TX',
        postalCode: '78701',
        defaultShipping: true,
      },
      {
        label: 'North clinic',
        line1: '12000 Research Boulevard',
        line2: null,
        city: 'Austin',
        region: 'TX',
        postalCode: '78759',
        defaultShipping: false,
      },
    ],
  },
];
