import { useMutation, useQuery } from '@apollo/client/react';
import { Select, SimpleGrid, Switch, TagsInput, TextInput } from '@mantine/core';
import { MutationFormModal, type OpenButtonProps } from '../../../components/mutation-form-modal';
import { graphql } from '../../../gql';
import type { CustomerForm_CompanyFragment, Role } from '../../../gql/graphql';
import { CUSTOMER_ROLE_OPTIONS } from '../../users/customer-roles';

export const CustomerForm_CompanyFragmentDoc = graphql(`
  fragment CustomerForm_company on Company {
    id
    name
    currencyCode
    accessGroups
    requiresPurchaseOrderNumber
    creditLimit {
      amount
      currencyCode
    }
    minimumOrderValue {
      amount
      currencyCode
    }
    pricelist {
      id
      name
    }
    paymentTerm {
      id
      name
    }
    addresses {
      id
      label
      line1
      line2
      city
      region
      postalCode
      countryCode
      isDefaultBilling
      isDefaultShipping
      formatted
    }
    approvalRules {
      orderTotalAbove {
        amount
        currencyCode
      }
      lineCountAbove
      category {
        id
        name
      }
    }
  }
`);

export const CustomerFormOptionsDocument = graphql(`
  query CustomerFormOptions {
    pricelists {
      id
      name
      currencyCode
    }
    paymentTerms {
      id
      name
    }
  }
`);

