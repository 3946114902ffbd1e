import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { User } from './user.entity';
import { ForeignKeyColumn, IdColumn, TimestampColumn, VarcharColumn } from './columns';

/** A personal API token for partner apps; only its HMAC, a display prefix and its scopes are kept. */
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

  /**
   * The token's scopes (@portal/domain's TokenScope values), comma-separated. Null only on tokens
   * created before scopes existed: they keep every scope (still intersected with the owner's role).
   */
  @VarcharColumn(400, { nullable: true })
  scopes: string | null;
}
