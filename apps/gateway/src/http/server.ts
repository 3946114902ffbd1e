import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { SESSION_COOKIE } from '../auth/session.service';
import { queryLimits } from '../common/query-limits';
import { RequestContext, type HttpExchange, type PortalRuntime } from '../context';
import { buildPortalSchema } from '../schema';
import type { Services } from '../service/services';
import { clearedCookie, readCookie, sessionCookie } from './cookies';
import { documentRoutes } from './documents.routes';
import { apiLimitsPlugin } from './api-limits.plugin';
import { MemoryBuckets, RedisBuckets, type CostBuckets } from './cost-buckets';
import { formatError } from './format-error';
import { securityHeaders } from './security-headers';
import { loadTrustedDocuments, trustedDocumentOf, trustedDocumentsMiddleware } from './trusted-documents';

export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_QUERY_DEPTH = 12;
/**
 * Tokens per document (names, punctuation, values): parsing stops there, so no document costs
 * more than a few milliseconds to parse and validate. The web app's largest operation has 380.
 */
export const MAX_QUERY_TOKENS = 5000;
/** Aliased fields per operation, fragments expanded. */
export const MAX_QUERY_ALIASES = 100;
/** Fields per operation, fragments expanded. */
export const MAX_QUERY_FIELDS = 5000;

export interface RunningPortal {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Builds the HTTP server: `/graphql`, the SPA (with client-side routing), `/healthz`. */
export async function startHttpServer(
  runtime: PortalRuntime,
  services: Services,
  listen: {
    port: number;
    host: string;
    /** Told by /healthz (http/cluster.ts); null alone. */ workerSlot?: number | null;
  },
): Promise<RunningPortal> {
  const { config } = runtime;
  const app = express();
  app.disable('x-powered-by');
  // Only the proxies named in TRUST_PROXY may set the client's address (X-Forwarded-For).
  app.set('trust proxy', config.trustProxy.length ? config.trustProxy : false);
  app.use(securityHeaders(config));
  const httpServer = http.createServer(app);

  const trustedDocuments = loadTrustedDocuments(config);
  const buckets: CostBuckets = config.api.redisUrl
    ? new RedisBuckets(config.api.redisUrl, config.api.redisKeyPrefix)
    : new MemoryBuckets();
  const schema = await buildPortalSchema(services);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    csrfPrevention: true,
    // Served to whoever may see it (apiLimitsPlugin): signed-in staff, or everyone with INTROSPECTION=public.
    introspection: true,
    // No "Did you mean …?" suggestions: they would spell out the schema to anyone.
    hideSchemaDetailsFromClientErrors: true,
    // Trusted documents come from the SPA's manifest (trustedDocumentsMiddleware), never registered by clients.
    persistedQueries: false,
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    validationRules: [
      queryLimits({ maxDepth: MAX_QUERY_DEPTH, maxAliases: MAX_QUERY_ALIASES, maxFields: MAX_QUERY_FIELDS }),
    ],
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No landing page: it would load third-party scripts and show the server's version.
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP cache hints (@cacheControl is not used): without it Apollo wraps no field resolver
      // (its willResolveField hook ran for every field of every answer).
      ApolloServerPluginCacheControlDisabled(),
      apiLimitsPlugin(buckets),
    ],
  });
  await apollo.start();

  // A worker of several (WEB_CONCURRENCY) tells its number, so a probe knows which one answered.
  const health = listen.workerSlot ? { ok: true, worker: listen.workerSlot } : { ok: true };
  app.get('/healthz', (_req, res) => {
    res.json(health);
  });

  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES }),
    trustedDocumentsMiddleware(trustedDocuments),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
        const viewer = await services.sessions.authenticate(runtime, {
          bearer,
          cookie: readCookie(req.headers.cookie, SESSION_COOKIE),
        });
        return new RequestContext(runtime, viewer, exchangeOf(req, res, runtime.config.secureCookies));
      },
    }),
  );

  app.use(documentRoutes(runtime, services));

  serveSpa(app, runtime.config.webDistDir);

  app.use(
    (err: Error & { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
      if (res.headersSent) return next(err);
      if (err.type === 'entity.too.large') {
        res.status(413).json({
          errors: [
            {
              message: `The request body is over the limit of ${MAX_BODY_BYTES / 1024 / 1024} MiB.`,
              extensions: { code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' },
            },
          ],
        });
        return;
      }
      if (err.type === 'entity.parse.failed') {
        res.status(400).json({
          errors: [
            {
              message: 'The request body is not valid JSON.',
              extensions: { code: 'BAD_USER_INPUT', reason: 'MALFORMED_JSON' },
            },
          ],
        });
        return;
      }
      console.error('[http] unexpected error', err);
      res.status(err.status ?? 500).json({
        errors: [
          { message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ],
      });
    },
  );

  await new Promise<void>((resolve) => httpServer.listen(listen.port, listen.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: async () => {
      await apollo.stop();
      await buckets.close();
    },
  };
}

function exchangeOf(req: Request, res: Response, secure: boolean): HttpExchange {
  return {
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    trustedDocument: trustedDocumentOf(req),
    userAgent: req.headers['user-agent'] ?? null,
    setSessionCookie: (token, expiresAt) =>
      res.append('Set-Cookie', sessionCookie(SESSION_COOKIE, token, expiresAt, secure)),
    clearSessionCookie: () => res.append('Set-Cookie', clearedCookie(SESSION_COOKIE, secure)),
    signedInUserId: null,
  };
}

/** Serves the built SPA; unknown GET paths that want HTML get index.html (client-side routes). */
function serveSpa(app: express.Express, distDir: string | null): void {
  if (!distDir || !existsSync(path.join(distDir, 'index.html'))) {
    app.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send(
          'The web app is not built: run `pnpm build` (or `pnpm start`). The GraphQL API is at /graphql.',
        );
    });
    return;
  }
  // Hashed assets never change; index.html always revalidates so a deploy reaches every user.
  app.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|documents|healthz).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(distDir, 'index.html'));
  });
}
