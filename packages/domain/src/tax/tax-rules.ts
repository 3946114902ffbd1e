import { dec, type DecimalInput } from '../money';
import type { TaxExemption, TaxRate } from './tax-rates';

/**
 * A configured rate of a tax class for a place: a country and region ("US", "CA"), a whole
 * country (region empty) or everywhere (country empty). The most specific rule matching a
 * destination applies.
 */
export interface TaxRateRule {
  readonly taxClass: string;
  /** ISO 3166-1 alpha-2, or '' for every country. */
  readonly countryCode: string;
  /** The region (state, province) as addresses spell it, or '' for the whole country. */
  readonly region: string;
  readonly percent: DecimalInput;
}

/** Where goods ship to: what taxes them. */
export interface TaxDestination {
  readonly countryCode: string;
  readonly region: string | null;
}

const norm = (value: string | null | undefined) => (value ?? '').trim().toUpperCase();

/** "US-CA", "US", or "anywhere" for a missing destination. */
export function destinationLabel(destination: TaxDestination | null): string {
  if (!destination) return 'no ship-to address';
  const region = norm(destination.region);
  return region ? `${norm(destination.countryCode)}-${region}` : norm(destination.countryCode);
}

/** How closely a rule matches a destination: 3 region, 2 country, 1 everywhere, 0 not at all. */
function specificity(rule: TaxRateRule, destination: TaxDestination | null): number {
  const country = norm(rule.countryCode);
  const region = norm(rule.region);
  if (country === '') return region === '' ? 1 : 0;
  if (!destination || country !== norm(destination.countryCode)) return 0;
  if (region === '') return 2;
  return region === norm(destination.region) ? 3 : 0;
}

/** The rule of a tax class that applies at a destination (the most specific), or null when none does. */
export function ruleFor(
  taxClass: string,
  rules: readonly TaxRateRule[],
  destination: TaxDestination | null,
): TaxRateRule | null {
  let best: TaxRateRule | null = null;
  let bestScore = 0;
  for (const rule of rules) {
    if (rule.taxClass !== taxClass) continue;
    const score = specificity(rule, destination);
    if (score > bestScore) {
      best = rule;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The rates table of a destination for computeTax: one rate per tax class that has a rule
 * there. A class without one is left out, so computeTax refuses it (UnknownTaxClassError)
 * rather than taxing it at 0.
 */
export function ratesForDestination(
  rules: readonly TaxRateRule[],
  destination: TaxDestination | null,
): TaxRate[] {
  const classes = [...new Set(rules.map((r) => r.taxClass))];
  return classes.flatMap((taxClass) => {
    const rule = ruleFor(taxClass, rules, destination);
    return rule ? [{ taxClass, percent: rule.percent }] : [];
  });
}

/**
 * Why a product may not carry a tax class: it has no rate at all, or none for a destination
 * the seller ships to (the customers' addresses). Null when every destination is covered.
 */
export function taxClassGap(
  taxClass: string,
  rules: readonly TaxRateRule[],
  destinations: readonly TaxDestination[],
): string | null {
  if (!rules.some((r) => r.taxClass === taxClass))
    return `Tax class ${taxClass} has no tax rate; add its rates before products use it.`;
  const uncovered = [
    ...new Set(destinations.filter((d) => !ruleFor(taxClass, rules, d)).map((d) => destinationLabel(d))),
  ].sort();
  if (uncovered.length === 0) return null;
  return `Tax class ${taxClass} has no tax rate for ${uncovered.join(', ')}, where customers have ship-to addresses; add one (or a country-wide rate).`;
}

/** Checks a rate typed by staff: 0 to 100 percent, country two letters or empty, a region only within a country. */
export function checkTaxRateRule(rule: TaxRateRule): { field: string; message: string } | null {
  if (!/^[A-Z0-9_-]{1,32}$/.test(rule.taxClass))
    return {
      field: 'taxClass',
      message: 'A tax class code is 1 to 32 capital letters, digits, "_" or "-".',
    };
  const country = norm(rule.countryCode);
  if (country !== '' && !/^[A-Z]{2}$/.test(country))
    return {
      field: 'countryCode',
      message: 'The country is a two-letter ISO code (US, DE), or empty for everywhere.',
    };
  if (country === '' && norm(rule.region) !== '')
    return { field: 'region', message: 'A region needs its country.' };
  let percent;
  try {
    percent = dec(rule.percent);
  } catch {
    return { field: 'ratePercent', message: 'The rate is a percentage such as 8.25.' };
  }
  if (percent.lt(0) || percent.gt(100) || percent.decimalPlaces() > 4)
    return {
      field: 'ratePercent',
      message: 'The rate is between 0 and 100 percent, with at most 4 decimals.',
    };
  return null;
}

/**
 * A company's exemption as configured: its certificate (null: not exempt) and the dates it is
 * valid (inclusive, ISO dates; null: open).
 */
export interface ConfiguredExemption {
  readonly certificateNumber: string | null;
  readonly validFrom: string | null;
  readonly validUntil: string | null;
}

/** Whether the exemption holds on a day (ISO date): a certificate, started and not expired. */
export function isExemptionActive(exemption: ConfiguredExemption | null, today: string): boolean {
  if (!exemption || exemption.certificateNumber === null) return false;
  if (exemption.validFrom && today < exemption.validFrom) return false;
  if (exemption.validUntil && today > exemption.validUntil) return false;
  return true;
}

/** The exemption computeTax applies on a day, or null: an expired or future certificate exempts nothing. */
export function exemptionOn(exemption: ConfiguredExemption | null, today: string): TaxExemption | null {
  if (!exemption || exemption.certificateNumber === null || !isExemptionActive(exemption, today)) return null;
  return { resaleCertificateNumber: exemption.certificateNumber };
}
