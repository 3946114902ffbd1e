import type { DataSource, EntityManager } from 'typeorm';
import { Permission, Role, isStaffRole, permissionsOf } from '@portal/domain';
import type { Clock } from './common/clock';
import type { PortalConfig } from './config';
import type { User } from './entity';
import type { Mailer } from './mail/mailer';
import { gatedTransaction } from './db/transaction-gate';
import { Loaders } from './loader/loaders';

/** The signed-in user behind a request, with what their role allows. */
export class Viewer {
  readonly permissions: ReadonlySet<Permission>;
  constructor(
    readonly user: User,
    readonly authMethod: 'session' | 'api-token',
    readonly credentialId: number,
  ) {
    this.permissions = new Set(permissionsOf(user.role as Role));
  }
  get userId(): number {
    return this.user.id;
  }
  get role(): Role {
    return this.user.role as Role;
  }
  get companyId(): number | null {
    return this.user.companyId ?? null;
  }
  get isStaff(): boolean {
    return isStaffRole(this.role);
  }
  can(permission: Permission): boolean {
    return this.permissions.has(permission);
  }
  canAny(...permissions: Permission[]): boolean {
    return permissions.some((p) => this.permissions.has(p));
  }
}

/** What the HTTP layer lets a resolver do to the response (cookies) and know of the request. */
export interface HttpExchange {
  ip: string;
  userAgent: string | null;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/** Services shared by all requests, built once at start-up. */
export interface PortalRuntime {
  dataSource: DataSource;
  clock: Clock;
  config: PortalConfig;
  mailer: Mailer;
}

/**
 * Immutable per-request context, passed first to every service method: who is asking, the
 * clock, and this request's DataLoaders.
 */
export class RequestContext {
  readonly loaders: Loaders;
  private readonly memos = new Map<string, Promise<unknown>>();
  constructor(
    readonly runtime: PortalRuntime,
    readonly viewer: Viewer | null,
    readonly http: HttpExchange,
  ) {
    this.loaders = new Loaders(runtime.dataSource.manager);
  }
  get db(): DataSource {
    return this.runtime.dataSource;
  }
  get clock(): Clock {
    return this.runtime.clock;
  }
  get config(): PortalConfig {
    return this.runtime.config;
  }
  now(): Date {
    return this.runtime.clock.now();
  }
  /** The signed-in viewer; services call this only behind an access marker that guarantees one. */
  requireViewer(): Viewer {
    if (!this.viewer) throw new Error('No signed-in viewer in a signed-in-only path');
    return this.viewer;
  }
  /**
   * Computes a value once per request (e.g. a company's compiled pricing engine) and shares it
   * between every resolver of the request.
   */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let value = this.memos.get(key) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      this.memos.set(key, value);
    }
    return value;
  }
  /** Drops memoised values whose key starts with `prefix` (after a mutation changed them). */
  forget(prefix: string): void {
    for (const key of [...this.memos.keys()]) if (key.startsWith(prefix)) this.memos.delete(key);
  }
  /**
   * Runs `work` in one transaction; everything it writes is kept or nothing is. Transactions are
   * admitted through the data source's gate (one at a time on SQLite; see db/transaction-gate.ts).
   */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return gatedTransaction(this.runtime.dataSource, work);
  }
}
