import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../context';
import { AuditLog } from '../entity';

export interface AuditEntry {
  entityType: string;
  entityId: number;
  action: string;
  companyId?: number | null;
  changes?: Record<string, unknown>;
}

/** Writes one audit-log row per state change, inside the transaction that makes the change. */
export class AuditService {
  async record(
    ctx: RequestContext,
    em: EntityManager,
    entry: AuditEntry,
    actorId?: number | null,
  ): Promise<void> {
    await em.getRepository(AuditLog).insert({
      at: ctx.now(),
      actorId: actorId !== undefined ? actorId : (ctx.viewer?.userId ?? null),
      companyId: entry.companyId ?? null,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      action: entry.action,
      changes: entry.changes ? JSON.stringify(entry.changes) : null,
    });
  }
}
