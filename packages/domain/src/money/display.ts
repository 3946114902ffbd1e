import { type DecimalInput, dec } from './decimal';
import { formatDecimal } from './format';

/** Decimals a quantity may have (order lines, templates, RFQs): the decimal(20,4) columns. */
export const QUANTITY_SCALE = 4;
/** Decimals a stored unit price may have. */
export const UNIT_PRICE_SCALE = 4;

/** A share (0..1) as a percentage for people: "0.125" is "12.5%". */
export function formatPercent(share: DecimalInput, scale = 1): string {
  return `${formatDecimal(dec(share).mul(100), { scale })}%`;
}

/** A share (0..1) as a plain percentage number for spreadsheets: "0.12345" is "12.35" at scale 2. */
export function sharePercentNumber(share: DecimalInput, scale = 2): string {
  return formatDecimal(dec(share).mul(100), { scale, grouping: false });
}

/**
 * A change of a share, signed, for people: as percentage points ("+5.0 pts", "−12.3 pts") or,
 * with `relative`, as a percentage of change ("−25.0%"); no change is "±0.0…".
 */
export function formatShareChange(
  change: DecimalInput,
  options: { relative?: boolean; scale?: number } = {},
): string {
  const { relative = false, scale = 1 } = options;
  const magnitude = formatDecimal(dec(change).abs().mul(100), { scale });
  const sign = dec(magnitude.replace(/,/g, '')).isZero() ? '±' : dec(change).isNegative() ? '−' : '+';
  return `${sign}${magnitude}${relative ? '%' : ' pts'}`;
}

/**
 * A decimal as a plain number for a chart's axis, rounded to `scale` decimals: for drawing only,
 * never for arithmetic on money or quantities. `asPercent` turns a share (0..1) into 0..100.
 */
export function chartNumber(value: DecimalInput, scale: number, asPercent = false): number {
  return dec(value)
    .mul(asPercent ? 100 : 1)
    .toDecimalPlaces(scale)
    .toNumber();
}
