import { Money, computeTax, type TaxResult, type TaxedLine } from '@portal/domain';
import type { Company } from '../gateway';
import { CURRENCY } from '../core/seed-context';

/**
 * The tax of invoice lines at the rates their order lines were taxed at, with the company's
 * exemption: the domain's computeTax, asked as the gateway's invoice service asks it, so that an
 * invoice reconciles with its order to the cent.
 */
export function taxAtLineRates(
  company: Company,
  lines: readonly { lineTotal: string; taxRate: string }[],
): TaxResult {
  const rates = [...new Set(lines.map((l) => l.taxRate))].map((rate) => ({
    taxClass: `rate:${rate}`,
    percent: rate,
  }));
  return computeTax({
    currencyCode: CURRENCY,
    rates,
    exemption: company.taxExempt ? { resaleCertificateNumber: company.taxExemptionCertificate ?? '' } : null,
    lines: lines.map((l, i) => ({
      ref: String(i),
      taxClass: `rate:${l.taxRate}`,
      amount: Money.of(l.lineTotal, CURRENCY),
    })),
  });
}

/** The taxed line for the `index`-th line given to taxAtLineRates (computeTax answers them in order). */
export function taxedLine(tax: TaxResult, index: number): TaxedLine {
  const line = tax.lines[index];
  if (!line) throw new Error(`computeTax answered ${tax.lines.length} line(s), none at index ${index}`);
  return line;
}
