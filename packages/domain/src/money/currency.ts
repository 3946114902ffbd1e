/** A currency code we do not know the minor unit of. */
export class UnknownCurrencyError extends Error {
  readonly code = 'UNKNOWN_CURRENCY';
  constructor(readonly currencyCode: string) {
    super(`Unknown currency: ${JSON.stringify(currencyCode)}`);
    this.name = 'UnknownCurrencyError';
  }
}

const EXPONENT_0 = [
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'ISK',
  'JPY',
  'KMF',
  'KRW',
  'PYG',
  'RWF',
  'UGX',
  'UYI',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
];
const EXPONENT_3 = ['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'];
const EXPONENT_4 = ['CLF', 'UYW'];
const EXPONENT_2 = [
  'AED',
  'ARS',
  'AUD',
  'BAM',
  'BDT',
  'BGN',
  'BRL',
  'CAD',
  'CHF',
  'CNY',
  'COP',
  'CRC',
  'CZK',
  'DKK',
  'DOP',
  'DZD',
  'EGP',
  'EUR',
  'GBP',
  'GEL',
  'GHS',
  'GTQ',
  'HKD',
  'HNL',
  'HUF',
  'IDR',
  'ILS',
  'INR',
  'JMD',
  'KES',
  'KZT',
  'LKR',
  'MAD',
  'MDL',
  'MKD',
  'MXN',
  'MYR',
  'NGN',
  'NOK',
  'NPR',
  'NZD',
  'PAB',
  'PEN',
  'PHP',
  'PKR',
  'PLN',
  'QAR',
  'RON',
  'RSD',
  'SAR',
  'SEK',
  'SGD',
  'THB',
  'TRY',
  'TTD',
  'TWD',
  'TZS',
  'UAH',
  'USD',
  'UYU',
  'UZS',
  'ZAR',
];

/** ISO 4217 minor-unit exponents: how many decimals an amount of the currency has. */
const CURRENCY_EXPONENTS: ReadonlyMap<string, number> = new Map([
  ...EXPONENT_0.map((c) => [c, 0] as const),
  ...EXPONENT_2.map((c) => [c, 2] as const),
  ...EXPONENT_3.map((c) => [c, 3] as const),
  ...EXPONENT_4.map((c) => [c, 4] as const),
]);

/** The ISO 4217 exponent of a currency (USD 2, JPY 0, KWD 3). Throws UnknownCurrencyError. */
export function currencyExponent(currencyCode: string): number {
  const exponent = CURRENCY_EXPONENTS.get(currencyCode);
  if (exponent === undefined) throw new UnknownCurrencyError(currencyCode);
  return exponent;
}

/** True for the ISO 4217 codes we know (upper case, e.g. "EUR"). */
export function isKnownCurrency(currencyCode: string): boolean {
  return CURRENCY_EXPONENTS.has(currencyCode);
}
