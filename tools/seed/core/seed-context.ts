import { toDecimalString, type DecimalInput, type IsoDate } from '@portal/domain';
import type { NumberSequences } from './number-sequences';
import type { EntityManager, Writer } from './writer';

/** What every step gets: the transaction, the writer, the document numbers and the demo's clock. */
export interface SeedContext {
  readonly em: EntityManager;
  readonly writer: Writer;
  readonly numbers: NumberSequences;
  /** The demo's "now": history lies in the ≈ 6 months before it. */
  readonly now: Date;
  /** `now` as a calendar date (UTC). */
  readonly today: IsoDate;
  /** Multiplies products and order history; a whole number ≥ 1. */
  readonly scale: number;
  /** Password hash given to every demo user. */
  readonly passwordHash: string;
}

/** Every amount of the demo is in the seller's currency. */
export const CURRENCY = 'USD';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The calendar date (UTC) of an instant. */
export const isoDate = (at: Date): IsoDate => at.toISOString().slice(0, 10);

/** The instant `days` days after `from` (before it when negative). */
export const daysAfter = (from: Date, days: number): Date => new Date(from.getTime() + days * DAY);

/**
 * A decimal as the entities hold it: exactly four decimals, the scale of their money, quantity and
 * percent columns ("12.5" is "12.5000"); more decimals are rounded half-up, as the gateway stores
 * unit prices.
 */
export const scale4 = (value: DecimalInput): string => toDecimalString(value, 4);
