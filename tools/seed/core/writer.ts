import type { createDataSource } from '../gateway';

type DataSource = ReturnType<typeof createDataSource>;
export type EntityManager = DataSource['manager'];
type EntityClass<T = unknown> = new () => T;

/** Rows per INSERT statement: well below the placeholder limits of SQLite and MySQL/MariaDB. */
const BATCH = 250;

/**
 * Inserts rows with ids allocated here, so that rows can point at each other before anything is
 * written and batches need no read-back; counts the rows inserted per entity.
 */
export class Writer {
  readonly counts: Record<string, number> = {};
  private readonly nextIds = new Map<string, number>();

  private constructor(readonly em: EntityManager) {}

  /** A writer that hands out ids of `entities` after the largest already in the database. */
  static async create(em: EntityManager, entities: readonly EntityClass<{ id: number }>[]): Promise<Writer> {
    const writer = new Writer(em);
    for (const entity of entities) {
      const raw = await em
        .createQueryBuilder(entity, 'x')
        .select('MAX(x.id)', 'max')
        .getRawOne<{ max: unknown }>();
      const max = raw?.max === null || raw?.max === undefined ? 0 : Number(raw.max);
      writer.nextIds.set(entity.name, max + 1);
    }
    return writer;
  }

  /** The next id of an entity (one the writer was created for). */
  id(entity: EntityClass): number {
    const next = this.nextIds.get(entity.name);
    if (next === undefined) throw new Error(`No ids reserved for ${entity.name}`);
    this.nextIds.set(entity.name, next + 1);
    return next;
  }

  /** Inserts rows in batches; nothing (and no count) for an empty list. */
  async insert<T extends object>(entity: EntityClass<T>, rows: readonly T[]): Promise<void> {
    if (rows.length === 0) return;
    for (let i = 0; i < rows.length; i += BATCH) {
      await this.em.insert(entity, rows.slice(i, i + BATCH) as T[]);
    }
    this.counts[entity.name] = (this.counts[entity.name] ?? 0) + rows.length;
  }

  /** Counts rows written some other way (e.g. saved one by one). */
  count(entity: EntityClass, rows: number): void {
    this.counts[entity.name] = (this.counts[entity.name] ?? 0) + rows;
  }
}
