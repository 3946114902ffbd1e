import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { User } from './user.entity';
import { ForeignKeyColumn, IdColumn, TimestampColumn, VarcharColumn } from './columns';

/** A password-reset link: single use, expiring; the e-mail carries the token, the database its hash. */
@Entity('password_reset')
export class PasswordReset {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<User>;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  expiresAt: Date;

  /** Set when the link is used (or made void by a newer reset, a password change or a used link). */
  @TimestampColumn({ nullable: true })
  usedAt: Date | null;

  @VarcharColumn(45, { nullable: true })
  requestedFromAddress: string | null;
}
