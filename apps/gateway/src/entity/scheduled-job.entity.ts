import { Entity, PrimaryColumn } from 'typeorm';
import { TextColumn, TimestampColumn } from './columns';

/**
 * The next run of a scheduled job, shared by every process: a process runs a due job only if it
 * moves `nextRunAt` from the value it read (compare-and-set), so each run happens once.
 */
@Entity('scheduled_job')
export class ScheduledJob {
  /** e.g. "expire-quotes". */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @TimestampColumn()
  nextRunAt: Date;

  @TimestampColumn({ nullable: true })
  lastRunAt: Date | null;

  @TextColumn({ nullable: true })
  lastError: string | null;
}
