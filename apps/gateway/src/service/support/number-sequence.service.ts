import type { RequestContext } from '../../context';
import { NumberSequence } from '../../entity';

/**
 * Gap-free document numbers. The counter row is incremented inside the caller's transaction
 * (UPDATE first, which takes the row lock on MySQL/MariaDB; SQLite transactions are serialised,
 * across processes too, by the write lock each takes at its BEGIN),
 * so a number is used exactly when the transaction that took it commits, and a rollback gives it
 * back.
 */
export class NumberSequenceService {
  async next(tx: RequestContext, name: string): Promise<number> {
    if (!tx.inTransaction) throw new Error('A number is taken inside the transaction that uses it');
    for (let attempt = 0; attempt < 3; attempt++) {
      const updated = await tx.db
        .createQueryBuilder()
        .update(NumberSequence)
        .set({ nextValue: () => 'nextValue + 1' })
        .where('name = :name', { name })
        .execute();
      if ((updated.affected ?? 0) > 0) {
        const row = await tx.db.getRepository(NumberSequence).findOneByOrFail({ name });
        return row.nextValue - 1;
      }
      try {
        await tx.db.getRepository(NumberSequence).insert({ name, nextValue: 2 });
        return 1;
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        // Another transaction created the counter meanwhile: increment it.
      }
    }
    throw new Error(`Could not take a number of the sequence ${name}`);
  }

  /** The next number of a sequence, formatted: "SO-000042". */
  async nextNumber(tx: RequestContext, sequence: { name: string; prefix: string }): Promise<string> {
    return NumberSequenceService.format(sequence.prefix, await this.next(tx, sequence.name));
  }

  /** "SO-000042" */
  static format(prefix: string, value: number): string {
    return `${prefix}-${String(value).padStart(6, '0')}`;
  }
}

/** A duplicate key on a unique index, on MySQL/MariaDB or SQLite. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; driverError?: { code?: string; errno?: number }; message?: string };
  const code = err.driverError?.code ?? err.code ?? '';
  return (
    code === 'ER_DUP_ENTRY' ||
    code.startsWith('SQLITE_CONSTRAINT_UNIQUE') ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    /UNIQUE constraint failed/.test(err.message ?? '')
  );
}
