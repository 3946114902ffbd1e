import { createHash } from 'node:crypto';
import {
  Money,
  checkOrderLine,
  formatMoney,
  lineTotal,
  toDecimalString,
  UserErrorCode as DomainErrorCode,
  QUANTITY_SCALE,
} from '@portal/domain';
import { idOfType } from '../../common/node-id';
import { UserErrorCode } from '../../common/user-error';
import type { RequestContext } from '../../context';
import type { Order, OrderLine, UnitOfMeasure } from '../../entity';
import type { CatalogService } from '../catalog/catalog.service';
import type { InputChecks } from '../support/input-checks';
import {
  roundTo4,
  toUserErrorCode,
  type OrderLinesService,
  type PreparedLine,
} from '../orders/order-lines.service';
import { at } from '../../common/at';

/** The unit of free-text lines given without one. */
const DEFAULT_FREE_TEXT_UNIT = 'ea';
const MAX_LINES = 1000;

/** A line as entered on an RFQ or a quotation: a catalog product, or a free-text item. */
export interface ItemInput {
  productId?: string | null;
  description: string;
  quantity: string;
  unitId?: string | null;
}

/** A validated line: `prepared` for a catalog product, or a free-text item in `unit`. */
export interface ValidatedItem {
  index: number;
  description: string;
  quantity: string;
  unit: UnitOfMeasure;
  prepared: PreparedLine | null;
}

/**
 * Validates RFQ or quotation lines for a company, every problem recorded in `checks` with its
 * input path (["input", "lines", i, field]). Catalog lines go through the orders' line
 * preparation (product visible to the company, one of its units, exact quantity); with
 * `quantityRules` (quotations, which become orders) the domain's minimum, multiple and
 * availability rules hold too. Free-text lines need a description and take any unit (default ea).
 */
export async function validateItems(
  ctx: RequestContext,
  lines: OrderLinesService,
  catalog: CatalogService,
  companyId: number,
  inputs: readonly ItemInput[],
  checks: InputChecks,
  options: { quantityRules: boolean },
): Promise<ValidatedItem[]> {
  const path = ['input', 'lines'];
  if (inputs.length === 0) checks.add(UserErrorCode.INVALID, 'Add at least one line.', path);
  if (inputs.length > MAX_LINES) {
    checks.add(UserErrorCode.INVALID, `At most ${MAX_LINES} lines are allowed.`, path);
    return [];
  }
  const result: ValidatedItem[] = [];
  const prepareLines = (indexes: number[]) =>
    lines.prepare(
      ctx,
      companyId,
      indexes.map((i) => {
        const input = at(inputs, i);
        return { productId: input.productId, quantity: input.quantity, unitId: input.unitId };
      }),
      (k) => [...path, String(at(indexes, k))],
    );
  let catalogIndexes = inputs.flatMap((input, i) => (input.productId ? [i] : []));
  let prepared = await prepareLines(catalogIndexes);
  if (prepared.errors.length) {
    for (const error of prepared.errors) {
      // A product the company may not see is "not in the catalog", whatever the reason.
      const aboutProduct = error.field?.at(-1) === 'productId';
      checks.add(
        aboutProduct ? UserErrorCode.NOT_IN_CATALOG : error.code,
        aboutProduct ? 'This product is not in your catalog.' : error.message,
        error.field ?? path,
      );
    }
    // Prepare the remaining lines again, so that their quantity rules are reported in the same answer.
    const failed = new Set(prepared.errors.map((e) => e.field?.[path.length]));
    catalogIndexes = catalogIndexes.filter((i) => !failed.has(String(i)));
    prepared = catalogIndexes.length ? await prepareLines(catalogIndexes) : { lines: [], errors: [] };
  }
  if (prepared.errors.length === 0) {
    for (const [k, line] of prepared.lines.entries()) {
      const index = at(catalogIndexes, k);
      if (options.quantityRules) {
        const issues = checkOrderLine(
          { sku: line.product.sku, quantity: line.quantity, unitSymbol: line.unit.symbol },
          await lines.orderable(ctx, line.product, null, true),
        );
        for (const issue of issues) {
          const field =
            issue.code === DomainErrorCode.UNIT_NOT_ALLOWED
              ? 'unitId'
              : issue.code === DomainErrorCode.NOT_IN_CATALOG
                ? 'productId'
                : 'quantity';
          checks.add(toUserErrorCode(issue.code), issue.message, [...path, String(index), field]);
        }
      }
      const description = at(inputs, index).description.trim() || line.product.name;
      result.push({
        index,
        description: description.slice(0, 512),
        quantity: line.quantity,
        unit: line.unit,
        prepared: line,
      });
    }
  }

  const units = await catalog.unitsById(ctx);
  for (const [index, input] of inputs.entries()) {
    if (input.productId) continue;
    const at = [...path, String(index)];
    const description = checks.text(
      input.description,
      [...at, 'description'],
      'The description of an item without a product',
      512,
    );
    const quantity = checks.decimal(input.quantity, [...at, 'quantity'], 'The quantity', {
      maxScale: QUANTITY_SCALE,
      positive: true,
    });
    let unit: UnitOfMeasure | undefined;
    if (input.unitId) {
      const unitId = idOfType(input.unitId, 'UnitOfMeasure');
      unit = unitId === null ? undefined : units.get(unitId);
      if (!unit) checks.add(UserErrorCode.NOT_FOUND, 'No such unit of measure.', [...at, 'unitId']);
    } else {
      unit = [...units.values()].find((u) => u.symbol === DEFAULT_FREE_TEXT_UNIT);
      if (!unit) checks.add(UserErrorCode.INVALID, 'Choose the unit of this item.', [...at, 'unitId']);
    }
    if (description && quantity && unit) result.push({ index, description, quantity, unit, prepared: null });
  }
  return result.sort((a, b) => a.index - b.index);
}

