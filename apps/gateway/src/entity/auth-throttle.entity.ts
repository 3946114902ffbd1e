import { Column, Entity, Index } from 'typeorm';
import { IdColumn, IntColumn, TimestampColumn, VarcharColumn } from './columns';

/**
 * One counter of an authentication limit (@portal/domain's auth-limits): failed sign-ins of an
 * account at a client address, or actions in a fixed window (sign-in calls per address, reset
 * requests, invitations per administrator). Every change is a compare-and-set on `version`, so
 * gateway processes sharing the database never lose a count and never wait on a lock.
 */
@Entity('auth_throttle')
export class AuthThrottle {
  @IdColumn()
  id: number;

  /** What is counted, e.g. `signin:<email>|<address>`, `reset-mail:<email>`, `invite:<userId>`. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 320 })
  key: string;

  /** The account the counter concerns, when it concerns one (to clear its locks on a reset). */
  @Index()
  @VarcharColumn(254, { nullable: true })
  email: string | null;

  /** Consecutive failures (sign-in) or actions in the window. */
  @IntColumn({ default: 0 })
  count: number;

  /** The last failure (sign-in) or the start of the window. */
  @TimestampColumn({ nullable: true })
  windowStartedAt: Date | null;

  @TimestampColumn({ nullable: true })
  lockedUntil: Date | null;

  /** Incremented by every change; a change applies only to the version it read. */
  @IntColumn({ default: 0 })
  version: number;
}
