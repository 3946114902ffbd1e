import { Entity, Index } from 'typeorm';
import { IdColumn, IntColumn, TextColumn, TimestampColumn, VarcharColumn } from './columns';

/**
 * Who changed what, when. Deliberately without foreign keys: audit rows outlive the users,
 * companies and records they describe.
 */
@Entity('audit_log')
@Index(['entityType', 'entityId'])
export class AuditLog {
  @IdColumn()
  id: number;

  @Index()
  @TimestampColumn()
  at: Date;

  @Index()
  @IntColumn({ nullable: true })
  actorId: number | null;

  @Index()
  @IntColumn({ nullable: true })
  companyId: number | null;

  /** e.g. "Order". */
  @VarcharColumn(64)
  entityType: string;

  @VarcharColumn(64)
  entityId: string;

  /** e.g. "submit", "update". */
  @VarcharColumn(64)
  action: string;

  /** JSON of the changed fields, e.g. {"status":["DRAFT","SALES_ORDER"]}. */
  @TextColumn({ nullable: true })
  changes: string | null;
}
