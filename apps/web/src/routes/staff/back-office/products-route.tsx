import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Loader, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CursorPager, useCursorPages } from '../../../components/cursor-pager';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { Money } from '../../../components/money';
import { PageHeader } from '../../../components/page-header';
import { PageStatus } from '../../../components/page-status';
import { graphql } from '../../../gql';
import type { ProductAdminRow_ProductFragment } from '../../../gql/graphql';
import { READABLE_LABEL } from '../../../components/status-badge';
import { RequirePermission } from '../../../viewer/require-permission';
import { buildCategoryOptions } from '../../catalog/category-options';
import { ProductFormDialog, ProductFormOptionsDocument } from './product-form-dialog';

export const ProductAdminRow_ProductFragmentDoc = graphql(`
  fragment ProductAdminRow_product on Product {
    id
    sku
    name
    published
    category {
      id
      name
    }
    baseUnit {
      id
      symbol
    }
    catalogPrice {
      amount
      currencyCode
    }
    documents {
      id
      kind
    }
    ...ProductForm_product
  }
`);

export const ProductAdminListDocument = graphql(`
  query ProductAdminList($first: Int!, $after: String, $filter: ProductFilter) {
    products(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...ProductAdminRow_product
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;
const column = createColumnHelper<ProductAdminRow_ProductFragment>();

const columns = [
  column.accessor('sku', {
    header: 'SKU',
    cell: (i) => (
      <Anchor component={Link} to={`/staff/products/${encodeURIComponent(i.row.original.id)}`}>
        {i.getValue()}
      </Anchor>
    ),
  }),
  column.accessor('name', { header: 'Product' }),
  column.display({ id: 'category', header: 'Category', cell: (i) => i.row.original.category?.name ?? '—' }),
  column.display({
    id: 'price',
    header: 'List price',
    cell: (i) =>
      i.row.original.catalogPrice ? (
        <>
          <Money money={i.row.original.catalogPrice} /> / {i.row.original.baseUnit.symbol}
        </>
      ) : (
        '—'
      ),
  }),
  column.display({
    id: 'images',
    header: 'Images',
    cell: (i) => i.row.original.documents.filter((d) => d.kind === 'PRODUCT_IMAGE').length,
  }),
  column.accessor('published', {
    header: 'Status',
    cell: (i) =>
      i.getValue() ? (
        <Badge color="green" variant="light" styles={READABLE_LABEL}>
          Published
        </Badge>
      ) : (
        <Badge color="gray" variant="light" styles={READABLE_LABEL}>
          Hidden
        </Badge>
      ),
  }),
  column.display({
    id: 'actions',
    header: 'Actions',
    cell: (i) => (
      <ProductFormDialog
        product={i.row.original}
        button={{ label: 'Edit', size: 'xs', variant: 'default', 'aria-label': `Edit ${i.row.original.sku}` }}
      />
    ),
  }),
];

export function ProductsRoute() {
  return (
    <RequirePermission anyOf="CATALOG_MANAGE" staff>
      <Products />
    </RequirePermission>
  );
}

/** The seller's products (published or not): search, a category filter, pages of 25; create and edit. */
function Products() {
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [term] = useDebouncedValue(search.trim(), 300);
  const pages = useCursorPages();
  const options = useQuery(ProductFormOptionsDocument);
  const { data, previousData, error, refetch, loading } = useQuery(ProductAdminListDocument, {
    variables: {
      first: PAGE_SIZE,
      after: pages.after,
      filter: { search: term || undefined, categoryId: categoryId ?? undefined },
    },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  if (!shown) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const products = shown.products.edges.map((e) => e.node);
  return (
    <>
      <PageHeader
        title="Products"
        description="Every product of the catalog, published or hidden: prices per base unit, images and documents."
        actions={
          <ProductFormDialog
            button={{ label: 'New product' }}
            onSaved={(id) => void navigate(`/staff/products/${encodeURIComponent(id)}`)}
          />
        }
      />
      <Group mb="md" align="flex-end">
        <TextInput
          label="SKU or name"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            pages.reset();
          }}
          rightSection={loading ? <Loader size="xs" aria-label="Loading" /> : undefined}
          w={260}
        />
        <Select
          label="Category"
          placeholder="All categories"
          data={buildCategoryOptions(options.data?.categories ?? [])}
          value={categoryId}
          onChange={(value) => {
            setCategoryId(value);
            pages.reset();
          }}
          clearable
          searchable
        />
      </Group>
      <DataTable
        caption="Products"
        data={products}
        columns={columns}
        getRowId={(p) => p.id}
        empty={<EmptyState title="No products" description="Nothing matches the search." />}
      />
      <CursorPager
        pages={pages}
        pageSize={PAGE_SIZE}
        shown={products.length}
        totalCount={shown.products.totalCount}
        hasNextPage={shown.products.pageInfo.hasNextPage}
        endCursor={shown.products.pageInfo.endCursor}
        noun="products"
      />
    </>
  );
}
