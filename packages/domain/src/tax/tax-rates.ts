import { Decimal, DecimalInput, dec } from '../money';

/** The tax rate of one product tax class, in percent (8.25 means 8.25 %). */
export interface TaxRate {
  readonly taxClass: string;
  readonly percent: DecimalInput;
}

/** A line names a tax class the rates table does not have: a configuration error. */
export class UnknownTaxClassError extends Error {
  readonly code = 'UNKNOWN_TAX_CLASS';
  constructor(readonly taxClass: string) {
    super(`No tax rate for tax class ${JSON.stringify(taxClass)}`);
    this.name = 'UnknownTaxClassError';
  }
}

/** The rate of a tax class from the rates table, in percent. Throws UnknownTaxClassError. */
export function taxRateOf(taxClass: string, rates: readonly TaxRate[]): Decimal {
  const rate = rates.find((r) => r.taxClass === taxClass);
  if (!rate) throw new UnknownTaxClassError(taxClass);
  const percent = dec(rate.percent);
  if (percent.isNegative() && !percent.isZero())
    throw new RangeError(`Tax rate of ${taxClass} is negative: ${percent.toString()}`);
  return percent;
}

/** A company's tax exemption: its resale certificate. */
export interface TaxExemption {
  readonly resaleCertificateNumber: string;
}

/** The text shown on orders and invoices of an exempt company: "Tax exempt: resale certificate R-12345". */
export function exemptionText(exemption: TaxExemption): string {
  return `Tax exempt: resale certificate ${exemption.resaleCertificateNumber}`;
}
