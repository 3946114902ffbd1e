import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { Money } from '../../../components/money';
import { PageHeader } from '../../../components/page-header';
import { PageStatus } from '../../../components/page-status';
import { graphql } from '../../../gql';
import { READABLE_LABEL } from '../../../components/status-badge';
import { RequirePermission } from '../../../viewer/require-permission';
import { ProductFormDialog } from './product-form-dialog';
import { ProductImages } from './product-images';

export const ProductAdminDocument = graphql(`
  query ProductAdmin($id: ID!) {
    product(id: $id) {
      id
      sku
      name
      description
      published
      category {
        id
        name
      }
      baseUnit {
        id
        symbol
        name
      }
      units {
        unit {
          id
          symbol
        }
        factor
        isDefault
      }
      catalogPrice {
        amount
        currencyCode
      }
      cost {
        amount
        currencyCode
      }
      documents {
        id
        kind
        title
        url
      }
      ...ProductForm_product
    }
  }
`);

export function ProductAdminRoute() {
  return (
    <RequirePermission anyOf="CATALOG_MANAGE" staff>
      <ProductAdmin />
    </RequirePermission>
  );
}

/** One product for staff: its fields, units, pictures (upload and gallery) and documents. */
function ProductAdmin() {
  const { productId = '' } = useParams();
  const { data, error, refetch } = useQuery(ProductAdminDocument, {
    variables: { id: productId },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const product = data.product;
  if (!product) return <EmptyState title="Product not found" description="It does not exist." />;
  const images = product.documents.filter((d) => d.kind === 'PRODUCT_IMAGE');
  const others = product.documents.filter((d) => d.kind !== 'PRODUCT_IMAGE');
  return (
    <>
      <Anchor component={Link} to="/staff/products" size="sm">
        ← Products
      </Anchor>
      <PageHeader
        title={`${product.sku} · ${product.name}`}
        badge={
          <Badge color={product.published ? 'green' : 'gray'} variant="light" styles={READABLE_LABEL}>
            {product.published ? 'Published' : 'Hidden'}
          </Badge>
        }
        actions={
          <ProductFormDialog product={product} button={{ label: 'Edit product', variant: 'default' }} />
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Stack gap={4}>
            <Text>
              <b>Category:</b> {product.category?.name ?? 'none'}
            </Text>
            <Text>
              <b>List price:</b> <Money money={product.catalogPrice} /> per {product.baseUnit.symbol}
            </Text>
            <Text>
              <b>Cost:</b> <Money money={product.cost} placeholder="not set" />
            </Text>
            <Text>
              <b>Sold in:</b>{' '}
              {product.units
                .map(
                  (u) =>
                    `${u.unit.symbol} (${u.factor} ${product.baseUnit.symbol})${u.isDefault ? ', default' : ''}`,
                )
                .join('; ')}
            </Text>
            {product.description && <Text c="dimmed">{product.description}</Text>}
          </Stack>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Documents
          </Title>
          {others.length === 0 ? (
            <Text c="dimmed">No certificates or data sheets.</Text>
          ) : (
            <Stack gap={2}>
              {others.map((d) => (
                <Anchor key={d.id} href={d.url}>
                  {d.title}
                </Anchor>
              ))}
            </Stack>
          )}
        </Card>
      </SimpleGrid>
      <Card withBorder mt="md">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">
            Pictures
          </Title>
          <Text size="sm" c="dimmed">
            {images.length} picture{images.length === 1 ? '' : 's'}
          </Text>
        </Group>
        <ProductImages
          productId={product.id}
          productName={product.name}
          images={images}
          onUploaded={() => void refetch()}
        />
      </Card>
    </>
  );
}
