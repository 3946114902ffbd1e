import { Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Rfq } from './rfq.entity';
import { User } from './user.entity';
import { ForeignKeyColumn, IdColumn, TextColumn, TimestampColumn } from './columns';

/** A message in an RFQ's conversation between buyer and seller. */
@Entity('rfq_message')
export class RfqMessage {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  rfqId: number;

  @ManyToOne(() => Rfq, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rfqId' })
  rfq?: Relation<Rfq>;

  @TimestampColumn()
  at: Date;

  @ForeignKeyColumn()
  authorId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authorId' })
  author?: Relation<User>;

  @TextColumn()
  body: string;
}
