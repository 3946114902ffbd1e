import { UserErrorCode, failWith } from '../../common/user-error';
import type { RequestContext } from '../../context';
import { IdempotencyKey } from '../../entity';
import { isUniqueViolation } from './number-sequence.service';

/** What an idempotent request is: its kind (scope), the client's key, and the kind of its result. */
export interface IdempotentRequest {
  /** e.g. "submitOrder", "payInvoices". */
  scope: string;
  key: string;
  /** e.g. "Order", "Payment". */
  resultType: string;
  /** The input path of the key, for user errors. */
  field?: string[];
}

const MAX_KEY_LENGTH = 128;

/**
 * Runs a mutation at most once per (viewer, scope, key). The key row is inserted inside the
 * mutation's own transaction (unique index on user, scope and key): it commits with the result
 * or rolls back with it, and a concurrent duplicate blocks on the index until the first commits,
 * then fails with a unique violation and answers the first result. A retry after the commit
 * finds the settled row before doing anything.
 */
export class IdempotencyService {
  /** The trimmed key, or INVALID when it is empty or longer than 128 characters. */
  checkKey(key: string | null | undefined, field: string[] = ['input', 'idempotencyKey']): string {
    const trimmed = key?.trim() ?? '';
    if (trimmed.length === 0 || trimmed.length > MAX_KEY_LENGTH)
      failWith(
        UserErrorCode.INVALID,
        `The idempotency key must be 1 to ${MAX_KEY_LENGTH} characters.`,
        field,
      );
    return trimmed;
  }

  /** The id of the first result of a settled key, or null when the key was not used (or is in use). */
  async settledResult(ctx: RequestContext, request: IdempotentRequest): Promise<number | null> {
    const used = await ctx.db
      .getRepository(IdempotencyKey)
      .findOneBy({ userId: ctx.requireViewer().userId, scope: request.scope, key: request.key });
    return used?.resultId ? Number(used.resultId) : null;
  }

  /**
   * `answer(firstResultId, true)` when the key was used already; otherwise runs `work` in one
   * transaction with the key claimed, then `answer(newResultId, false)` after the commit.
   */
  async once<R>(
    ctx: RequestContext,
    request: IdempotentRequest,
    work: (tx: RequestContext) => Promise<number>,
    answer: (resultId: number, replayed: boolean) => Promise<R>,
  ): Promise<R> {
    const first = await this.settledResult(ctx, request);
    if (first !== null) {
      // The caller may have read the subject before the first request committed (on a cluster
      // node, before it arrived): answer from the committed rows, not from this request's cache.
      ctx.loaders.clearAll();
      return answer(first, true);
    }
    const userId = ctx.requireViewer().userId;
    const where = { userId, scope: request.scope, key: request.key };
    let resultId: number;
    try {
      resultId = await ctx.transaction(async (tx) => {
        await tx.db
          .getRepository(IdempotencyKey)
          .insert({ ...where, resultType: request.resultType, resultId: null, createdAt: tx.now() });
        const id = await work(tx);
        await tx.db.getRepository(IdempotencyKey).update(where, { resultId: String(id) });
        return id;
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      const winner = await this.settledResult(ctx, request);
      if (winner !== null) {
        // Another request committed the result meanwhile: what this one read before is stale.
        ctx.loaders.clearAll();
        return answer(winner, true);
      }
      if (await ctx.db.getRepository(IdempotencyKey).existsBy(where))
        failWith(
          UserErrorCode.INVALID_STATE,
          'A request with this idempotency key is still in progress.',
          request.field ?? ['input', 'idempotencyKey'],
        );
      throw e;
    }
    return answer(resultId, false);
  }
}
