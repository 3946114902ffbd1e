import os from 'node:os';
import { MAX_SESSION_CACHE_TTL_MS } from './auth/session-cache';
import path from 'node:path';
import { MAX_PASSWORD_HASH_COST, MIN_PASSWORD_HASH_COST, PASSWORD_HASH_COST } from './auth/password';
import { incentiveSettingsProblem, type IncentiveSettings, type RetryPolicy } from '@portal/domain';
import { assertTimeZone } from './common/clock';

/** Runtime configuration, read once from the environment (documented in the README). */
export interface PortalConfig {
  databaseUrl: string;
  /**
   * A read replica (DATABASE_READ_URL) for the catalog and list pages, never for reads inside a
   * write transaction; null: everything reads the primary.
   */
  readDatabaseUrl: string | null;
  port: number;
  host: string;
  /**
   * WEB_CONCURRENCY: gateway processes serving PORT together (node:cluster); by default one per
   * core when NODE_ENV=production, else 1.
   */
  webConcurrency: number;
  /** Public address of the portal, used in e-mailed links. */
  publicUrl: string;
  /** Secret that keys the hashes of session, invitation and API tokens. */
  sessionSecret: string;
  sessionTtlHours: number;
  /**
   * SESSION_CACHE_TTL_MS: how long a process answers a session cookie from memory (default and
   * most 5000; 0: read the session on every request). Revocation: auth/session-cache.ts.
   */
  sessionCacheTtlMs: number;
  /** scrypt cost (N = 2^cost) of new password hashes: PASSWORD_HASH_COST, never below 15 in production. */
  passwordHashCost: number;
  invitationTtlHours: number;
  /** Lifetime of a password-reset link (PASSWORD_RESET_TTL_MINUTES). */
  passwordResetTtlMinutes: number;
  /** Folder for data files: outbox, documents, the embedded database by default. */
  dataDir: string;
  /** Folder of the built SPA, served at `/`. */
  webDistDir: string | null;
  smtp: SmtpConfig | null;
  mailFrom: string;
  /** Fixed "now" (ISO 8601) for tests and demos. */
  fixedNow: string | null;
  /** The seller's IANA time zone: "today" and every calendar date of the business are its. */
  sellerTimeZone: string;
  /** Serve cookies with the Secure flag (always when PUBLIC_URL is https). */
  secureCookies: boolean;
  /** The seller, as printed on generated documents (quotations, invoices, statements, ...). */
  seller: SellerDetails;
  /** Query cost, rate limits, introspection and trusted documents (README, "For partner apps"). */
  api: ApiLimitsConfig;
  /**
   * The seller-wide default incentives (PORTAL_ORDER_DISCOUNT_PERCENT, PHONE_ORDER_SURCHARGE,
   * PORTAL_ORDER_PRIORITY); a company's own settings, or its parent's, override them. None by default.
   */
  incentives: IncentiveSettings;
  /** TRUST_PROXY: addresses or subnets of the proxies whose X-Forwarded-For is believed (none by default). */
  trustProxy: string[];
  /** The outbox worker: retries, leases and whether the gateway runs one (apps/gateway/docs/outbox.md). */
  outbox: OutboxConfig;
}

export interface OutboxConfig {
  /** OUTBOX_WORKER=off: this gateway process runs no worker (run `pnpm worker` apart); on by default. */
  inProcessWorker: boolean;
  /** OUTBOX_POLL_SECONDS: how often an idle worker looks for due messages (default 5). */
  pollSeconds: number;
  /** OUTBOX_BATCH_SIZE: messages one claim takes (default 20). */
  batchSize: number;
  /** OUTBOX_LEASE_SECONDS: how long a claimed message stays a worker's before another may take it (default 300). */
  leaseSeconds: number;
  /** OUTBOX_RETRY_BASE_SECONDS (30), OUTBOX_RETRY_MAX_SECONDS (3600), OUTBOX_GIVE_UP_HOURS (48). */
  retry: RetryPolicy;
  /** Webhook deliveries: private destinations refused in production (NODE_ENV), the timeout, the pause. */
  webhooks: { production: boolean; timeoutMs: number; pauseAfterFailures: number };
  /** The scheduled notices and the outbox's retention (docs/outbox.md). */
  notices: NoticeConfig;
}

export interface NoticeConfig {
  /** INVOICE_REMINDER_DAYS_BEFORE_DUE: days before the due date a reminder goes out (default 3). */
  daysBeforeDue: number[];
  /** INVOICE_OVERDUE_REMINDER_DAYS: days after the due date an overdue reminder goes out (default 1,7,30). */
  overdueDays: number[];
  /** OUTBOX_RETENTION_DAYS: finished outbox messages and webhook deliveries are deleted after (default 30). */
  outboxRetentionDays: number;
}

