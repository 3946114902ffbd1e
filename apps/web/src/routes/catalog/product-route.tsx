import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Stack, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { PageStatus } from '../../components/page-status';
import { ProductGallery } from '../../components/product-gallery';
import { graphql } from '../../gql';
import { RequirePermission } from '../../viewer/require-permission';
import { useViewer } from '../../viewer/viewer-context';
import { ProductCard } from './product-card';
import { CartIdDocument } from './use-add-to-cart';

export const CatalogProductDocument = graphql(`
  query CatalogProduct($id: ID!, $contractPrices: Boolean!, $catalogPrices: Boolean!) {
    product(id: $id) {
      id
      name
      documents {
        id
        kind
        title
        url
      }
      ...ProductCard_product
    }
  }
`);

export function ProductRoute() {
  return (
    <RequirePermission anyOf={['PRICES_CONTRACT', 'PRICES_CATALOG']}>
      <CatalogProduct />
    </RequirePermission>
  );
}

/** A product's page: its pictures (gallery), then price, units and ordering as in the catalog. */
function CatalogProduct() {
  const { productId = '' } = useParams();
  const { can, canAny, isStaff } = useViewer();
  const contractPrices = can('PRICES_CONTRACT');
  const canOrder = !isStaff && canAny(['ORDERS_DRAFT', 'ORDERS_SUBMIT']);
  const { data, error, refetch } = useQuery(CatalogProductDocument, {
    variables: { id: productId, contractPrices, catalogPrices: !contractPrices },
  });
  const cart = useQuery(CartIdDocument, { skip: !canOrder });
  if (!data) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const product = data.product;
  if (!product) return <EmptyState title="Product not found" description="It is not in your catalog." />;
  const images = product.documents.filter((d) => d.kind === 'PRODUCT_IMAGE');
  return (
    <Stack>
      <Anchor component={Link} to="/catalog" size="sm">
        ← Catalog
      </Anchor>
      <Title order={1}>{product.name}</Title>
      {images.length > 0 && (
        <Card withBorder component="section" aria-label="Pictures">
          <ProductGallery productName={product.name} images={images} />
        </Card>
      )}
      <ProductCard product={product} canOrder={canOrder} cartId={cart.data?.viewer?.cart?.id ?? null} />
    </Stack>
  );
}
