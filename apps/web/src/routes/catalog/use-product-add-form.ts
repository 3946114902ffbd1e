import { formatDecimal } from '@portal/domain';
import { useState, type FormEvent } from 'react';
import { defaultUnitIdOf, quantityUnitsOf } from '../../components/quantity-input';
import { splitUserErrors, unexpectedErrorMessage } from '../../components/user-errors';
import type { ProductCard_ProductFragment } from '../../gql/graphql';
import { QUANTITY_RULE, decimalInputError } from '../../lib/decimal-input';
import { notifySuccess } from '../../lib/notify';
import { useAddToCart } from './use-add-to-cart';

const LINE_FIELDS = ['lines.0.quantity', 'lines.0.unitId', 'lines.0.productId'] as const;

/**
 * One product's "add to cart" form (the catalog's cards and list rows): quantity and unit as
 * typed, the line error next to the quantity, other errors for the form, a notification on success.
 */
export function useProductAddForm(product: ProductCard_ProductFragment, cartId: string | null | undefined) {
  const units = quantityUnitsOf(product);
  const [quantity, setQuantityState] = useState('1');
  const [unitId, setUnitIdState] = useState(() => defaultUnitIdOf(product));
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const { add, loading } = useAddToCart(cartId);

  function setQuantity(value: string) {
    setQuantityState(value);
    setFieldError(undefined);
  }
  function setUnitId(id: string) {
    setUnitIdState(id);
    setFieldError(undefined);
  }

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

  return { units, quantity, setQuantity, unitId, setUnitId, fieldError, formErrors, loading, onSubmit };
}
