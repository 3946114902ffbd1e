import { useMutation, useQuery } from '@apollo/client/react';
import { SimpleGrid, Select, Switch, TextInput } from '@mantine/core';
import { MutationFormModal } from '../../../components/mutation-form-modal';
import type { MutationPayload } from '../../../components/use-mutation-form';
import { graphql } from '../../../gql';
import type {
  PriceComputation,
  PricelistRuleInput,
  PricelistRule_RuleFragment,
  PriceRuleScope,
  ProductPicker_ProductFragment,
} from '../../../gql/graphql';
import { ProductPicker } from '../../rfqs/product-picker';
import { ProductFormOptionsDocument } from './product-form-dialog';

export const SavePricelistRulesDocument = graphql(`
  mutation SavePricelistRules($input: SavePricelistInput!) {
    savePricelist(input: $input) {
      pricelist {
        id
        name
        currencyCode
        showsCatalogPrices
        rules {
          ...PricelistRule_rule
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** A stored rule as the input that keeps it unchanged (savePricelist replaces all rules). */
export function ruleInputOf(rule: PricelistRule_RuleFragment): PricelistRuleInput {
  return {
    scope: rule.scope,
    categoryId: rule.category?.id ?? null,
    productId: rule.product?.id ?? null,
    minQuantity: rule.minQuantity,
    validFrom: rule.validFrom ?? null,
    validTo: rule.validTo ?? null,
    computation: rule.computation,
    fixedPrice: rule.fixedPrice ?? null,
    percentDiscount: rule.percentDiscount ?? null,
    base: rule.base ?? null,
    basePricelistId: rule.basePricelist?.id ?? null,
    formulaDiscountPercent: rule.formulaDiscountPercent ?? null,
    formulaSurcharge: rule.formulaSurcharge ?? null,
    formulaRounding: rule.formulaRounding ?? null,
    formulaMinMargin: rule.formulaMinMargin ?? null,
    formulaMaxMargin: rule.formulaMaxMargin ?? null,
    label: rule.label ?? null,
    customerText: rule.customerText ?? null,
  };
}

const SCOPES: { value: PriceRuleScope; label: string }[] = [
  { value: 'ALL_PRODUCTS', label: 'All products' },
  { value: 'CATEGORY', label: 'A category (and its sub-categories)' },
  { value: 'PRODUCT', label: 'One product' },
];
const COMPUTATIONS: { value: PriceComputation; label: string }[] = [
  { value: 'PERCENT_DISCOUNT', label: 'Percent off the list price' },
  { value: 'FIXED', label: 'Fixed price' },
];
const RULE_FIELDS = [
  'label',
  'customerText',
  'scope',
  'categoryId',
  'product',
  'minQuantity',
  'computation',
  'amount',
];

interface RuleValues extends Record<string, unknown> {
  label: string;
  customerText: string;
  scope: PriceRuleScope;
  categoryId: string | null;
  product: ProductPicker_ProductFragment | null;
  minQuantity: string;
  computation: PriceComputation;
  amount: string;
}

/**
 * Adds a rule to a pricelist (the rules it has stay as they are): a fixed price or a percentage
 * off the list price; formula rules (cost plus, other pricelists) are kept but made through the API.
 */
export function PricelistRuleDialog({
  pricelistId,
  rules,
}: {
  pricelistId: string;
  rules: readonly PricelistRule_RuleFragment[];
}) {
  const [save] = useMutation(SavePricelistRulesDocument);
  const { data } = useQuery(ProductFormOptionsDocument);
  const categories = (data?.categories ?? []).map((c) => ({
    value: c.id,
    label: c.parent ? `${c.parent.name} › ${c.name}` : c.name,
  }));
  return (
    <MutationFormModal<RuleValues, MutationPayload>
      button={{ label: 'Add rule' }}
      title="Add a pricing rule"
      submitLabel="Add rule"
      size="lg"
      fields={RULE_FIELDS}
      initialValues={() => ({
        label: '',
        customerText: '',
        scope: 'PRODUCT',
        categoryId: null,
        product: null,
        minQuantity: '0',
        computation: 'PERCENT_DISCOUNT',
        amount: '',
      })}
      validate={(v) => ({
        categoryId: v.scope === 'CATEGORY' && !v.categoryId ? 'Pick the category.' : null,
        product: v.scope === 'PRODUCT' && !v.product ? 'Pick the product.' : null,
        amount: v.amount.trim()
          ? null
          : v.computation === 'FIXED'
            ? 'Enter the price.'
            : 'Enter the percentage.',
      })}
      mutate={async (v) => {
        const amount = v.amount.trim();
        const rule: PricelistRuleInput = {
          scope: v.scope,
          categoryId: v.scope === 'CATEGORY' ? v.categoryId : null,
          productId: v.scope === 'PRODUCT' ? (v.product?.id ?? null) : null,
          minQuantity: v.minQuantity.trim() || '0',
          computation: v.computation,
          label: v.label.trim() || null,
          customerText: v.customerText.trim() || null,
          ...(v.computation === 'FIXED' ? { fixedPrice: amount } : { percentDiscount: amount }),
        };
        const input = { pricelistId, rules: [...rules.map(ruleInputOf), rule] };
        return (await save({ variables: { input } })).data?.savePricelist;
      }}
      onSuccess={() => 'Rule added.'}
    >
      {(form) => (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Name (staff only)"
              description="e.g. Gold volume: list less 12%"
              data-autofocus
              {...form.field('label')}
            />
            <TextInput
              label="What buyers read"
              description="Starts the price explanation, e.g. Gold tier."
              {...form.field('customerText')}
            />
            <Select label="Applies to" data={SCOPES} allowDeselect={false} {...form.field('scope')} />
            {form.values.scope === 'CATEGORY' && (
              <Select label="Category" data={categories} searchable {...form.field('categoryId')} />
            )}
            {form.values.scope === 'PRODUCT' && (
              <ProductPicker
                label="Product"
                value={form.values.product}
                onChange={(p) => form.setValue('product', p)}
                error={form.errors.fields.product}
              />
            )}
            <TextInput
              label="From quantity"
              description="In the product's base unit; 0 for any quantity."
              inputMode="decimal"
              {...form.field('minQuantity')}
            />
            <Select label="Price" data={COMPUTATIONS} allowDeselect={false} {...form.field('computation')} />
            <TextInput
              label={form.values.computation === 'FIXED' ? 'Price per base unit' : 'Discount %'}
              inputMode="decimal"
              {...form.field('amount')}
            />
          </SimpleGrid>
        </>
      )}
    </MutationFormModal>
  );
}

/** A new, empty pricelist (its rules are added afterwards). */
export function NewPricelistDialog({ onCreated }: { onCreated: (id: string) => void }) {
  const [save] = useMutation(SavePricelistRulesDocument);
  return (
    <MutationFormModal
      button={{ label: 'New pricelist', variant: 'default' }}
      title="New pricelist"
      submitLabel="Create pricelist"
      fields={['name', 'currencyCode', 'showsCatalogPrices']}
      initialValues={() => ({ name: '', currencyCode: 'USD', showsCatalogPrices: false })}
      validate={(v) => ({ name: v.name.trim() ? null : 'Enter the name.' })}
      mutate={async (v) => {
        const input = {
          name: v.name.trim(),
          currencyCode: v.currencyCode.trim().toUpperCase(),
          showsCatalogPrices: v.showsCatalogPrices,
        };
        return (await save({ variables: { input } })).data?.savePricelist;
      }}
      onSuccess={(payload, v) => {
        if (payload.pricelist) onCreated(payload.pricelist.id);
        return `Pricelist ${v.name.trim()} created.`;
      }}
    >
      {(form) => (
        <>
          <TextInput label="Name" data-autofocus {...form.field('name')} />
          <TextInput label="Currency" description="ISO code, e.g. USD." {...form.field('currencyCode')} />
          <Switch label="Buyers also see list prices" {...form.checkbox('showsCatalogPrices')} />
        </>
      )}
    </MutationFormModal>
  );
}
