import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { User } from './user.entity';
import { ForeignKeyColumn, IdColumn, TimestampColumn, VarcharColumn } from './columns';

/** A browser session; the cookie carries the token, the database only its SHA-256. */
@Entity('session')
export class Session {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<User>;

  /** Hex SHA-256 of the session token. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @TimestampColumn()
  createdAt: Date;

  @Index()
  @TimestampColumn()
  expiresAt: Date;

  @TimestampColumn()
  lastSeenAt: Date;

  @TimestampColumn({ nullable: true })
  revokedAt: Date | null;

  @VarcharColumn(45, { nullable: true })
  ipAddress: string | null;

  @VarcharColumn(255, { nullable: true })
  userAgent: string | null;
}
