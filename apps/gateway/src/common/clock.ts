/** The source of "now" for every rule that depends on time; injected so tests and demos can fix it. */
export interface Clock {
  now(): Date;
  /** Today's calendar date in the seller's time zone (UTC), as YYYY-MM-DD. */
  today(): string;
}

export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
  today(): string {
    return isoDate(this.now());
  }
}

/** A clock that stands still at a given instant (PORTAL_NOW), or moves only when told to (tests). */
export class FixedClock implements Clock {
  private current: number;
  constructor(at: string | Date) {
    this.current = new Date(at).getTime();
    if (Number.isNaN(this.current)) throw new Error(`Not a date-time: ${String(at)}`);
  }
  now(): Date {
    return new Date(this.current);
  }
  today(): string {
    return isoDate(this.now());
  }
  set(at: string | Date): void {
    this.current = new Date(at).getTime();
  }
  advanceMinutes(minutes: number): void {
    this.current += minutes * 60_000;
  }
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addHours(d: Date, hours: number): Date {
  return new Date(d.getTime() + hours * 3_600_000);
}
