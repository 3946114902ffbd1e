import { useQuery } from '@apollo/client/react';
import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { graphql } from '../../gql';
import type { ProductPicker_ProductFragment } from '../../gql/graphql';

export const ProductPicker_ProductFragmentDoc = graphql(`
  fragment ProductPicker_product on Product {
    id
    sku
    name
    ...QuantityInput_product
  }
`);

export const ProductPickerSearchDocument = graphql(`
  query ProductPickerSearch($search: String!) {
    products(first: 20, filter: { search: $search }) {
      edges {
        node {
          id
          ...ProductPicker_product
        }
      }
    }
  }
`);

export interface ProductPickerProps {
  label: string;
  value: ProductPicker_ProductFragment | null;
  onChange: (product: ProductPicker_ProductFragment | null) => void;
  error?: string;
}

/** Searchable catalog product picker (by name or SKU); searches the server as you type. */
export function ProductPicker({ label, value, onChange, error }: ProductPickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const selectedLabel = value ? productLabel(value) : '';
  const searching = debounced.length >= 2 && debounced !== selectedLabel;
  const { data, loading } = useQuery(ProductPickerSearchDocument, {
    variables: { search: debounced },
    skip: !searching,
  });
  const found = useMemo(() => data?.products.edges.map((e) => e.node) ?? [], [data]);
  const options = useMemo(() => {
    const all = value && !found.some((p) => p.id === value.id) ? [value, ...found] : found;
    return all.map((p) => ({ value: p.id, label: productLabel(p) }));
  }, [found, value]);

  return (
    <Select
      label={label}
      placeholder="Type a product name or SKU"
      searchable
      clearable
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => onChange(id ? ([value, ...found].find((p) => p?.id === id) ?? null) : null)}
      filter={({ options: all }) => all}
      nothingFoundMessage={
        search.trim().length < 2 ? 'Type at least 2 characters' : loading ? 'Searching…' : 'No products found'
      }
      rightSection={loading ? <Loader size="xs" aria-label="Searching" /> : undefined}
      error={error}
    />
  );
}

export function productLabel(product: { sku: string; name: string }): string {
  return `${product.sku} · ${product.name}`;
}
