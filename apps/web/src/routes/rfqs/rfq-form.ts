import { QUANTITY_RULE, UNIT_PRICE_RULE, decimalInputError } from '../../lib/decimal-input';
import type { ProductPicker_ProductFragment, SubmitRfqInput } from '../../gql/graphql';

export type RfqLineKind = 'catalog' | 'text';

export interface RfqLineDraft {
  key: string;
  kind: RfqLineKind;
  product: ProductPicker_ProductFragment | null;
  description: string;
  quantity: string;
  unitId: string;
  targetUnitPrice: string;
}

export interface RfqDraft {
  title: string;
  neededBy: string;
  notes: string;
  lines: RfqLineDraft[];
}

let nextKey = 0;
export function newLine(kind: RfqLineKind): RfqLineDraft {
  nextKey += 1;
  return {
    key: `line-${nextKey}`,
    kind,
    product: null,
    description: '',
    quantity: '',
    unitId: '',
    targetUnitPrice: '',
  };
}

/** Field names the form shows errors next to (userErrors paths without "input"). */
export function rfqFieldNames(lineCount: number): string[] {
  const names = ['title', 'neededBy', 'notes', 'lines'];
  for (let i = 0; i < lineCount; i += 1) {
    for (const f of ['productId', 'description', 'quantity', 'unitId', 'targetUnitPrice'])
      names.push(`lines.${i}.${f}`);
  }
  return names;
}

/** Checks what the browser can check; the server has the final word (userErrors). */
export function validateRfq(draft: RfqDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.title.trim()) errors.title = 'Give the request a title.';
  if (draft.lines.length === 0) errors.lines = 'Add at least one line.';
  draft.lines.forEach((line, i) => {
    if (line.kind === 'catalog' && !line.product) errors[`lines.${i}.productId`] = 'Choose a product.';
    if (line.kind === 'text' && !line.description.trim())
      errors[`lines.${i}.description`] = 'Describe the item.';
    const quantityError = decimalInputError(line.quantity, QUANTITY_RULE, 'Enter a quantity greater than 0.');
    if (quantityError) errors[`lines.${i}.quantity`] = quantityError;
    const priceError = line.targetUnitPrice.trim()
      ? decimalInputError(
          line.targetUnitPrice,
          UNIT_PRICE_RULE,
          'Enter a price like 12.50, or leave it empty.',
        )
      : null;
    if (priceError) errors[`lines.${i}.targetUnitPrice`] = priceError;
  });
  return errors;
}

/** The mutation input: decimals stay strings, empty optional fields are left out. */
export function toSubmitRfqInput(draft: RfqDraft): SubmitRfqInput {
  return {
    title: draft.title.trim(),
    neededBy: draft.neededBy || undefined,
    notes: draft.notes.trim() || undefined,
    lines: draft.lines.map((line) => ({
      productId: line.kind === 'catalog' ? line.product?.id : undefined,
      description: line.kind === 'catalog' ? line.description.trim() : line.description.trim(),
      quantity: line.quantity.trim(),
      unitId: line.unitId || undefined,
      targetUnitPrice: line.targetUnitPrice.trim() || undefined,
    })),
  };
}
