import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { UserErrorCode, failWith } from '../../common/user-error';
import type { RequestContext } from '../../context';

/**
 * Makes a query read its rows for update inside the context's transaction: a row lock on
 * MySQL/MariaDB (held until the commit, so a concurrent writer waits and then sees the result);
 * nothing on SQLite, whose transactions run one at a time (each holds the database's write lock
 * from its BEGIN, in every process: db/data-source.ts).
 */
export function forUpdate<T extends ObjectLiteral>(
  tx: RequestContext,
  query: SelectQueryBuilder<T>,
): SelectQueryBuilder<T> {
  if (!tx.inTransaction) throw new Error('A row lock outside a transaction would be released at once');
  return tx.engine === 'mysql' ? query.setLock('pessimistic_write') : query;
}

/**
 * Reads one row by id for update; NOT_FOUND with `notFound.message` at `notFound.field` when it
 * does not exist.
 */
export async function lockById<T extends ObjectLiteral & { id: number }>(
  tx: RequestContext,
  entity: EntityTarget<T>,
  id: number,
  notFound: { message: string; field: string[] },
): Promise<T> {
  const query = tx.db.getRepository(entity).createQueryBuilder('locked').where('locked.id = :id', { id });
  const row = await forUpdate(tx, query).getOne();
  if (!row) failWith(UserErrorCode.NOT_FOUND, notFound.message, notFound.field);
  return row;
}
