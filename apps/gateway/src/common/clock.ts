/**
 * The source of "now" for every rule that depends on time; injected so tests and demos can fix
 * it. Calendar dates ("today", a due date, the day a payment arrived) are those of the seller's
 * time zone (SELLER_TIME_ZONE, UTC by default), never the browser's.
 */
export interface Clock {
  now(): Date;
  /** Today's calendar date in the seller's time zone, as YYYY-MM-DD. */
  today(): string;
  /** The calendar date of an instant in the seller's time zone, as YYYY-MM-DD. */
  dateOf(instant: Date): string;
  /** The seller's IANA time zone, e.g. "UTC" or "America/Chicago". */
  readonly timeZone: string;
}

abstract class SellerClock implements Clock {
  private readonly calendar: Intl.DateTimeFormat;
  constructor(readonly timeZone: string) {
    this.calendar = calendarFormat(timeZone);
  }
  abstract now(): Date;
  today(): string {
    return this.dateOf(this.now());
  }
  /** The last minute formatted: every zone's dates change on a minute boundary. */
  private formattedMinute = Number.NaN;
  private formattedDate = '';
  dateOf(instant: Date): string {
    // Asked for by every price of a catalog page: Intl formatting once per minute, not per call.
    const minute = Math.floor(instant.getTime() / 60_000);
    if (minute !== this.formattedMinute) {
      // en-CA formats a date as YYYY-MM-DD.
      this.formattedDate = this.calendar.format(instant);
      this.formattedMinute = minute;
    }
    return this.formattedDate;
  }
}

export class SystemClock extends SellerClock {
  constructor(timeZone = 'UTC') {
    super(timeZone);
  }
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still at a given instant (PORTAL_NOW), or moves only when told to (tests). */
export class FixedClock extends SellerClock {
  private current: number;
  constructor(at: string | Date, timeZone = 'UTC') {
    super(timeZone);
    this.current = new Date(at).getTime();
    if (Number.isNaN(this.current)) throw new Error(`Not a date-time: ${String(at)}`);
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: string | Date): void {
    const next = new Date(at).getTime();
    if (Number.isNaN(next)) throw new Error(`Not a date-time: ${String(at)}`);
    this.current = next;
  }
  advanceMinutes(minutes: number): void {
    this.current += minutes * 60_000;
  }
  /**
   * Runs `work` with the clock set to `at`, and puts it back where it was afterwards, also when
   * `work` fails: a test that moves the clock never leaks its "now" into the next one.
   */
  async during<T>(at: string | Date, work: () => Promise<T>): Promise<T> {
    const before = this.current;
    this.set(at);
    try {
      return await work();
    } finally {
      this.current = before;
    }
  }
}

/** Throws a clear error for a time zone name the runtime does not know. */
export function assertTimeZone(timeZone: string): void {
  calendarFormat(timeZone);
}

function calendarFormat(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    throw new Error(`Unknown time zone "${timeZone}" (expected an IANA name such as UTC or America/Chicago)`);
  }
}

/** The UTC calendar date of an instant, as YYYY-MM-DD. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addHours(d: Date, hours: number): Date {
  return new Date(d.getTime() + hours * 3_600_000);
}
