import type { Connection } from 'mysql2/promise';

/** A SQL literal already quoted and escaped (or a bare number / NULL). */
export type Literal = string;

/** Rows and seconds spent in INSERTs, per table. */
export type TableTimings = Map<string, { rows: number; seconds: number }>;

/**
 * Multi-row INSERTs of many rows per statement, in transactions of up to `rowsPerTransaction` rows. While one
 * batch is in flight the caller builds the next (only one statement is ever outstanding), so the
 * generator's CPU and the database's overlap.
 */
export class BulkWriter {
  private pending: Promise<void> = Promise.resolve();
  private readonly buffers = new Map<string, { columns: readonly string[]; rows: string[] }>();
  readonly timings: TableTimings = new Map();
  private uncommittedRows = 0;

  constructor(
    private readonly connection: Connection,
    private readonly batchRows = 2000,
    /** Batches share a transaction up to this many rows: fewer log flushes, bounded undo. */
    private readonly rowsPerTransaction = 50_000,
  ) {}

  /** Queues one row (values already SQL literals, in the order of `columns`). */
  async row(table: string, columns: readonly string[], values: readonly Literal[]): Promise<void> {
    let buffer = this.buffers.get(table);
    if (!buffer) {
      buffer = { columns, rows: [] };
      this.buffers.set(table, buffer);
    }
    buffer.rows.push(`(${values.join(',')})`);
    if (buffer.rows.length >= this.batchRows) await this.flushTable(table);
  }

  /** Sends the buffered rows of one table (after the statement in flight, if any). */
  async flushTable(table: string): Promise<void> {
    const buffer = this.buffers.get(table);
    if (!buffer || buffer.rows.length === 0) return;
    const rows = buffer.rows;
    buffer.rows = [];
    const sql = `INSERT INTO \`${table}\` (${buffer.columns.map((c) => `\`${c}\``).join(',')}) VALUES ${rows.join(',')}`;
    await this.pending;
    this.pending = this.send(table, sql, rows.length);
  }

  /** Sends everything buffered, in the order the tables were first written, and waits. */
  async flush(): Promise<void> {
    for (const table of this.buffers.keys()) await this.flushTable(table);
    await this.pending;
    await this.commit();
  }

  private async commit(): Promise<void> {
    if (this.uncommittedRows === 0) return;
    this.uncommittedRows = 0;
    await this.connection.commit();
  }

  private async send(table: string, sql: string, count: number): Promise<void> {
    const started = process.hrtime.bigint();
    if (this.uncommittedRows === 0) await this.connection.beginTransaction();
    await this.connection.query(sql);
    this.uncommittedRows += count;
    if (this.uncommittedRows >= this.rowsPerTransaction) await this.commit();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const timing = this.timings.get(table) ?? { rows: 0, seconds: 0 };
    timing.rows += count;
    timing.seconds += seconds;
    this.timings.set(table, timing);
  }
}

/** A quoted SQL string literal. Generated text only holds letters, digits and a few signs. */
export function str(value: string): Literal {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** NULL or the quoted value. */
export function strOrNull(value: string | null): Literal {
  return value === null ? 'NULL' : str(value);
}

/** An amount held as whole cents, as a DECIMAL literal with two places ("1234" → 12.34). */
export function cents(value: number): Literal {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A DATETIME(3) literal in UTC. */
export function datetime(ms: number): Literal {
  return `'${new Date(ms).toISOString().slice(0, 23).replace('T', ' ')}'`;
}

/** A DATE literal in UTC. */
export function date(ms: number): Literal {
  return `'${new Date(ms).toISOString().slice(0, 10)}'`;
}
