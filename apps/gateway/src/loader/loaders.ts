import DataLoader from 'dataloader';
import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

/**
 * Per-request DataLoaders: one batched statement per entity type and key, whatever the number
 * of parents asking. Created fresh for every request, so nothing leaks between viewers.
 */
export class Loaders {
  private readonly byId = new Map<EntityTarget<ObjectLiteral>, DataLoader<number, ObjectLiteral | null>>();
  private readonly byParent = new Map<string, DataLoader<number, ObjectLiteral[]>>();
  private readonly custom = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly em: EntityManager) {}

  /** Loads one entity by primary key (null when missing). */
  load<T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>, id: number): Promise<T | null> {
    return this.idLoader(entity).load(id) as Promise<T | null>;
  }

  loadMany<T extends ObjectLiteral & { id: number }>(
    entity: EntityTarget<T>,
    ids: readonly number[],
  ): Promise<(T | null)[]> {
    return Promise.all(ids.map((id) => this.load(entity, id)));
  }

  /** Loads the children of a parent through a foreign-key column, e.g. addresses by companyId. */
  children<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    foreignKey: keyof T & string,
    parentId: number,
    orderBy: keyof T & string = 'id' as keyof T & string,
  ): Promise<T[]> {
    const key = `${this.em.getRepository(entity).metadata.name}.${foreignKey}.${orderBy}`;
    let loader = this.byParent.get(key);
    if (!loader) {
      loader = new DataLoader<number, ObjectLiteral[]>(async (parentIds) => {
        const rows = await this.em.getRepository(entity).find({
          where: { [foreignKey]: In([...parentIds]) } as never,
          order: { [orderBy]: 'ASC' } as never,
        });
        const grouped = new Map<number, T[]>();
        for (const row of rows) {
          const parent = row[foreignKey] as number;
          grouped.set(parent, [...(grouped.get(parent) ?? []), row]);
        }
        return parentIds.map((id) => grouped.get(id) ?? []);
      });
      this.byParent.set(key, loader);
    }
    return loader.load(parentId) as Promise<T[]>;
  }

  /** Seeds the by-id loader with an entity loaded another way (e.g. a page of a list query). */
  prime<T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>, row: T): void {
    this.idLoader(entity).prime(row.id, row);
  }

  /**
   * A loader of this request for a batch function of its own, shared by name: every key asked
   * for in one tick goes to `batch` in one call (e.g. which products a company may see).
   */
  batched<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.custom.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.custom.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Forgets everything loaded so far (after a transaction committed). */
  clearAll(): void {
    for (const loader of this.byId.values()) loader.clearAll();
    this.byParent.clear();
    this.custom.clear();
  }

  /** Forgets what was loaded for an entity (after a mutation changed it in this request). */
  clear<T extends ObjectLiteral>(entity: EntityTarget<T>, id?: number): void {
    const loader = this.byId.get(entity as EntityTarget<ObjectLiteral>);
    if (loader && id !== undefined) loader.clear(id);
    else loader?.clearAll();
    this.byParent.clear();
    this.custom.clear();
  }

  private idLoader<T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>) {
    let loader = this.byId.get(entity as EntityTarget<ObjectLiteral>);
    if (!loader) {
      loader = new DataLoader<number, ObjectLiteral | null>(async (ids) => {
        const rows = await this.em.getRepository(entity).findBy({ id: In([...ids]) } as never);
        const byId = new Map(rows.map((r) => [r.id as number, r]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.byId.set(entity as EntityTarget<ObjectLiteral>, loader);
    }
    return loader;
  }
}