/** The order-line rows of priced items (line total rounded half-up to the currency by the domain). */
export function quotationRows(
  lines: OrderLinesService,
  orderId: number,
  currencyCode: string,
  items: readonly (ValidatedItem & { unitPrice: string })[],
  explanation: string,
): Partial<OrderLine>[] {
  return items.map((item, i) => {
    const total = toDecimalString(lineTotal(item.unitPrice, item.quantity, currencyCode).amount);
    if (item.prepared) {
      return {
        ...lines.toRow(orderId, i + 1, {
          ...item.prepared,
          unitPrice: item.unitPrice,
          lineTotal: total,
          priceRuleId: null,
          priceExplanation: explanation,
        }),
        description: item.description,
      };
    }
    return {
      orderId,
      position: i + 1,
      productId: null,
      sku: '',
      description: item.description,
      quantity: item.quantity,
      unitId: item.unit.id,
      baseQuantity: item.quantity,
      unitPrice: roundTo4(item.unitPrice),
      lineTotal: total,
      previousUnitPrice: null,
      taxRate: '0',
      taxAmount: '0',
      priceRuleId: null,
      priceExplanation: explanation,
    };
  });
}

/** Decimal strings in one canonical form for hashing ("12.5000" and "12.5" hash alike). */
function canonical(value: string): string {
  return toDecimalString(value);
}

/**
 * SHA-256 (hex) of the quoted content a signer accepts: number, revision, validity, currency,
 * every line (position, product, sku, description, quantity, unit, unit price, line total, tax)
 * and the totals, as JSON with a fixed key order.
 */
export function quoteContentHash(
  order: Order,
  lines: readonly OrderLine[],
  unitSymbols: ReadonlyMap<number, string>,
): string {
  const content = {
    currencyCode: order.currencyCode,
    lines: [...lines]
      .sort((a, b) => a.position - b.position || a.id - b.id)
      .map((l) => ({
        description: l.description,
        lineTotal: canonical(l.lineTotal),
        position: l.position,
        productId: l.productId,
        quantity: canonical(l.quantity),
        sku: l.sku,
        taxAmount: canonical(l.taxAmount),
        unit: unitSymbols.get(l.unitId) ?? String(l.unitId),
        unitPrice: canonical(l.unitPrice),
      })),
    number: order.number,
    revision: order.quoteRevision,
    subtotal: canonical(order.subtotal),
    taxTotal: canonical(order.taxTotal),
    total: canonical(order.total),
    validUntil: order.quoteValidUntil,
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** "1,234.50 USD" for e-mails. */
export function formatAmount(amount: string, currencyCode: string): string {
  return formatMoney(Money.of(amount, currencyCode), { withCurrency: true });
}
