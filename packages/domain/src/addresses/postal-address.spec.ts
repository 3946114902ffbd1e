import { describe, expect, it } from 'vitest';
import { countryName, formatPostalAddress } from './postal-address';

describe("postal addresses in their country's format", () => {
  it('writes a US address as "City, ST 12345"', () => {
    expect(
      formatPostalAddress({
        line1: '1 Market St',
        line2: 'Suite 400',
        city: 'San Francisco',
        region: 'CA',
        postalCode: '94102',
        countryCode: 'US',
      }),
    ).toEqual(['1 Market St', 'Suite 400', 'San Francisco, CA 94102', 'United States']);
    expect(
      formatPostalAddress({
        line1: '9 Bay St',
        city: 'Toronto',
        region: null,
        postalCode: 'M5J 2N8',
        countryCode: 'ca',
      }),
    ).toEqual(['9 Bay St', 'Toronto, M5J 2N8', 'Canada']);
  });

  it('puts the postcode before the city in Europe, and on a line of its own in the UK', () => {
    expect(
      formatPostalAddress({ line1: 'Hauptstraße 5', city: 'Berlin', postalCode: '10115', countryCode: 'DE' }),
    ).toEqual(['Hauptstraße 5', '10115 Berlin', 'Germany']);
    expect(
      formatPostalAddress({
        line1: '3 Rue Rivoli',
        line2: '  ',
        city: 'Paris',
        region: 'Île-de-France',
        postalCode: '75001',
        countryCode: 'FR',
      }),
    ).toEqual(['3 Rue Rivoli', '75001 Paris, Île-de-France', 'France']);
    expect(
      formatPostalAddress({
        line1: '10 Downing St',
        city: 'London',
        region: '',
        postalCode: 'SW1A 2AA',
        countryCode: 'GB',
      }),
    ).toEqual(['10 Downing St', 'London', 'SW1A 2AA', 'United Kingdom']);
  });

  it('names countries in English and keeps codes it does not know', () => {
    expect(countryName('us')).toBe('United States');
    expect(countryName('ZZ')).toBe('Unknown Region');
    expect(countryName('X1')).toBe('X1');
  });
});
