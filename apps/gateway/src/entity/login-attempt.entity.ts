import { Entity, Index } from 'typeorm';
import { BooleanColumn, IdColumn, TimestampColumn, VarcharColumn } from './columns';

/** Every login attempt, for throttling by e-mail and by address and for adoption metrics. */
@Entity('login_attempt')
@Index(['email', 'at'])
@Index(['ipAddress', 'at'])
export class LoginAttempt {
  @IdColumn()
  id: number;

  /** As typed, lower-cased. */
  @VarcharColumn(254)
  email: string;

  @VarcharColumn(45)
  ipAddress: string;

  @BooleanColumn()
  succeeded: boolean;

  /** Indexed alone for the monthly adoption metrics. */
  @Index()
  @TimestampColumn()
  at: Date;
}
