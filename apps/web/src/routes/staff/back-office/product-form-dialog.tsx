import { useMutation, useQuery } from '@apollo/client/react';
import { Select, SimpleGrid, Switch, TextInput, Textarea } from '@mantine/core';
import { MutationFormModal, type OpenButtonProps } from '../../../components/mutation-form-modal';
import { graphql } from '../../../gql';
import type { ProductForm_ProductFragment } from '../../../gql/graphql';
import { UNIT_PRICE_RULE, decimalInputError } from '../../../lib/decimal-input';

export const ProductForm_ProductFragmentDoc = graphql(`
  fragment ProductForm_product on Product {
    id
    sku
    name
    description
    published
    category {
      id
    }
    baseUnit {
      id
    }
    catalogPrice {
      amount
    }
    cost {
      amount
    }
  }
`);

export const ProductFormOptionsDocument = graphql(`
  query ProductFormOptions {
    categories {
      id
      name
      parent {
        id
        name
      }
    }
    unitsOfMeasure {
      id
      name
      symbol
      category
    }
  }
`);

export const SaveProductDocument = graphql(`
  mutation SaveProduct($input: SaveProductInput!) {
    saveProduct(input: $input) {
      product {
        id
        ...ProductForm_product
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const FIELDS = [
  'sku',
  'name',
  'description',
  'categoryId',
  'baseUnitId',
  'listPrice',
  'cost',
  'published',
] as const;

/**
 * Creates a product, or edits one: SKU, name, description, category, base unit, list and cost
 * prices, published. Its units, rules and images are edited on the product's page.
 */
export function ProductFormDialog({
  product,
  button,
  onSaved,
}: {
  product?: ProductForm_ProductFragment;
  button: OpenButtonProps;
  onSaved?: (productId: string) => void;
}) {
  const [save] = useMutation(SaveProductDocument);
  const { data } = useQuery(ProductFormOptionsDocument);
  const categories = (data?.categories ?? []).map((c) => ({
    value: c.id,
    label: c.parent ? `${c.parent.name} › ${c.name}` : c.name,
  }));
  const units = (data?.unitsOfMeasure ?? []).map((u) => ({
    value: u.id,
    label: `${u.name} (${u.symbol}, ${u.category})`,
  }));
  return (
    <MutationFormModal
      button={button}
      title={product ? `Edit ${product.sku}` : 'New product'}
      submitLabel={product ? 'Save product' : 'Create product'}
      size="lg"
      fields={FIELDS}
      initialValues={() => ({
        sku: product?.sku ?? '',
        name: product?.name ?? '',
        description: product?.description ?? '',
        categoryId: product?.category?.id ?? null,
        baseUnitId: product?.baseUnit.id ?? null,
        listPrice: product?.catalogPrice?.amount ?? '',
        cost: product?.cost?.amount ?? '',
        published: product?.published ?? true,
      })}
      validate={(v) => ({
        sku: v.sku.trim() ? null : 'Enter the SKU.',
        name: v.name.trim() ? null : 'Enter the name.',
        baseUnitId: v.baseUnitId ? null : 'Pick the unit stock and prices count in.',
        listPrice: decimalInputError(
          v.listPrice.trim(),
          UNIT_PRICE_RULE,
          'Enter the list price, e.g. 12.50.',
        ),
        cost: v.cost.trim()
          ? decimalInputError(v.cost.trim(), UNIT_PRICE_RULE, 'Enter the cost, e.g. 8.20.')
          : null,
      })}
      mutate={async (v) => {
        const input = {
          productId: product?.id,
          sku: v.sku.trim(),
          name: v.name.trim(),
          description: v.description.trim() || null,
          categoryId: v.categoryId,
          ...(product && product.baseUnit.id === v.baseUnitId ? {} : { baseUnitId: v.baseUnitId }),
          listPrice: v.listPrice.trim(),
          cost: v.cost.trim() || null,
          published: v.published,
        };
        return (await save({ variables: { input } })).data?.saveProduct;
      }}
      onSuccess={(payload, v) => {
        if (payload.product) onSaved?.(payload.product.id);
        return product ? `Product ${v.sku.trim()} saved.` : `Product ${v.sku.trim()} created.`;
      }}
    >
      {(form) => (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="SKU" data-autofocus {...form.field('sku')} />
            <TextInput label="Name" {...form.field('name')} />
          </SimpleGrid>
          <Textarea label="Description" autosize minRows={2} {...form.field('description')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Category" data={categories} searchable clearable {...form.field('categoryId')} />
            <Select
              label="Base unit"
              description="Stock, prices and rules count in it."
              data={units}
              searchable
              {...form.field('baseUnitId')}
            />
            <TextInput
              label="List price"
              description="Per base unit."
              inputMode="decimal"
              {...form.field('listPrice')}
            />
            <TextInput
              label="Cost"
              description="Needed by cost-based rules; staff only."
              inputMode="decimal"
              {...form.field('cost')}
            />
          </SimpleGrid>
          <Switch label="Published in the catalog" {...form.checkbox('published')} />
        </>
      )}
    </MutationFormModal>
  );
}
