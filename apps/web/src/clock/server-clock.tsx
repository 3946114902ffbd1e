import { useQuery } from '@apollo/client/react';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { graphql } from '../gql';

/**
 * The server's clock, the one source of business dates in the SPA: "today" (default dates,
 * minimum delivery dates, quote expiry, the adoption period, "Received on") and "now" (ages in
 * the approval queue). The browser's own clock may be wrong or in another time zone; it is never
 * asked. Refreshed every minute, so a page left open past midnight moves on to the next day.
 */
export const ServerClockDocument = graphql(`
  query ServerClock {
    clock {
      now
      today
      timeZone
    }
  }
`);

export interface ServerClock {
  /** The server's current instant. */
  now: Date;
  /** Today's date in the seller's time zone, YYYY-MM-DD. */
  today: string;
  /** The seller's IANA time zone. */
  timeZone: string;
}

export interface ServerClockSnapshot {
  now: string;
  today: string;
  timeZone: string;
}

const REFRESH_MS = 60_000;

const ServerClockContext = createContext<ServerClock | null>(null);

/** Provides a given clock (tests, or a snapshot already fetched). */
export function ServerClockProvider({
  clock,
  children,
}: {
  clock: ServerClockSnapshot;
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({ now: new Date(clock.now), today: clock.today, timeZone: clock.timeZone }),
    [clock.now, clock.today, clock.timeZone],
  );
  return <ServerClockContext.Provider value={value}>{children}</ServerClockContext.Provider>;
}

/**
 * Provides the server's clock to the signed-in pages: starts from the snapshot the layout
 * query fetched (so nothing waits), then follows the server every minute.
 */
export function LiveServerClock({
  initial,
  children,
}: {
  initial: ServerClockSnapshot;
  children: ReactNode;
}) {
  const { data } = useQuery(ServerClockDocument, { pollInterval: REFRESH_MS, fetchPolicy: 'cache-first' });
  return <ServerClockProvider clock={data?.clock ?? initial}>{children}</ServerClockProvider>;
}

/** The server's clock; only inside the signed-in layout (or a test's ServerClockProvider). */
export function useServerClock(): ServerClock {
  const clock = useContext(ServerClockContext);
  if (!clock) throw new Error('useServerClock() is used outside the signed-in layout');
  return clock;
}