/** A leaky bucket of cost points: `size` at most, `restorePerSecond` flowing back. */
export interface BucketSpec {
  size: number;
  restorePerSecond: number;
}

export interface ApiLimitsConfig {
  /** MAX_QUERY_COST: a query whose requested cost is over this is refused before it runs. */
  maxQueryCost: number;
  /** RATE_LIMITS=off turns the cost buckets off (benchmarks); never the sign-in limits. */
  rateLimits: boolean;
  /** RATE_LIMIT_TOKEN, RATE_LIMIT_SESSION, RATE_LIMIT_ANONYMOUS: `size:restorePerSecond`. */
  buckets: { token: BucketSpec; session: BucketSpec; anonymous: BucketSpec };
  /** REDIS_URL: buckets in Redis, shared by every gateway process; in memory when null. */
  redisUrl: string | null;
  /** REDIS_KEY_PREFIX: the prefix of the buckets' keys in Redis (several portals on one Redis). */
  redisKeyPrefix: string;
  /** INTROSPECTION: `staff` (signed-in staff only, the default) or `public`. */
  introspection: 'staff' | 'public';
  /** TRUSTED_DOCUMENTS: `require` lets cookie-authenticated requests run only the SPA's persisted operations. */
  trustedDocuments: 'off' | 'require';
  /** TRUSTED_DOCUMENTS_MANIFEST: the SPA's persisted operations (hash → document), written by its codegen. */
  trustedDocumentsManifest: string;
}

/** The seller's details on documents; each from an environment variable, with a demo default. */
export interface SellerDetails {
  /** SELLER_NAME */
  name: string;
  /** SELLER_ADDRESS: lines separated by `|` or new lines. */
  addressLines: string[];
  /** SELLER_TAX_ID */
  taxId: string;
  /** SELLER_BANK_DETAILS: payment instructions, lines separated by `|` or new lines. */
  bankLines: string[];
  /** SELLER_EMAIL: contact printed in the footer. */
  email: string;
}

export interface SmtpConfig {
  url: string;
}

