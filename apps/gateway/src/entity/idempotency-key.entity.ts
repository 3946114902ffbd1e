import { Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { User } from './user.entity';
import { ForeignKeyColumn, IdColumn, TimestampColumn, VarcharColumn } from './columns';

/** The first result of an idempotent mutation (submitOrder, payInvoices), per user, scope and key. */
@Entity('idempotency_key')
@Index(['userId', 'scope', 'key'], { unique: true })
export class IdempotencyKey {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<User>;

  /** e.g. "submitOrder". */
  @VarcharColumn(64)
  scope: string;

  @VarcharColumn(128)
  key: string;

  /** e.g. "Order", "Payment". */
  @VarcharColumn(64)
  resultType: string;

  /** Id of the result (or a JSON list of ids), null while in progress or for an error. */
  @VarcharColumn(255, { nullable: true })
  resultId: string | null;

  @TimestampColumn()
  createdAt: Date;
}
