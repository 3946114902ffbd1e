import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { User } from './user.entity';
import { ForeignKeyColumn, IdColumn, TimestampColumn, VarcharColumn } from './columns';

/** A personal API token for partner apps; only its SHA-256 and a display prefix are kept. */
@Entity('api_token')
export class ApiToken {
  @IdColumn()
  id: number;

  @ForeignKeyColumn()
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<User>;

  @VarcharColumn(128)
  name: string;

  /** Hex SHA-256 of the token. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  /** The first characters of the token, shown in lists. */
  @VarcharColumn(16)
  tokenPrefix: string;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn({ nullable: true })
  lastUsedAt: Date | null;

  @TimestampColumn({ nullable: true })
  expiresAt: Date | null;

  @TimestampColumn({ nullable: true })
  revokedAt: Date | null;
}
