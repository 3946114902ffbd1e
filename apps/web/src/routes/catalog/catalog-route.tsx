import { useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLayoutList, IconLayoutRows, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { graphql } from '../../gql';
import type { ProductSortKey } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { useViewer } from '../../viewer/viewer-context';
import { buildCategoryOptions } from './category-options';
import { catalogCountText, loadMoreText } from './catalog-count';
import { useCatalogView, type CatalogView } from './catalog-view';
import { ProductCard } from './product-card';
import { ProductList } from './product-list';
import { CartIdDocument } from './use-add-to-cart';

export const CatalogDocument = graphql(`
  query Catalog(
    $first: Int!
    $after: String
    $filter: ProductFilter
    $sort: ProductSort
    $contractPrices: Boolean!
    $catalogPrices: Boolean!
  ) {
    categories {
      id
      name
      parent {
        id
      }
    }
    products(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      totalCountIsCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...ProductCard_product
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

const SORTS: { value: string; label: string; key: ProductSortKey; descending: boolean }[] = [
  { value: 'RELEVANCE', label: 'Best match', key: 'RELEVANCE', descending: false },
  { value: 'NAME', label: 'Name (A–Z)', key: 'NAME', descending: false },
  { value: 'NAME_DESC', label: 'Name (Z–A)', key: 'NAME', descending: true },
  { value: 'SKU', label: 'SKU', key: 'SKU', descending: false },
  { value: 'PRICE', label: 'Price (low to high)', key: 'PRICE', descending: false },
  { value: 'PRICE_DESC', label: 'Price (high to low)', key: 'PRICE', descending: true },
];

export function CatalogRoute() {
  return (
    <RequirePermission anyOf={['PRICES_CONTRACT', 'PRICES_CATALOG']}>
      <Catalog />
    </RequirePermission>
  );
}

function Catalog() {
  const { viewer, can, canAny, isStaff } = useViewer();
  const [view, setView] = useCatalogView(viewer.user.id);
  const contractPrices = can('PRICES_CONTRACT');
  const canOrder = !isStaff && canAny(['ORDERS_DRAFT', 'ORDERS_SUBMIT']);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [inStockOnly, setInStockOnly] = useState(false);
  const [sortValue, setSortValue] = useState('NAME');
  const [loadingMore, setLoadingMore] = useState(false);
  const sort = SORTS.find((s) => s.value === sortValue) ?? SORTS[1]!;

  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(CatalogDocument, {
    variables: {
      first: PAGE_SIZE,
      filter: {
        search: debouncedSearch || undefined,
        categoryId: categoryId ?? undefined,
        inStockOnly: inStockOnly || undefined,
      },
      sort: { key: sort.key, descending: sort.descending },
      contractPrices,
      catalogPrices: !contractPrices,
    },
    notifyOnNetworkStatusChange: false,
  });
  const cart = useQuery(CartIdDocument, { skip: !canOrder });
  const shown = data ?? previousData;
  const categoryOptions = useMemo(() => buildCategoryOptions(shown?.categories ?? []), [shown?.categories]);

  if (!shown) {
    return error ? <PageStatus error onRetry={() => void refetch()} /> : <PageStatus />;
  }
  const products = shown.products;

  async function loadMore() {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: products.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          products: {
            ...fetchMoreResult.products,
            edges: [...previous.products.edges, ...fetchMoreResult.products.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <Stack>
      <PageHeader
        title="Catalog"
        description={
          contractPrices
            ? 'Prices shown are your company’s contract prices.'
            : 'Prices shown are catalog prices.'
        }
      />
      <form role="search" aria-label="Filter the catalog" onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <TextInput
            label="Search"
            placeholder="SKU, name or description"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            type="search"
          />
          <Select
            label="Category"
            placeholder="All categories"
            data={categoryOptions}
            value={categoryId}
            onChange={setCategoryId}
            clearable
            searchable
            nothingFoundMessage="No such category"
          />
          <Select
            label="Sort by"
            data={SORTS.map((s) => ({ value: s.value, label: s.label }))}
            value={sortValue}
            onChange={(v) => setSortValue(v ?? 'NAME')}
            allowDeselect={false}
          />
          <Checkbox
            label="In stock only"
            checked={inStockOnly}
            onChange={(e) => setInStockOnly(e.currentTarget.checked)}
            mt={{ base: 0, md: 32 }}
          />
        </SimpleGrid>
      </form>
      <Group justify="space-between" gap="xs">
        <Text role="status" aria-live="polite" size="sm">
          {loading && !loadingMore
            ? 'Searching…'
            : catalogCountText({ ...products, shown: products.edges.length })}
        </Text>
        <SegmentedControl
          aria-label="View"
          size="xs"
          value={view}
          onChange={(v) => setView(v as CatalogView)}
          data={[
            {
              value: 'cards',
              label: (
                <Group gap={4} wrap="nowrap">
                  <IconLayoutRows size={14} aria-hidden />
                  Cards
                </Group>
              ),
            },
            {
              value: 'list',
              label: (
                <Group gap={4} wrap="nowrap">
                  <IconLayoutList size={14} aria-hidden />
                  List
                </Group>
              ),
            },
          ]}
        />
      </Group>
      {error && data === undefined && <PageStatus error onRetry={() => void refetch()} />}
      {products.edges.length === 0 ? (
        <EmptyState
          title="No products match"
          description="Try another search or category, or include products that are out of stock."
        />
      ) : view === 'list' ? (
        <ProductList
          products={products.edges.map((e) => e.node)}
          canOrder={canOrder}
          cartId={cart.data?.viewer?.cart?.id ?? null}
        />
      ) : (
        <Stack gap="sm">
          {products.edges.map(({ node }) => (
            <ProductCard
              key={node.id}
              product={node}
              canOrder={canOrder}
              cartId={cart.data?.viewer?.cart?.id ?? null}
            />
          ))}
        </Stack>
      )}
      {products.pageInfo.hasNextPage && (
        <Group justify="center">
          <Button variant="light" onClick={() => void loadMore()} loading={loadingMore}>
            {loadMoreText({ ...products, shown: products.edges.length })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
