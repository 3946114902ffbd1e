import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { SESSION_COOKIE } from '../auth/session.service';
import { depthLimit } from '../common/depth-limit';
import { RequestContext, type HttpExchange, type PortalRuntime } from '../context';
import { buildPortalSchema } from '../schema';
import type { Services } from '../service/services';
import { clearedCookie, readCookie, sessionCookie } from './cookies';
import { documentRoutes } from './documents.routes';
import { formatError } from './format-error';

export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_QUERY_DEPTH = 12;

export interface RunningPortal {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Builds the HTTP server: `/graphql`, the SPA (with client-side routing), `/healthz`. */
export async function startHttpServer(
  runtime: PortalRuntime,
  services: Services,
  listen: { port: number; host: string },
): Promise<RunningPortal> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const schema = await buildPortalSchema(services);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    csrfPrevention: true,
    introspection: true,
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });

  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES }),
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
    },
  };
}

function exchangeOf(req: Request, res: Response, secure: boolean): HttpExchange {
  return {
    ip: req.socket.remoteAddress ?? 'unknown',
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
