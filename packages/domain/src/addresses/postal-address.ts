/** A postal address as a company keeps it. */
export interface PostalAddress {
  readonly line1: string;
  readonly line2?: string | null;
  readonly city: string;
  readonly region?: string | null;
  readonly postalCode: string;
  /** ISO 3166-1 alpha-2. */
  readonly countryCode: string;
}

/**
 * How a country writes its locality line (UPU conventions, as printed on an envelope):
 * - `CITY_REGION_POSTCODE`: "San Francisco, CA 94102" (US, Canada, Australia);
 * - `CITY_THEN_POSTCODE`: the city on one line, the postcode on the next (United Kingdom);
 * - `POSTCODE_CITY`: "75002 Paris" (most of Europe), with the region after a comma when there is one.
 */
type LocalityStyle = 'CITY_REGION_POSTCODE' | 'CITY_THEN_POSTCODE' | 'POSTCODE_CITY';

const STYLES: Readonly<Record<string, LocalityStyle>> = {
  US: 'CITY_REGION_POSTCODE',
  CA: 'CITY_REGION_POSTCODE',
  AU: 'CITY_REGION_POSTCODE',
  GB: 'CITY_THEN_POSTCODE',
};

const countryNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** The English name of a country ("United States"); the code itself when it is unknown. */
export function countryName(countryCode: string): string {
  const code = countryCode.trim().toUpperCase();
  // With fallback 'code', DisplayNames answers the code itself for a region it does not know.
  return /^[A-Z]{2}$/.test(code) ? String(countryNames.of(code)) : code;
}

/**
 * The lines of an address as the country writes it, ending with the country's name:
 * US "1 Market St", "San Francisco, CA 94102", "United States";
 * DE "Hauptstraße 5", "10115 Berlin", "Germany". Empty parts are left out.
 */
export function formatPostalAddress(address: PostalAddress): string[] {
  const city = address.city.trim();
  const region = address.region?.trim() ?? '';
  const postalCode = address.postalCode.trim();
  const style = STYLES[address.countryCode.trim().toUpperCase()] ?? 'POSTCODE_CITY';
  let locality: string[];
  switch (style) {
    case 'CITY_REGION_POSTCODE':
      locality = [[city, [region, postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')];
      break;
    case 'CITY_THEN_POSTCODE':
      locality = [[city, region].filter(Boolean).join(', '), postalCode];
      break;
    case 'POSTCODE_CITY':
      locality = [[[postalCode, city].filter(Boolean).join(' '), region].filter(Boolean).join(', ')];
      break;
  }
  return [
    address.line1.trim(),
    address.line2?.trim() ?? '',
    ...locality,
    countryName(address.countryCode),
  ].filter((line) => line.length > 0);
}
