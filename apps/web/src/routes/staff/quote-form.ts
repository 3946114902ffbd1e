import { lineTotal, parseDecimal, sumMoney, type Money } from '@portal/domain';
import { toMoneyValue, type MoneyValue } from '../../components/money';
import { QUANTITY_RULE, UNIT_PRICE_RULE, decimalInputError } from '../../lib/decimal-input';
import type { QuoteEditor_RfqFragment, SendQuoteInput } from '../../gql/graphql';

export interface QuoteLineDraft {
  key: string;
  productId: string | null;
  sku: string | null;
  description: string;
  /** The catalog product's name, when the editor knows it (a line picked in the editor). */
  productName?: string;
  quantity: string;
  unitId: string | null;
  unitSymbol: string;
  unitPrice: string;
}

/** Row keys for new lines: a counter, so a new row never reuses the key of a removed one. */
let nextLineKey = 1;

/** A new catalog line for a product picked in the editor: its default unit, no price yet. */
export function catalogQuoteLine(product: {
  id: string;
  sku: string;
  name: string;
  unitId: string;
  unitSymbol: string;
}): QuoteLineDraft {
  return {
    key: `new-${nextLineKey++}`,
    productId: product.id,
    sku: product.sku,
    description: '',
    productName: product.name,
    quantity: '1',
    unitId: product.unitId,
    unitSymbol: product.unitSymbol,
    unitPrice: '',
  };
}

/** A new free-text line (no unit given: the server's default, ea). */
export function freeTextQuoteLine(): QuoteLineDraft {
  return {
    key: `new-${nextLineKey++}`,
    productId: null,
    sku: null,
    description: '',
    quantity: '1',
    unitId: null,
    unitSymbol: '',
    unitPrice: '',
  };
}

export interface QuoteDraft {
  validUntil: string;
  message: string;
  lines: QuoteLineDraft[];
}

/**
 * Starts from the current quotation when there is one (a revision), else from the RFQ's lines
 * with their target prices as a suggestion.
 */
export function initialQuoteDraft(rfq: QuoteEditor_RfqFragment): QuoteDraft {
  const q = rfq.quotation;
  if (q && q.lines.length > 0) {
    return {
      validUntil: q.quote?.validUntil ?? '',
      message: '',
      lines: q.lines.map((l) => ({
        key: l.id,
        productId: l.product?.id ?? null,
        sku: l.product ? l.sku : null,
        description: l.product ? '' : l.description,
        quantity: l.quantity,
        unitId: l.unit.id,
        unitSymbol: l.unit.symbol,
        unitPrice: l.unitPrice?.amount ?? '',
      })),
    };
  }
  return {
    validUntil: '',
    message: '',
    lines: rfq.lines.map((l) => ({
      key: l.id,
      productId: l.product?.id ?? null,
      sku: l.product?.sku ?? null,
      description: l.description,
      quantity: l.quantity,
      unitId: l.unit?.id ?? null,
      unitSymbol: l.unit?.symbol ?? '',
      unitPrice: l.targetUnitPrice?.amount ?? '',
    })),
  };
}

export function quoteFieldNames(lineCount: number): string[] {
  const names = ['validUntil', 'message', 'lines', 'rfqId'];
  for (let i = 0; i < lineCount; i += 1) {
    for (const f of ['productId', 'description', 'quantity', 'unitId', 'unitPrice'])
      names.push(`lines.${i}.${f}`);
  }
  return names;
}

export function validateQuote(draft: QuoteDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (draft.lines.length === 0) errors.lines = 'A quotation needs at least one line.';
  draft.lines.forEach((line, i) => {
    const quantityError = decimalInputError(line.quantity, QUANTITY_RULE, 'Enter a quantity greater than 0.');
    if (quantityError) errors[`lines.${i}.quantity`] = quantityError;
    const priceError = decimalInputError(
      line.unitPrice,
      UNIT_PRICE_RULE,
      'Enter the unit price, e.g. 12.50.',
    );
    if (priceError) errors[`lines.${i}.unitPrice`] = priceError;
    if (!line.productId && !line.description.trim()) errors[`lines.${i}.description`] = 'Describe the item.';
  });
  return errors;
}

export function toSendQuoteInput(rfqId: string, draft: QuoteDraft): SendQuoteInput {
  return {
    rfqId,
    validUntil: draft.validUntil || undefined,
    message: draft.message.trim() || undefined,
    lines: draft.lines.map((l) => ({
      productId: l.productId ?? undefined,
      description: l.description.trim(),
      quantity: l.quantity.trim(),
      unitId: l.unitId ?? undefined,
      unitPrice: l.unitPrice.trim(),
    })),
  };
}

/** The line's total as the domain computes it (rounded to the currency), or null while incomplete. */
function draftLineTotal(line: QuoteLineDraft, currencyCode: string): Money | null {
  const quantity = parseDecimal(line.quantity, { maxScale: QUANTITY_RULE.maxScale });
  const unitPrice = parseDecimal(line.unitPrice, { maxScale: UNIT_PRICE_RULE.maxScale });
  return quantity.ok && unitPrice.ok ? lineTotal(unitPrice.value, quantity.value, currencyCode) : null;
}

/** Quantity × unit price of a draft line (display only; the server prices the quote). */
export function quoteLineTotal(line: QuoteLineDraft, currencyCode: string): MoneyValue | null {
  const total = draftLineTotal(line, currencyCode);
  return total && toMoneyValue(total);
}

/** The sum of the line totals before tax, or null while a line is incomplete. */
export function quoteSubtotal(lines: readonly QuoteLineDraft[], currencyCode: string): MoneyValue | null {
  const totals = lines.map((line) => draftLineTotal(line, currencyCode));
  const complete = totals.filter((total): total is Money => total !== null);
  return complete.length === totals.length ? toMoneyValue(sumMoney(complete, currencyCode)) : null;
}
