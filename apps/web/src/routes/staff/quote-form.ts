import { dec } from '@portal/domain';
import type { QuoteEditor_RfqFragment, SendQuoteInput } from '../../gql/graphql';

export interface QuoteLineDraft {
  key: string;
  productId: string | null;
  sku: string | null;
  description: string;
  quantity: string;
  unitId: string | null;
  unitSymbol: string;
  unitPrice: string;
}

export interface QuoteDraft {
  validUntil: string;
  message: string;
  lines: QuoteLineDraft[];
}

const DECIMAL = /^\d+(\.\d+)?$/;

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
    const q = line.quantity.trim();
    if (!DECIMAL.test(q) || dec(q).lte(0)) errors[`lines.${i}.quantity`] = 'Enter a quantity greater than 0.';
    const p = line.unitPrice.trim();
    if (!DECIMAL.test(p)) errors[`lines.${i}.unitPrice`] = 'Enter the unit price, e.g. 12.50.';
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

/** quantity × unit price, exactly (display only; the server prices the quote). */
export function lineTotal(line: QuoteLineDraft): string | null {
  const q = line.quantity.trim();
  const p = line.unitPrice.trim();
  if (!DECIMAL.test(q) || !DECIMAL.test(p)) return null;
  return dec(q).mul(dec(p)).toFixed(2);
}

export function quoteTotal(lines: readonly QuoteLineDraft[]): string | null {
  let total = dec('0');
  for (const line of lines) {
    const t = lineTotal(line);
    if (t === null) return null;
    total = total.add(dec(t));
  }
  return total.toFixed(2);
}
