import { describe, expect, it } from 'vitest';
import { computeTax } from './compute-tax';
import { UnknownTaxClassError } from './tax-rates';
import {
  checkTaxRateRule,
  destinationLabel,
  exemptionOn,
  isExemptionActive,
  ratesForDestination,
  ruleFor,
  taxClassGap,
  type TaxRateRule,
} from './tax-rules';
import { Money } from '../money';

const rules: TaxRateRule[] = [
  { taxClass: 'STANDARD', countryCode: '', region: '', percent: '8.25' },
  { taxClass: 'STANDARD', countryCode: 'US', region: '', percent: '6' },
  { taxClass: 'STANDARD', countryCode: 'US', region: 'CA', percent: '7.25' },
  { taxClass: 'FOOD', countryCode: 'US', region: 'TX', percent: '0' },
];
const ca = { countryCode: 'us', region: ' ca ' };
const tx = { countryCode: 'US', region: 'TX' };
const ny = { countryCode: 'US', region: 'NY' };
const de = { countryCode: 'DE', region: null };

describe('tax rules by destination', () => {
  it('applies the most specific rate: the region’s, else the country’s, else the rate for everywhere', () => {
    expect(ruleFor('STANDARD', rules, ca)?.percent).toBe('7.25');
    expect(ruleFor('STANDARD', rules, ny)?.percent).toBe('6');
    expect(ruleFor('STANDARD', rules, de)?.percent).toBe('8.25');
    expect(ruleFor('STANDARD', rules, null)?.percent).toBe('8.25');
  });

  it('leaves a class without a rate at the destination out, so computing its tax fails rather than charging 0', () => {
    expect(ratesForDestination(rules, tx)).toEqual([
      { taxClass: 'STANDARD', percent: '6' },
      { taxClass: 'FOOD', percent: '0' },
    ]);
    expect(ratesForDestination(rules, ny)).toEqual([{ taxClass: 'STANDARD', percent: '6' }]);
    const line = { ref: 'l1', taxClass: 'FOOD', amount: Money.of('10', 'USD') };
    expect(() =>
      computeTax({ currencyCode: 'USD', rates: ratesForDestination(rules, ny), lines: [line] }),
    ).toThrow(UnknownTaxClassError);
  });

  it('ignores a region rule without its country (as typed by nobody, but stored data is not trusted)', () => {
    expect(ruleFor('X', [{ taxClass: 'X', countryCode: '', region: 'CA', percent: '1' }], ca)).toBeNull();
  });

  it('names destinations as "US-CA", "DE" or the missing ship-to', () => {
    expect(destinationLabel(ca)).toBe('US-CA');
    expect(destinationLabel(de)).toBe('DE');
    expect(destinationLabel(null)).toBe('no ship-to address');
  });
});

describe('tax class coverage (checked when a product takes a class)', () => {
  it('refuses a class with no rate at all', () => {
    expect(taxClassGap('ALCOHOL', rules, [])).toBe(
      'Tax class ALCOHOL has no tax rate; add its rates before products use it.',
    );
  });

  it('refuses a class without a rate where customers ship to, naming each place once', () => {
    expect(taxClassGap('FOOD', rules, [ca, tx, ny, ca])).toBe(
      'Tax class FOOD has no tax rate for US-CA, US-NY, where customers have ship-to addresses; add one (or a country-wide rate).',
    );
  });

  it('accepts a class covered everywhere customers ship to', () => {
    expect(taxClassGap('STANDARD', rules, [ca, tx, ny, de])).toBeNull();
    expect(taxClassGap('FOOD', rules, [tx])).toBeNull();
  });
});

describe('a rate as staff type it', () => {
  const rate = { taxClass: 'STANDARD', countryCode: 'US', region: 'CA', percent: '7.25' };
  it('accepts a class code, a country, a region and a percentage', () => {
    expect(checkTaxRateRule(rate)).toBeNull();
    expect(checkTaxRateRule({ ...rate, countryCode: '', region: '' })).toBeNull();
  });
  it('refuses a bad code, country, a region without country and a rate out of 0–100 or too precise', () => {
    expect(checkTaxRateRule({ ...rate, taxClass: 'std rate' })?.field).toBe('taxClass');
    expect(checkTaxRateRule({ ...rate, countryCode: 'USA' })?.field).toBe('countryCode');
    expect(checkTaxRateRule({ ...rate, countryCode: '' })?.field).toBe('region');
    expect(checkTaxRateRule({ ...rate, percent: 'abc' })?.field).toBe('ratePercent');
    expect(checkTaxRateRule({ ...rate, percent: '-1' })?.field).toBe('ratePercent');
    expect(checkTaxRateRule({ ...rate, percent: '100.5' })?.field).toBe('ratePercent');
    expect(checkTaxRateRule({ ...rate, percent: '7.12345' })?.field).toBe('ratePercent');
  });
});

describe('a company’s exemption', () => {
  const certificate = { certificateNumber: 'RC-1', validFrom: '2026-01-01', validUntil: '2026-12-31' };
  it('exempts from its first day to its last, inclusive', () => {
    expect(exemptionOn(certificate, '2026-01-01')).toEqual({ resaleCertificateNumber: 'RC-1' });
    expect(isExemptionActive(certificate, '2026-12-31')).toBe(true);
  });
  it('no longer exempts once expired, nor before it starts', () => {
    expect(exemptionOn(certificate, '2027-01-01')).toBeNull();
    expect(isExemptionActive(certificate, '2025-12-31')).toBe(false);
  });
  it('without dates exempts every day; without a certificate never', () => {
    expect(
      isExemptionActive({ certificateNumber: 'RC-2', validFrom: null, validUntil: null }, '2030-01-01'),
    ).toBe(true);
    expect(exemptionOn({ ...certificate, certificateNumber: null }, '2026-06-01')).toBeNull();
    expect(exemptionOn(null, '2026-06-01')).toBeNull();
    expect(isExemptionActive(null, '2026-06-01')).toBe(false);
    expect(isExemptionActive({ ...certificate, certificateNumber: null }, '2026-06-01')).toBe(false);
  });
});
