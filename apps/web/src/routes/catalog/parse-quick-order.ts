import { QUANTITY_RULE, canonicalDecimal } from '../../lib/decimal-input';

/** One pasted line of a quick order, as typed. */
export interface ParsedLine {
  /** 1-based line number in the pasted text. */
  lineNumber: number;
  raw: string;
  sku: string;
  /** A positive decimal string, or null when the quantity is missing or not a number. */
  quantity: string | null;
  /** The unit symbol as typed, e.g. "cs"; null when none was given (the product's default). */
  unitSymbol: string | null;
  /** Why the line cannot be read at all (before looking the SKU up). */
  problem?: string;
}

/**
 * Reads "SKU quantity [unit]" lines, separated by spaces, tabs or commas (a spreadsheet paste
 * or a CSV). Blank lines are skipped; a decimal comma is not accepted ("1,5" is two fields).
 */
export function parseQuickOrder(text: string): ParsedLine[] {
  const lines: ParsedLine[] = [];
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const raw = rawLine.trim();
    if (!raw) return;
    const fields = raw.split(/[\s,;]+/).filter(Boolean);
    const [sku = '', quantityText, unitText, ...rest] = fields;
    const line: ParsedLine = {
      lineNumber: index + 1,
      raw,
      sku: sku.toUpperCase(),
      quantity: null,
      unitSymbol: unitText ?? null,
    };
    const quantity = quantityText === undefined ? null : canonicalDecimal(quantityText, QUANTITY_RULE);
    if (quantityText === undefined) {
      line.problem = 'No quantity: write the SKU, then the quantity, then (optionally) the unit.';
    } else if (quantity === null) {
      line.problem = `“${quantityText}” is not a quantity: use a number greater than zero, e.g. 5 or 2.5.`;
    } else if (rest.length > 0) {
      line.problem = 'Too many values: write the SKU, the quantity and (optionally) the unit.';
    } else {
      line.quantity = quantity;
    }
    lines.push(line);
  });
  return lines;
}

export interface ProductForLookup {
  id: string;
  sku: string;
  name: string;
  baseUnit: { symbol: string };
  units: readonly { factor: string; isDefault: boolean; unit: { id: string; symbol: string } }[];
}

export interface RecognisedLine extends ParsedLine {
  quantity: string;
  product: ProductForLookup;
  unit: { id: string; symbol: string; factor: string };
}

export interface UnrecognisedLine extends ParsedLine {
  problem: string;
}

/** Sorts parsed lines into recognised (a known SKU, a unit it is sold in) and the rest. */
export function matchQuickOrder(
  lines: readonly ParsedLine[],
  products: readonly ProductForLookup[],
): { recognised: RecognisedLine[]; unrecognised: UnrecognisedLine[] } {
  const bySku = new Map(products.map((p) => [p.sku.toUpperCase(), p]));
  const recognised: RecognisedLine[] = [];
  const unrecognised: UnrecognisedLine[] = [];
  for (const line of lines) {
    if (line.problem || line.quantity === null) {
      unrecognised.push({ ...line, problem: line.problem ?? 'No quantity.' });
      continue;
    }
    const product = bySku.get(line.sku);
    if (!product) {
      unrecognised.push({ ...line, problem: `Unknown SKU “${line.sku}”: not in your catalog.` });
      continue;
    }
    const productUnit = line.unitSymbol
      ? product.units.find((u) => u.unit.symbol.toLowerCase() === line.unitSymbol!.toLowerCase())
      : (product.units.find((u) => u.isDefault) ?? product.units[0]);
    if (!productUnit) {
      const sold = product.units.map((u) => u.unit.symbol).join(', ');
      unrecognised.push({
        ...line,
        problem: `Unknown unit “${line.unitSymbol ?? ''}” for ${product.sku}: sold in ${sold}.`,
      });
      continue;
    }
    recognised.push({
      ...line,
      quantity: line.quantity,
      product,
      unit: { id: productUnit.unit.id, symbol: productUnit.unit.symbol, factor: productUnit.factor },
    });
  }
  return { recognised, unrecognised };
}
