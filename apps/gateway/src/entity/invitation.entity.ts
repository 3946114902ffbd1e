import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { User } from './user.entity';
import { ForeignKeyColumn, IdColumn, TimestampColumn } from './columns';

/** An invitation to set a password; the e-mailed link carries the token, the database its SHA-256. */
@Entity('invitation')
export class Invitation {
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

  @ForeignKeyColumn({ nullable: true })
  invitedById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'invitedById' })
  invitedBy?: Relation<User> | null;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  expiresAt: Date;

  @TimestampColumn({ nullable: true })
  acceptedAt: Date | null;
}