export const SaveCustomerDocument = graphql(`
  mutation SaveCustomer($input: SaveCompanyInput!) {
    saveCompany(input: $input) {
      company {
        id
        ...CustomerForm_company
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const GrantPortalAccessDocument = graphql(`
  mutation GrantPortalAccess($input: GrantPortalAccessInput!) {
    grantPortalAccess(input: $input) {
      user {
        id
        name
        email
        role
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const TERMS_FIELDS = [
  'name',
  'currencyCode',
  'pricelistId',
  'paymentTermId',
  'creditLimit',
  'minimumOrderValue',
  'accessGroups',
  'requiresPurchaseOrderNumber',
] as const;

/** Creates a customer company, or edits its terms: pricelist, payment term, credit, access groups. */
export function CustomerFormDialog({
  company,
  button,
  onSaved,
}: {
  company?: CustomerForm_CompanyFragment;
  button: OpenButtonProps;
  onSaved?: (companyId: string) => void;
}) {
  const [save] = useMutation(SaveCustomerDocument);
  const { data } = useQuery(CustomerFormOptionsDocument);
  return (
    <MutationFormModal
      button={button}
      title={company ? `Terms of ${company.name}` : 'New customer'}
      submitLabel={company ? 'Save customer' : 'Create customer'}
      size="lg"
      fields={TERMS_FIELDS}
      initialValues={() => ({
        name: company?.name ?? '',
        currencyCode: company?.currencyCode ?? 'USD',
        pricelistId: company?.pricelist?.id ?? null,
        paymentTermId: company?.paymentTerm?.id ?? null,
        creditLimit: company?.creditLimit?.amount ?? '',
        minimumOrderValue: company?.minimumOrderValue?.amount ?? '',
        accessGroups: [...(company?.accessGroups ?? [])],
        requiresPurchaseOrderNumber: company?.requiresPurchaseOrderNumber ?? false,
      })}
      validate={(v) => ({ name: v.name.trim() ? null : 'Enter the company name.' })}
      mutate={async (v) => {
        const input = {
          companyId: company?.id,
          name: v.name.trim(),
          ...(company ? {} : { currencyCode: v.currencyCode.trim().toUpperCase() }),
          pricelistId: v.pricelistId,
          paymentTermId: v.paymentTermId,
          creditLimit: v.creditLimit.trim() || null,
          minimumOrderValue: v.minimumOrderValue.trim() || null,
          accessGroups: v.accessGroups,
          requiresPurchaseOrderNumber: v.requiresPurchaseOrderNumber,
        };
        return (await save({ variables: { input } })).data?.saveCompany;
      }}
      onSuccess={(payload, v) => {
        if (payload.company) onSaved?.(payload.company.id);
        return company ? `${v.name.trim()} saved.` : `Customer ${v.name.trim()} created.`;
      }}
    >
      {(form) => (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Company name" data-autofocus {...form.field('name')} />
          <TextInput label="Currency" disabled={!!company} {...form.field('currencyCode')} />
          <Select
            label="Pricelist"
            placeholder="None: list prices"
            data={(data?.pricelists ?? []).map((p) => ({
              value: p.id,
              label: `${p.name} (${p.currencyCode})`,
            }))}
            clearable
            {...form.field('pricelistId')}
          />
          <Select
            label="Payment term"
            placeholder="None: due on receipt"
            data={(data?.paymentTerms ?? []).map((t) => ({ value: t.id, label: t.name }))}
            clearable
            {...form.field('paymentTermId')}
          />
          <TextInput
            label="Credit limit"
            description="Empty: unlimited credit."
            inputMode="decimal"
            {...form.field('creditLimit')}
          />
          <TextInput
            label="Minimum order value"
            description="Empty: none."
            inputMode="decimal"
            {...form.field('minimumOrderValue')}
          />
          <TagsInput
            label="Access groups"
            description="Restricted products are visible to members of their groups."
            {...form.field('accessGroups')}
          />
          <Switch
            label="Orders need the customer's PO number"
            mt="lg"
            {...form.checkbox('requiresPurchaseOrderNumber')}
          />
        </SimpleGrid>
      )}
    </MutationFormModal>
  );
}

type Address = CustomerForm_CompanyFragment['addresses'][number];

const addressInputOf = (a: Address) => ({
  label: a.label ?? null,
  line1: a.line1,
  line2: a.line2 ?? null,
  city: a.city,
  region: a.region ?? null,
  postalCode: a.postalCode,
  countryCode: a.countryCode,
  isDefaultBilling: a.isDefaultBilling,
  isDefaultShipping: a.isDefaultShipping,
});

/** Adds an address to a company (its other addresses stay). */
export function AddAddressDialog({ company }: { company: CustomerForm_CompanyFragment }) {
  const [save] = useMutation(SaveCustomerDocument);
  const n = company.addresses.length;
  return (
    <MutationFormModal
      button={{ label: 'Add address', size: 'xs', variant: 'default' }}
      title={`New address for ${company.name}`}
      submitLabel="Add address"
      fields={['label', 'line1', 'city', 'postalCode', 'countryCode'].map((f) => `addresses.${n}.${f}`)}
      initialValues={() => ({
        label: '',
        line1: '',
        city: '',
        postalCode: '',
        countryCode: 'US',
        isDefaultShipping: n === 0,
      })}
      validate={(v) => ({
        line1: v.line1.trim() ? null : 'Enter the street.',
        city: v.city.trim() ? null : 'Enter the city.',
        postalCode: v.postalCode.trim() ? null : 'Enter the postal code.',
      })}
      mutate={async (v) => {
        const added = {
          label: v.label.trim() || null,
          line1: v.line1.trim(),
          city: v.city.trim(),
          postalCode: v.postalCode.trim(),
          countryCode: v.countryCode.trim().toUpperCase(),
          isDefaultShipping: v.isDefaultShipping,
          isDefaultBilling: n === 0,
        };
        const others = company.addresses
          .map(addressInputOf)
          .map((a) => (v.isDefaultShipping ? { ...a, isDefaultShipping: false } : a));
        const input = { companyId: company.id, addresses: [...others, added] };
        return (await save({ variables: { input } })).data?.saveCompany;
      }}
      onSuccess={() => 'Address added.'}
    >
      {(form) => (
        <>
          <TextInput
            label="Label"
            description="e.g. Main warehouse"
            data-autofocus
            {...form.field('label')}
          />
          <TextInput label="Street" {...form.field('line1')} />
          <SimpleGrid cols={3}>
            <TextInput label="City" {...form.field('city')} />
            <TextInput label="Postal code" {...form.field('postalCode')} />
            <TextInput label="Country" {...form.field('countryCode')} />
          </SimpleGrid>
          <Switch label="Default ship-to" {...form.checkbox('isDefaultShipping')} />
        </>
      )}
    </MutationFormModal>
  );
}

/** Adds an approval rule: orders above a total (or with many lines) wait for an approver. */
export function AddApprovalRuleDialog({ company }: { company: CustomerForm_CompanyFragment }) {
  const [save] = useMutation(SaveCustomerDocument);
  return (
    <MutationFormModal
      button={{ label: 'Add approval rule', size: 'xs', variant: 'default' }}
      title={`Approval rule for ${company.name}`}
      submitLabel="Add rule"
      fields={['orderTotalAbove', 'lineCountAbove']}
      initialValues={() => ({ orderTotalAbove: '', lineCountAbove: '' })}
      validate={(v) => ({
        orderTotalAbove:
          v.orderTotalAbove.trim() || v.lineCountAbove.trim() ? null : 'Give an order total or a line count.',
      })}
      mutate={async (v) => {
        const existing = company.approvalRules.map((r) => ({
          orderTotalAbove: r.orderTotalAbove?.amount ?? null,
          lineCountAbove: r.lineCountAbove ?? null,
          categoryId: r.category?.id ?? null,
        }));
        const added = {
          orderTotalAbove: v.orderTotalAbove.trim() || null,
          lineCountAbove: v.lineCountAbove.trim() ? Number(v.lineCountAbove.trim()) : null,
        };
        const input = { companyId: company.id, approvalRules: [...existing, added] };
        return (await save({ variables: { input } })).data?.saveCompany;
      }}
      onSuccess={() => 'Approval rule added.'}
    >
      {(form) => (
        <>
          <TextInput
            label={`Order total above (${company.currencyCode})`}
            inputMode="decimal"
            data-autofocus
            {...form.field('orderTotalAbove')}
          />
          <TextInput label="More lines than" inputMode="numeric" {...form.field('lineCountAbove')} />
        </>
      )}
    </MutationFormModal>
  );
}

/** Gives a contact of the company a portal account (an invitation e-mail). */
export function GrantAccessDialog({
  company,
  onDone,
}: {
  company: { id: string; name: string };
  onDone: () => void;
}) {
  const [grant] = useMutation(GrantPortalAccessDocument);
  return (
    <MutationFormModal
      button={{ label: 'Add user', size: 'xs', variant: 'default' }}
      title={`Portal access for a contact of ${company.name}`}
      submitLabel="Send invitation"
      fields={['name', 'email', 'role']}
      initialValues={() => ({ name: '', email: '', role: 'BUYER' as Role | null })}
      validate={(v) => ({
        name: v.name.trim() ? null : 'Enter the name.',
        email: v.email.includes('@') ? null : 'Enter the e-mail address.',
      })}
      mutate={async (v) => {
        const input = {
          companyId: company.id,
          name: v.name.trim(),
          email: v.email.trim(),
          role: v.role ?? 'BUYER',
        };
        return (await grant({ variables: { input } })).data?.grantPortalAccess;
      }}
      onSuccess={(_, v) => {
        onDone();
        return `Invitation sent to ${v.email.trim()}.`;
      }}
    >
      {(form) => (
        <>
          <TextInput label="Name" data-autofocus {...form.field('name')} />
          <TextInput label="E-mail" type="email" {...form.field('email')} />
          <Select label="Role" data={CUSTOMER_ROLE_OPTIONS} allowDeselect={false} {...form.field('role')} />
        </>
      )}
    </MutationFormModal>
  );
}
