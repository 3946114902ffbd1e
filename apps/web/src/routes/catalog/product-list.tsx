import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { IconShoppingCartPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { QuantityInput } from '../../components/quantity-input';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import type { ProductCard_ProductFragment } from '../../gql/graphql';
import { AvailabilityText } from './availability-text';
import { orderingHint, ProductPrice } from './product-card';
import { useProductAddForm } from './use-product-add-form';

export interface ProductListProps {
  products: readonly ProductCard_ProductFragment[];
  /** The viewer may add to a cart (customer with ORDERS_DRAFT or ORDERS_SUBMIT). */
  canOrder: boolean;
  cartId: string | null | undefined;
}

/**
 * The catalog's compact list view: one row per product with SKU, name, the price the viewer may
 * see (as on the cards), availability and, for buyers, quantity and "Add to cart". A table on wide
 * screens, stacked rows on phones (styles.css .stacked-table).
 */
export function ProductList({ products, canOrder, cartId }: ProductListProps) {
  return (
    <Table role="table" aria-label="Products" className="stacked-table" verticalSpacing="xs" highlightOnHover>
      <Table.Thead role="rowgroup">
        <Table.Tr role="row">
          <Table.Th role="columnheader">SKU</Table.Th>
          <Table.Th role="columnheader">Product</Table.Th>
          <Table.Th role="columnheader">Price</Table.Th>
          <Table.Th role="columnheader">Availability</Table.Th>
          {canOrder && <Table.Th role="columnheader">Order</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody role="rowgroup">
        {products.map((product) => (
          <ProductListRow key={product.id} product={product} canOrder={canOrder} cartId={cartId} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ProductListRow({
  product,
  canOrder,
  cartId,
}: {
  product: ProductCard_ProductFragment;
  canOrder: boolean;
  cartId: string | null | undefined;
}) {
  const form = useProductAddForm(product, cartId);
  const hint = orderingHint(product);
  return (
    <Table.Tr role="row">
      <Table.Td role="cell">
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {product.sku}
        </Text>
      </Table.Td>
      <Table.Td role="cell">
        <Anchor component={Link} to={`/catalog/${encodeURIComponent(product.id)}`} fw={500}>
          {product.name}
        </Anchor>
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </Table.Td>
      <Table.Td role="cell">
        <ProductPrice product={product} compact />
      </Table.Td>
      <Table.Td role="cell">
        <AvailabilityText availability={product.availability} baseUnitSymbol={product.baseUnit.symbol} />
      </Table.Td>
      {canOrder && (
        <Table.Td role="cell">
          {product.priceOnRequest ? (
            <Text size="sm" c="dimmed">
              Quote only
            </Text>
          ) : (
            <form onSubmit={(e) => void form.onSubmit(e)} aria-label={`Add ${product.name} to cart`}>
              <Group gap="xs" align="flex-start" wrap="nowrap">
                <QuantityInput
                  label="Quantity"
                  value={form.quantity}
                  onChange={form.setQuantity}
                  units={form.units}
                  unitId={form.unitId}
                  onUnitChange={form.setUnitId}
                  baseUnitSymbol={product.baseUnit.symbol}
                  error={form.fieldError}
                  compact
                />
                <Button
                  type="submit"
                  loading={form.loading}
                  leftSection={<IconShoppingCartPlus size={18} aria-hidden />}
                  aria-label={`Add ${product.name} to cart`}
                  px="sm"
                  style={{ flexShrink: 0 }}
                >
                  Add
                </Button>
              </Group>
              {form.formErrors.length > 0 && <UserErrorsAlert errors={form.formErrors} />}
            </form>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}
