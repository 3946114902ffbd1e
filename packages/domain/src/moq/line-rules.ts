import {
  Decimal,
  DecimalInput,
  dec,
  decOrNull,
  formatDecimal,
  isMultipleOf,
  toDecimalString,
} from '../money';
import { toBaseQuantity } from '../uom';
import { StockPosition, allowsOrderingBeyondStock, freeStock } from './availability';
import { OrderIssue, UserErrorCode } from './order-issue';
import { nearestValidQuantities } from './order-multiple';

/** A unit a product is sold in: its symbol and how many base units one of it holds (cs = 24 ea). */
export interface SaleUnit {
  readonly symbol: string;
  readonly factor: DecimalInput;
}

/** What the order rules need to know about a product. Quantities are in its base unit. */
export interface OrderableProduct {
  readonly sku: string;
  /** Unpublished products are no longer in the catalog. */
  readonly published: boolean;
  /** False when the company may not see the product (access groups); default true. */
  readonly visibleToCompany?: boolean;
  readonly baseUnitSymbol: string;
  /** The other units it is sold in; the base unit is always allowed. */
  readonly units: readonly SaleUnit[];
  readonly minimumOrderQuantity?: DecimalInput | null;
  readonly orderMultiple?: DecimalInput | null;
  readonly stock: StockPosition;
}

/** An order line to check: a quantity in one of the product's units. */
export interface LineToCheck {
  /** The caller's reference for the line (line id or input index), copied to its issues. */
  readonly ref?: string;
  readonly sku: string;
  readonly quantity: DecimalInput;
  /** Symbol of the unit the quantity is in; the product's base unit when absent. */
  readonly unitSymbol?: string | null;
  /**
   * The product's whole base quantity on the order, all its lines together (default: this
   * line's). The minimum and the stock count it: two lines of 30 ea meet a minimum of 50 ea.
   */
  readonly orderBaseQuantity?: DecimalInput | null;
}

function qty(value: Decimal): string {
  return formatDecimal(value);
}

/** "40 gal", or "48 ea (2 cs)" when the line is in another unit. */
function describeBase(base: Decimal, baseUnit: string, quantity: Decimal, unit: string): string {
  return unit === baseUnit
    ? `${qty(base)} ${baseUnit}`
    : `${qty(base)} ${baseUnit} (${qty(quantity)} ${unit})`;
}

/** "55 or 110 gal", "55 gal". */
function describeChoices(choices: readonly Decimal[], unit: string): string {
  return `${choices.map(qty).join(' or ')} ${unit}`;
}

/**
 * Every rule an order line breaks, as issues for the buyer (empty when the line is fine).
 * In order, stopping at the first of these: the product is gone, unpublished or not visible to
 * the company (NOT_IN_CATALOG); the unit is not one the product is sold in (UNIT_NOT_ALLOWED);
 * the quantity is not above zero (INVALID). Then, all reported together, with the line's
 * quantity converted to base units (2 cs of 24 = 48 ea): below the minimum
 * (BELOW_MINIMUM_QUANTITY); not a multiple of the order multiple (NOT_A_MULTIPLE, suggesting the
 * nearest valid quantities); more than the stock where the policy does not allow backorders
 * (NOT_AVAILABLE). The minimum and the stock count the product's whole quantity on the order
 * (`orderBaseQuantity`); the multiple is a line's pack.
 */
export function checkOrderLine(
  line: LineToCheck,
  product: OrderableProduct | null | undefined,
): OrderIssue[] {
  const issue = (code: UserErrorCode, message: string, details: OrderIssue['details']): OrderIssue =>
    line.ref === undefined ? { code, message, details } : { code, message, lineRef: line.ref, details };
  const sku = line.sku;

  if (!product || !product.published || product.visibleToCompany === false) {
    return [issue(UserErrorCode.NOT_IN_CATALOG, `${sku} is no longer in the catalog`, { sku })];
  }
  const baseUnit = product.baseUnitSymbol;
  const unitSymbol = line.unitSymbol ?? baseUnit;
  const saleUnit =
    unitSymbol === baseUnit
      ? { symbol: baseUnit, factor: '1' }
      : product.units.find((u) => u.symbol === unitSymbol);
  if (!saleUnit) {
    const allowed = [baseUnit, ...product.units.map((u) => u.symbol).filter((s) => s !== baseUnit)];
    return [
      issue(
        UserErrorCode.UNIT_NOT_ALLOWED,
        `${sku} is not sold in ${unitSymbol}; choose ${allowed.join(' or ')}`,
        { sku, unit: unitSymbol, allowedUnits: allowed },
      ),
    ];
  }
  const quantity = dec(line.quantity);
  if (quantity.lte(0)) {
    return [
      issue(UserErrorCode.INVALID, `${sku}: the quantity must be more than 0`, {
        sku,
        quantity: toDecimalString(quantity),
        unit: unitSymbol,
      }),
    ];
  }

  const base = toBaseQuantity(quantity, saleUnit.factor);
  const lineText = describeBase(base, baseUnit, quantity, unitSymbol);
  const total = decOrNull(line.orderBaseQuantity) ?? base;
  const countedText = total.eq(base)
    ? `this line has ${lineText}`
    : `this order has ${qty(total)} ${baseUnit} of it`;
  const common = {
    sku,
    quantity: toDecimalString(quantity),
    unit: unitSymbol,
    baseQuantity: toDecimalString(base),
    baseUnit,
  };
  const issues: OrderIssue[] = [];

  const minimum = decOrNull(product.minimumOrderQuantity);
  if (minimum !== null && total.lt(minimum)) {
    issues.push(
      issue(
        UserErrorCode.BELOW_MINIMUM_QUANTITY,
        `${sku}: minimum ${qty(minimum)} ${baseUnit}, ${countedText}`,
        {
          ...common,
          orderBaseQuantity: toDecimalString(total),
          minimum: toDecimalString(minimum),
        },
      ),
    );
  }

  const multiple = decOrNull(product.orderMultiple);
  if (multiple !== null && multiple.gt(0) && !isMultipleOf(base, multiple)) {
    const choices = nearestValidQuantities(base, multiple, minimum);
    const problem = base.lt(multiple) ? 'is not enough' : 'is not a multiple';
    issues.push(
      issue(
        UserErrorCode.NOT_A_MULTIPLE,
        `${sku} is sold in multiples of ${qty(multiple)} ${baseUnit}; ${lineText} ${problem}, order ${describeChoices(choices, baseUnit)}`,
        {
          ...common,
          multiple: toDecimalString(multiple),
          suggestedQuantities: choices.map((c) => toDecimalString(c)),
        },
      ),
    );
  }

  if (!allowsOrderingBeyondStock(product.stock.policy)) {
    const available = freeStock(product.stock);
    if (total.gt(available)) {
      const message = available.isZero()
        ? `${sku} is out of stock`
        : `${sku}: only ${qty(available)} ${baseUnit} available, ${countedText}`;
      issues.push(
        issue(UserErrorCode.NOT_AVAILABLE, message, {
          ...common,
          quantityAvailable: toDecimalString(available),
        }),
      );
    }
  }
  return issues;
}
