import { CronExpressionParser } from 'cron-parser';
import type { PortalRuntime, RequestContext } from '../context';
import { ScheduledJob } from '../entity';
import { systemContext } from '../outbox/system-context';

/** A job run on a cron schedule (in the seller's time zone), by whichever process claims it first. */
export interface JobDefinition {
  name: string;
  /** A cron expression, e.g. "*\/15 * * * *". */
  schedule: string;
  run(ctx: RequestContext): Promise<void>;
}

/**
 * Runs due scheduled jobs. Safe on several processes: the job's row holds its next run, and a
 * process runs it only after moving that time forward from the value it read (one UPDATE …
 * WHERE nextRunAt = :seen wins); the others see the new time and skip. Times come from the
 * runtime's clock, so tests move it to make a job due.
 */
export class Scheduler {
  constructor(
    private readonly runtime: PortalRuntime,
    private readonly jobs: readonly JobDefinition[],
  ) {}

  /** The next time after `after` at which `schedule` fires. */
  nextRun(schedule: string, after: Date): Date {
    return CronExpressionParser.parse(schedule, { currentDate: after, tz: this.runtime.clock.timeZone })
      .next()
      .toDate();
  }

  /** Runs every job that is due now (each at most once across processes); answers the names run. */
  async runDue(): Promise<string[]> {
    const ran: string[] = [];
    const repo = this.runtime.dataSource.getRepository(ScheduledJob);
    for (const job of this.jobs) {
      const now = this.runtime.clock.now();
      const row = await repo.findOneBy({ name: job.name });
      if (!row) {
        // First start: the job is first due at its next scheduled time.
        await repo
          .createQueryBuilder()
          .insert()
          .values({
            name: job.name,
            nextRunAt: this.nextRun(job.schedule, now),
            lastRunAt: null,
            lastError: null,
          })
          .orIgnore()
          .execute();
        continue;
      }
      if (row.nextRunAt.getTime() > now.getTime()) continue;
      const claimed = await repo.update(
        { name: job.name, nextRunAt: row.nextRunAt },
        { nextRunAt: this.nextRun(job.schedule, now), lastRunAt: now },
      );
      if (!claimed.affected) continue;
      let error: string | null = null;
      try {
        await job.run(systemContext(this.runtime));
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
        console.error(`[scheduler] ${job.name} failed:`, e);
      }
      await repo.update({ name: job.name }, { lastError: error });
      ran.push(job.name);
    }
    return ran;
  }
}
