import { formatDecimal } from '@portal/domain';
import { Accordion, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconShoppingCartPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { DocumentLink } from '../../components/document-link';
import { defaultUnitIdOf, QuantityInput, quantityUnitsOf } from '../../components/quantity-input';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { splitUserErrors, unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import { notifySuccess } from '../../lib/notify';
import { QUANTITY_RULE, decimalInputError } from '../../lib/decimal-input';
import type { ProductCard_ProductFragment } from '../../gql/graphql';
import { AvailabilityText } from './availability-text';
import { PriceBreaksTable } from './price-breaks-table';
import { UnitPrice } from './unit-price';
import { useAddToCart } from './use-add-to-cart';

export const ProductCard_ProductFragmentDoc = graphql(`
  fragment ProductCard_product on Product {
    id
    sku
    name
    description
    category {
      id
      name
    }
    ...QuantityInput_product
    minimumOrderQuantity
    orderMultiple
    availability {
      ...AvailabilityText_availability
    }
    documents {
      id
      title
      kind
    }
    catalogPrice @include(if: $catalogPrices) {
      amount
      currencyCode
    }
    price @include(if: $contractPrices) {
      unitPrice {
        amount
        currencyCode
      }
      explanation
      unit {
        id
        symbol
      }
    }
    priceBreaks @include(if: $contractPrices) {
      ...PriceBreaksTable_priceBreak
    }
    priceOnRequest @include(if: $contractPrices)
  }
`);

const LINE_FIELDS = ['lines.0.quantity', 'lines.0.unitId', 'lines.0.productId'] as const;

/** "Minimum 3,000 ea · in multiples of 3,000 ea", or null. */
export function orderingHint(
  product: Pick<ProductCard_ProductFragment, 'minimumOrderQuantity' | 'orderMultiple' | 'baseUnit'>,
): string | null {
  const parts: string[] = [];
  const unit = product.baseUnit.symbol;
  if (product.minimumOrderQuantity && product.minimumOrderQuantity !== '0')
    parts.push(`Minimum ${formatDecimal(product.minimumOrderQuantity)} ${unit}`);
  if (product.orderMultiple && product.orderMultiple !== '0' && product.orderMultiple !== '1')
    parts.push(`in multiples of ${formatDecimal(product.orderMultiple)} ${unit}`);
  return parts.length ? parts.join(', ') : null;
}

export interface ProductCardProps {
  product: ProductCard_ProductFragment;
  /** The viewer may add to a cart (customer with ORDERS_DRAFT or ORDERS_SUBMIT). */
  canOrder: boolean;
  cartId: string | null | undefined;
}

export function ProductCard({ product, canOrder, cartId }: ProductCardProps) {
  const units = quantityUnitsOf(product);
  // Pictures show on the product's page (gallery), not as downloads.
  const documents = product.documents.filter((d) => d.kind !== 'PRODUCT_IMAGE');
  const defaultUnit = defaultUnitIdOf(product);
  const defaultUnitSymbol = units.find((u) => u.id === defaultUnit)?.symbol ?? product.baseUnit.symbol;
  const [quantity, setQuantity] = useState('1');
  const [unitId, setUnitId] = useState(defaultUnit);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const { add, loading } = useAddToCart(cartId);
  const headingId = `product-${product.id}`;
  const hint = orderingHint(product);
  const breaks = product.priceBreaks ?? null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFieldError(undefined);
    setFormErrors([]);
    const quantityError = decimalInputError(quantity, QUANTITY_RULE, 'Enter a quantity greater than zero.');
    if (quantityError) {
      setFieldError(quantityError);
      return;
    }
    try {
      const result = await add([{ productId: product.id, quantity: quantity.trim(), unitId }]);
      if (result.ok) {
        const unit = units.find((u) => u.id === unitId);
        notifySuccess(
          `Added ${formatDecimal(quantity.trim())} ${unit?.symbol ?? ''} of ${product.name} to the cart.`,
        );
        return;
      }
      const split = splitUserErrors(result.userErrors, LINE_FIELDS);
      setFieldError(
        split.fields['lines.0.quantity'] ??
          split.fields['lines.0.unitId'] ??
          split.fields['lines.0.productId'],
      );
      setFormErrors(split.form);
    } catch (error) {
      setFormErrors([unexpectedErrorMessage(error)]);
    }
  }

  return (
    <Card withBorder padding="md" radius="md" component="article" aria-labelledby={headingId}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Stack gap={6}>
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={`/catalog/${encodeURIComponent(product.id)}`} inherit>
              {product.name}
            </Anchor>
          </Title>
          <Group gap="xs">
            <Badge variant="outline" color="gray" radius="sm">
              SKU {product.sku}
            </Badge>
            {product.category && (
              <Text size="sm" c="dimmed">
                {product.category.name}
              </Text>
            )}
          </Group>
          {product.description && <Text size="sm">{product.description}</Text>}
          <AvailabilityText availability={product.availability} baseUnitSymbol={product.baseUnit.symbol} />
          {documents.length > 0 && (
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                Certificates and documents
              </Text>
              {documents.map((d) => (
                <DocumentLink key={d.id} documentId={d.id}>
                  {d.title}
                </DocumentLink>
              ))}
            </Stack>
          )}
        </Stack>
        <Stack gap="xs">
          {product.price ? (
            <div>
              <Text size="xl" fw={700}>
                <UnitPrice money={product.price.unitPrice} />{' '}
                <Text span size="sm" fw={400} c="dimmed">
                  per {product.price.unit.symbol}
                </Text>
              </Text>
              <Text size="sm" c="dimmed">
                {product.price.explanation}
              </Text>
            </div>
          ) : product.catalogPrice ? (
            <div>
              <Text size="xl" fw={700}>
                <UnitPrice money={product.catalogPrice} />{' '}
                <Text span size="sm" fw={400} c="dimmed">
                  per {product.baseUnit.symbol}
                </Text>
              </Text>
              <Text size="sm" c="dimmed">
                Catalog price; your order is priced under your company&apos;s contract.
              </Text>
            </div>
          ) : product.priceOnRequest ? (
            <Text size="sm">
              Price on request:{' '}
              <Anchor component={Link} to="/rfqs/new">
                ask for a quote
              </Anchor>
              .
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              Price on request
            </Text>
          )}
          {canOrder && !product.priceOnRequest && (
            <form onSubmit={(e) => void onSubmit(e)} aria-label={`Add ${product.name} to cart`}>
              <Stack gap={4} align="flex-start">
                <QuantityInput
                  label="Quantity"
                  value={quantity}
                  onChange={(v) => {
                    setQuantity(v);
                    setFieldError(undefined);
                  }}
                  units={units}
                  unitId={unitId}
                  onUnitChange={(id) => {
                    setUnitId(id);
                    setFieldError(undefined);
                  }}
                  baseUnitSymbol={product.baseUnit.symbol}
                  hint={hint ?? undefined}
                  error={fieldError}
                />
                <Button
                  type="submit"
                  loading={loading}
                  leftSection={<IconShoppingCartPlus size={18} aria-hidden />}
                >
                  Add to cart
                </Button>
              </Stack>
              {formErrors.length > 0 && <UserErrorsAlert errors={formErrors} />}
            </form>
          )}
          {!canOrder && hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
          {breaks && (
            <Accordion variant="contained" chevronPosition="left">
              <Accordion.Item value="breaks">
                <Accordion.Control>Volume prices ({breaks.length})</Accordion.Control>
                <Accordion.Panel>
                  <PriceBreaksTable
                    breaks={breaks}
                    unitSymbol={product.price?.unit.symbol ?? defaultUnitSymbol}
                    productName={product.name}
                  />
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
          )}
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