const DEV_SECRET = 'portal-dev-secret-change-me';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): PortalConfig {
  const port = Number.parseInt(env.PORT ?? '4000', 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  const sessionSecret = env.SESSION_SECRET ?? DEV_SECRET;
  if (env.NODE_ENV === 'production' && sessionSecret === DEV_SECRET) {
    throw new Error('SESSION_SECRET must be set in production');
  }
  if (env.PORTAL_NOW && Number.isNaN(Date.parse(env.PORTAL_NOW))) {
    throw new Error(`PORTAL_NOW must be an ISO 8601 date-time, got "${env.PORTAL_NOW}"`);
  }
  const passwordHashCost = positiveInt(env.PASSWORD_HASH_COST, PASSWORD_HASH_COST, 'PASSWORD_HASH_COST');
  if (passwordHashCost < MIN_PASSWORD_HASH_COST || passwordHashCost > MAX_PASSWORD_HASH_COST) {
    throw new Error(
      `PASSWORD_HASH_COST must be ${MIN_PASSWORD_HASH_COST} to ${MAX_PASSWORD_HASH_COST}, got "${env.PASSWORD_HASH_COST}"`,
    );
  }
  if (env.NODE_ENV === 'production' && passwordHashCost < PASSWORD_HASH_COST) {
    throw new Error(`PASSWORD_HASH_COST may not be below ${PASSWORD_HASH_COST} in production`);
  }
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  const sellerTimeZone = env.SELLER_TIME_ZONE?.trim() || 'UTC';
  assertTimeZone(sellerTimeZone);
  return {
    databaseUrl: env.DATABASE_URL ?? 'sqlite:data/portal.sqlite',
    readDatabaseUrl: env.DATABASE_READ_URL?.trim() || null,
    port,
    host: env.HOST ?? '0.0.0.0',
    webConcurrency: positiveInt(
      env.WEB_CONCURRENCY?.trim() || undefined,
      env.NODE_ENV === 'production' ? os.availableParallelism() : 1,
      'WEB_CONCURRENCY',
    ),
    publicUrl,
    sessionSecret,
    sessionTtlHours: positiveInt(env.SESSION_TTL_HOURS, 24 * 14, 'SESSION_TTL_HOURS'),
    sessionCacheTtlMs: sessionCacheTtl(env.SESSION_CACHE_TTL_MS),
    passwordHashCost,
    invitationTtlHours: positiveInt(env.INVITATION_TTL_HOURS, 24 * 7, 'INVITATION_TTL_HOURS'),
    passwordResetTtlMinutes: positiveInt(env.PASSWORD_RESET_TTL_MINUTES, 60, 'PASSWORD_RESET_TTL_MINUTES'),
    dataDir,
    webDistDir: env.WEB_DIST_DIR ?? path.resolve(__dirname, '../../web/dist'),
    smtp: smtpFrom(env),
    outbox: outboxFrom(env),
    mailFrom: env.MAIL_FROM ?? 'Buyer Portal <portal@seller.example>',
    fixedNow: env.PORTAL_NOW ?? null,
    sellerTimeZone,
    secureCookies: publicUrl.startsWith('https://'),
    seller: sellerFrom(env),
    api: apiLimitsFrom(env),
    incentives: incentivesFrom(env),
    trustProxy: (env.TRUST_PROXY ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
  };
}

function apiLimitsFrom(env: NodeJS.ProcessEnv): ApiLimitsConfig {
  const rateLimits = env.RATE_LIMITS?.trim().toLowerCase() ?? 'on';
  if (rateLimits !== 'on' && rateLimits !== 'off')
    throw new Error(`RATE_LIMITS must be "on" or "off", got "${env.RATE_LIMITS}"`);
  const introspection = env.INTROSPECTION?.trim().toLowerCase() ?? 'staff';
  if (introspection !== 'staff' && introspection !== 'public')
    throw new Error(`INTROSPECTION must be "staff" or "public", got "${env.INTROSPECTION}"`);
  const trustedDocuments = env.TRUSTED_DOCUMENTS?.trim().toLowerCase() ?? 'off';
  if (trustedDocuments !== 'off' && trustedDocuments !== 'require')
    throw new Error(`TRUSTED_DOCUMENTS must be "off" or "require", got "${env.TRUSTED_DOCUMENTS}"`);
  return {
    maxQueryCost: positiveInt(env.MAX_QUERY_COST, 2000, 'MAX_QUERY_COST'),
    rateLimits: rateLimits === 'on',
    buckets: {
      token: bucketSpec(env.RATE_LIMIT_TOKEN, { size: 4000, restorePerSecond: 200 }, 'RATE_LIMIT_TOKEN'),
      session: bucketSpec(
        env.RATE_LIMIT_SESSION,
        { size: 4000, restorePerSecond: 200 },
        'RATE_LIMIT_SESSION',
      ),
      anonymous: bucketSpec(
        env.RATE_LIMIT_ANONYMOUS,
        { size: 1000, restorePerSecond: 20 },
        'RATE_LIMIT_ANONYMOUS',
      ),
    },
    redisUrl: env.REDIS_URL?.trim() || null,
    redisKeyPrefix: env.REDIS_KEY_PREFIX ?? 'portal:cost:',
    introspection,
    trustedDocuments,
    trustedDocumentsManifest: path.resolve(
      env.TRUSTED_DOCUMENTS_MANIFEST ?? path.resolve(__dirname, '../../web/src/gql/persisted-documents.json'),
    ),
  };
}

/** `size:restorePerSecond`, e.g. `2000:100`. */
function bucketSpec(value: string | undefined, fallback: BucketSpec, name: string): BucketSpec {
  if (value === undefined) return fallback;
  const match = /^\s*(\d+)\s*:\s*(\d+)\s*$/.exec(value);
  const size = Number(match?.[1]);
  const restorePerSecond = Number(match?.[2]);
  if (!match || size <= 0 || restorePerSecond <= 0)
    throw new Error(`${name} must be "size:restorePerSecond" (e.g. "2000:100"), got "${value}"`);
  return { size, restorePerSecond };
}

function incentivesFrom(env: NodeJS.ProcessEnv): IncentiveSettings {
  const priority = env.PORTAL_ORDER_PRIORITY?.trim().toLowerCase() || null;
  if (priority !== null && priority !== 'true' && priority !== 'false')
    throw new Error(`PORTAL_ORDER_PRIORITY must be true or false, got "${env.PORTAL_ORDER_PRIORITY}"`);
  const settings = {
    portalDiscountPercent: env.PORTAL_ORDER_DISCOUNT_PERCENT?.trim() || null,
    phoneOrderSurcharge: env.PHONE_ORDER_SURCHARGE?.trim() || null,
    priorityHandling: priority === null ? null : priority === 'true',
  };
  const problem = incentiveSettingsProblem(settings, 'USD');
  if (problem) {
    const name =
      problem.field === 'portalDiscountPercent' ? 'PORTAL_ORDER_DISCOUNT_PERCENT' : 'PHONE_ORDER_SURCHARGE';
    throw new Error(`${name}: ${problem.message}`);
  }
  return settings;
}

function sellerFrom(env: NodeJS.ProcessEnv): SellerDetails {
  const lines = (value: string) =>
    value
      .split(/\||\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
  return {
    name: env.SELLER_NAME ?? 'Seller Supply Co.',
    addressLines: lines(env.SELLER_ADDRESS ?? '100 Commerce Way|Springfield, IL 62701|United States'),
    taxId: env.SELLER_TAX_ID ?? 'EIN 12-3456789',
    bankLines: lines(
      env.SELLER_BANK_DETAILS ??
        'First Example Bank|Account name: Seller Supply Co.|Routing (ABA): 021000021|Account: 000123456789|SWIFT: FEXBUS33',
    ),
    email: env.SELLER_EMAIL ?? 'billing@seller.example',
  };
}

function outboxFrom(env: NodeJS.ProcessEnv): OutboxConfig {
  const worker = (env.OUTBOX_WORKER ?? 'on').trim().toLowerCase();
  if (worker !== 'on' && worker !== 'off')
    throw new Error(`OUTBOX_WORKER must be on or off, got "${env.OUTBOX_WORKER}"`);
  return {
    inProcessWorker: worker === 'on',
    pollSeconds: positiveInt(env.OUTBOX_POLL_SECONDS, 5, 'OUTBOX_POLL_SECONDS'),
    batchSize: positiveInt(env.OUTBOX_BATCH_SIZE, 20, 'OUTBOX_BATCH_SIZE'),
    leaseSeconds: positiveInt(env.OUTBOX_LEASE_SECONDS, 300, 'OUTBOX_LEASE_SECONDS'),
    retry: {
      baseSeconds: positiveInt(env.OUTBOX_RETRY_BASE_SECONDS, 30, 'OUTBOX_RETRY_BASE_SECONDS'),
      maxSeconds: positiveInt(env.OUTBOX_RETRY_MAX_SECONDS, 3600, 'OUTBOX_RETRY_MAX_SECONDS'),
      giveUpAfterSeconds: positiveInt(env.OUTBOX_GIVE_UP_HOURS, 48, 'OUTBOX_GIVE_UP_HOURS') * 3600,
    },
    webhooks: {
      production: env.NODE_ENV === 'production',
      timeoutMs: 10_000,
      pauseAfterFailures: positiveInt(env.WEBHOOK_PAUSE_AFTER_FAILURES, 10, 'WEBHOOK_PAUSE_AFTER_FAILURES'),
    },
    notices: {
      daysBeforeDue: dayList(env.INVOICE_REMINDER_DAYS_BEFORE_DUE, [3], 'INVOICE_REMINDER_DAYS_BEFORE_DUE'),
      overdueDays: dayList(env.INVOICE_OVERDUE_REMINDER_DAYS, [1, 7, 30], 'INVOICE_OVERDUE_REMINDER_DAYS'),
      outboxRetentionDays: positiveInt(env.OUTBOX_RETENTION_DAYS, 30, 'OUTBOX_RETENTION_DAYS'),
    },
  };
}

/** A comma-separated list of whole days (each 1 to 365), e.g. "1,7,30"; empty turns the reminders off. */
function dayList(value: string | undefined, fallback: number[], name: string): number[] {
  if (value === undefined) return fallback;
  const parts = value
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const days = parts.map(Number);
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 365))
    throw new Error(`${name} must list whole days from 1 to 365, e.g. "1,7,30"; got "${value}"`);
  return [...new Set(days)].sort((a, b) => a - b);
}

function smtpFrom(env: NodeJS.ProcessEnv): SmtpConfig | null {
  if (env.SMTP_URL) return { url: env.SMTP_URL };
  if (!env.SMTP_HOST) return null;
  const auth = env.SMTP_USER
    ? `${encodeURIComponent(env.SMTP_USER)}:${encodeURIComponent(env.SMTP_PASSWORD ?? '')}@`
    : '';
  const scheme = env.SMTP_SECURE === 'true' ? 'smtps' : 'smtp';
  return { url: `${scheme}://${auth}${env.SMTP_HOST}:${env.SMTP_PORT ?? (scheme === 'smtps' ? 465 : 587)}` };
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number.parseInt(value, 10);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

/** SESSION_CACHE_TTL_MS: 0 to MAX_SESSION_CACHE_TTL_MS milliseconds (default: the maximum). */
function sessionCacheTtl(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return MAX_SESSION_CACHE_TTL_MS;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > MAX_SESSION_CACHE_TTL_MS)
    throw new Error(
      `SESSION_CACHE_TTL_MS must be a whole number of milliseconds from 0 to ${MAX_SESSION_CACHE_TTL_MS}, got "${value}"`,
    );
  return n;
}
