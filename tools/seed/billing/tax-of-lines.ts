import { Money, computeTax, type TaxResult } from '@portal/domain';
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
