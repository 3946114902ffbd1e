import type { DataSource, EntityManager } from 'typeorm';
import { Permission, Role, TokenScope, isStaffRole, permissionsOf, tokenPermissions } from '@portal/domain';
import type { Clock } from './common/clock';
import type { PortalConfig } from './config';
import type { User } from './entity';
import type { Mailer } from './mail/mailer';
import { engineOf, type Engine } from './db/data-source';
import { runInTransaction } from './db/transactions';
import { Loaders } from './loader/loaders';
import type { OutboxSignal } from './outbox/outbox-signal';

/**
 * The signed-in user behind a request, with what their role allows; behind an API token, what
 * the role allows intersected with the token's scopes (computed afresh for every request).
 */
export class Viewer {
  readonly permissions: ReadonlySet<Permission>;
  /** An API token's scopes; null for a session (which is not limited by scopes). */
  readonly scopes: readonly TokenScope[] | null;
  constructor(
    readonly user: User,
    readonly authMethod: 'session' | 'api-token',
    readonly credentialId: number,
    scopes: readonly TokenScope[] | null = null,
  ) {
    this.scopes = authMethod === 'api-token' ? (scopes ?? []) : null;
    this.permissions = new Set(
      this.scopes ? tokenPermissions(user.role, this.scopes) : permissionsOf(user.role),
    );
  }
  get userId(): number {
    return this.user.id;
  }
  get role(): Role {
    return this.user.role;
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
  /** The user this request signed in (sign-in, invitation acceptance): its payload is theirs to read. */
  signedInUserId: number | null;
  clearSessionCookie(): void;
  /** The hash of the trusted (persisted) document the request named instead of sending a query, if any. */
  trustedDocument: string | null;
}

/** Services shared by all requests, built once at start-up. */
export interface PortalRuntime {
  dataSource: DataSource;
  /** A read replica for catalog and list pages (DATABASE_READ_URL), or null. */
  readDataSource?: DataSource | null;
  clock: Clock;
  /**
   * Milliseconds for the rate-limit buckets: real time, also when PORTAL_NOW fixes the business
   * clock (a fixed clock would never restore a bucket); tests inject their own.
   */
  rateClock: () => number;
  config: PortalConfig;
  mailer: Mailer;
  /** Wakes this process's outbox worker after a commit that wrote messages (absent: the worker polls). */
  outboxSignal?: OutboxSignal;
}

/**
 * Immutable per-request context, passed first to every service method: who is asking, the
 * clock, the database and this request's DataLoaders.
 *
 * Transactions belong to the context (Vendure's TransactionalConnection is the model):
 * `ctx.transaction(tx => …)` hands the work a context bound to the transaction, whose `db` and
 * `loaders` read and write through the transaction's connection. A check made inside it and the
 * write it guards therefore see the same state (and the same row locks on MySQL), and nothing
 * inside a transaction waits for a second pooled connection.
 */
export class RequestContext {
  readonly loaders: Loaders;
  private readonly memos: Map<string, Promise<unknown>>;
  /**
   * Whether list pages count their rows (COUNT(*) OVER ()): false in the view a resolver makes
   * when the caller did not select `totalCount` (withoutTotalCount).
   */
  readonly countsTotals: boolean = true;
  constructor(
    readonly runtime: PortalRuntime,
    readonly viewer: Viewer | null,
    readonly http: HttpExchange,
    private readonly manager: EntityManager | null = null,
    inherited?: ReadonlyMap<string, Promise<unknown>>,
  ) {
    this.loaders = new Loaders(this.db);
    this.memos = new Map(inherited);
  }
  /** The database: inside a transaction, the transaction's manager; otherwise the pool's. */
  get db(): EntityManager {
    return this.manager ?? this.runtime.dataSource.manager;
  }

  /**
   * Where a catalog or list page reads: the read replica when one is configured, except inside
   * a transaction (a check and the write it guards read the primary, in the transaction). A
   * replica may lag a little: never read through it what a write depends on.
   */
  get readDb(): EntityManager {
    return this.manager ?? this.runtime.readDataSource?.manager ?? this.runtime.dataSource.manager;
  }
  get inTransaction(): boolean {
    return this.manager !== null;
  }
  /**
   * This context (same viewer, loaders, memos and transaction) for a connection whose caller did
   * not select `totalCount`: its page is read without counting the rows (support/paging.ts).
   */
  withoutTotalCount(): RequestContext {
    const view = Object.create(this) as RequestContext;
    Object.defineProperty(view, 'countsTotals', { value: false });
    return view;
  }
  /** SQLite or MySQL/MariaDB, for the few statements that differ (row locks). */
  get engine(): Engine {
    return engineOf(this.runtime.dataSource);
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
   * between every resolver of the request. A transaction's context starts with the values known
   * so far; what it computes stays its own (it may have read uncommitted rows).
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
   * Runs `work` in one transaction, with a context bound to it; everything it writes is kept or
   * nothing is. Inside a transaction already, `work` joins it. A transaction that loses a
   * deadlock runs again from the start (db/transactions.ts). After a commit this context's
   * loaders forget what they had read, so the answer shows the new state.
   */
  async transaction<T>(work: (tx: RequestContext) => Promise<T>): Promise<T> {
    if (this.manager) return work(this);
    const result = await runInTransaction(this.runtime.dataSource, (em) =>
      work(new RequestContext(this.runtime, this.viewer, this.http, em, this.memos)),
    );
    this.loaders.clearAll();
    this.runtime.outboxSignal?.committed();
    return result;
  }
}
