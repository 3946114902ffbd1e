import { type Decimal, dec } from './decimal';

/** Why an input string is not an acceptable decimal. */
export type DecimalParseFailure =
  | 'NOT_A_STRING'
  | 'EMPTY'
  | 'NOT_NUMERIC'
  | 'NOT_FINITE'
  | 'EXPONENT_NOT_ALLOWED'
  | 'TOO_MANY_DECIMALS'
  | 'TOO_LARGE'
  | 'NEGATIVE_NOT_ALLOWED'
  | 'NOT_CANONICAL';

export type ParseDecimalResult =
  { ok: true; value: Decimal } | { ok: false; reason: DecimalParseFailure; message: string };

export interface ParseDecimalOptions {
  /** Most decimals allowed; trailing zeros do not count ("1.500" has scale 1). */
  maxScale: number;
  /** Most digits before the point (default 15), so "9" × 10,000 is refused early. */
  maxIntegerDigits?: number;
  /** Whether "-1" is acceptable (default false: quantities and prices are not negative). */
  allowNegative?: boolean;
  /** The API's wire form only: no plus sign and no leading zeros ("01.5", "+2" refused). */
  canonical?: boolean;
}

const PLAIN = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const EXPONENT = /^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/;
const NON_FINITE = /^[+-]?(nan|infinity|inf)$/i;

/**
 * Validates untrusted input (a GraphQL Decimal scalar, a form field) as a plain decimal
 * string: optional sign, digits, optional fraction. Surrounding whitespace is ignored.
 * Never throws: the failure carries a reason the gateway maps to BAD_USER_INPUT or an
 * INVALID user error, and a message fit for the user.
 */
export function parseDecimal(input: unknown, options: ParseDecimalOptions): ParseDecimalResult {
  const { maxScale, maxIntegerDigits = 15, allowNegative = false, canonical = false } = options;
  if (typeof input !== 'string')
    return fail('NOT_A_STRING', 'A decimal must be given as a string, e.g. "12.50".');
  const text = input.trim();
  if (text === '') return fail('EMPTY', 'A number is required.');
  if (NON_FINITE.test(text)) return fail('NOT_FINITE', 'The number must be finite.');
  if (EXPONENT.test(text))
    return fail('EXPONENT_NOT_ALLOWED', 'Write the number in plain notation, without an exponent.');
  const match = PLAIN.exec(text);
  if (!match) return fail('NOT_NUMERIC', `"${truncate(text)}" is not a number.`);
  const [, sign, integer = '', fraction = ''] = match;
  if (canonical && (sign === '+' || /^0\d/.test(integer)))
    return fail('NOT_CANONICAL', `Write "${truncate(text)}" without a plus sign or leading zeros.`);
  const scale = fraction.replace(/0+$/, '').length;
  if (scale > maxScale) {
    return fail(
      'TOO_MANY_DECIMALS',
      maxScale === 0
        ? 'Whole numbers only.'
        : `At most ${maxScale} decimal${maxScale === 1 ? '' : 's'} allowed.`,
    );
  }
  if (integer.replace(/^0+(?=\d)/, '').length > maxIntegerDigits) {
    return fail('TOO_LARGE', `At most ${maxIntegerDigits} digits before the decimal point allowed.`);
  }
  const value = dec(text);
  if (sign === '-' && !value.isZero() && !allowNegative)
    return fail('NEGATIVE_NOT_ALLOWED', 'The number must not be negative.');
  return { ok: true, value: value.isZero() ? dec('0') : value };
}

function fail(reason: DecimalParseFailure, message: string): ParseDecimalResult {
  return { ok: false, reason, message };
}

function truncate(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}
