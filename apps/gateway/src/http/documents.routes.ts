import express, { type NextFunction, type Request, type Response } from 'express';
import { SESSION_COOKIE } from '../auth/session.service';
import { toGlobalId } from '../common/node-id';
import { RequestContext, type HttpExchange, type PortalRuntime } from '../context';
import type { Document } from '../entity';
import { MAX_UPLOAD_BYTES, UPLOAD_TYPES, fileNameOf } from '../service/documents/document.service';
import type { Services } from '../service/services';
import { readCookie } from './cookies';

/** Header an upload must carry: browsers cannot send it cross-site without a CORS preflight (CSRF). */
export const UPLOAD_HEADER = 'x-portal-upload';

/**
 * `/documents`:
 * - `GET /documents/:id` serves a document to a signed-in user (session cookie) or API token
 *   (Bearer) whose role and company may see it. Everything else (unknown or malformed id,
 *   another company's document, signed out, a role that may not see it) is the same plain 404,
 *   so the answer tells nothing about what exists.
 * - `POST /documents?kind=&title=&productId=|shipmentId=|companyId=` uploads a certificate, a product image
 *   (kind PRODUCT_IMAGE, PNG or JPEG), a shipment paper, or a company's TAX_EXEMPTION_CERTIFICATE (staff): the raw file as the body, Content-Type application/pdf, image/png or image/jpeg, at
 *   most 10 MiB, with the header `x-portal-upload: 1` (or Apollo's `apollo-require-preflight`).
 *   Answers 201 with the Document as JSON, or a JSON error `{ error: { code, message } }`.
 */
export function documentRoutes(runtime: PortalRuntime, services: Services): express.Router {
  const router = express.Router();
  const contextOf = async (req: Request): Promise<RequestContext> => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
    const viewer = await services.sessions.authenticate(runtime, {
      bearer,
      cookie: readCookie(req.headers.cookie, SESSION_COOKIE),
    });
    return new RequestContext(runtime, viewer, readOnlyExchange(req));
  };

  router.get('/documents/:id', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const ctx = await contextOf(req);
      const found = await services.documents.download(ctx, String(req.params.id));
      if (!found) {
        notFound(res);
        return;
      }
      const { document, bytes } = found;
      const etag = `"${document.sha256}"`;
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader('ETag', etag);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Vary', 'Cookie, Authorization');
      if (req.headers['if-none-match'] === etag) {
        res.status(304).end();
        return;
      }
      const name = fileNameOf(document);
      res.setHeader('Content-Type', document.contentType);
      res.setHeader(
        'Content-Disposition',
        `${document.contentType === 'application/pdf' ? 'inline' : 'attachment'}; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
      res.setHeader('Content-Length', String(bytes.length));
      res.status(200).end(bytes);
    } catch (error) {
      next(error);
    }
  });

  router.post(
    '/documents',
    (req: Request, res: Response, next: NextFunction) => {
      if (!req.headers[UPLOAD_HEADER] && !req.headers['apollo-require-preflight']) {
        fail(res, 400, 'CSRF_HEADER_MISSING', `Uploads need the header "${UPLOAD_HEADER}: 1".`);
        return;
      }
      next();
    },
    express.raw({ type: Object.keys(UPLOAD_TYPES), limit: MAX_UPLOAD_BYTES }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const ctx = await contextOf(req);
        const query = (name: string) =>
          typeof req.query[name] === 'string' ? (req.query[name] as string) : null;
        const result = await services.documents.upload(ctx, {
          kind: query('kind'),
          title: query('title'),
          productId: query('productId'),
          shipmentId: query('shipmentId'),
          companyId: query('companyId'),
          contentType: req.headers['content-type'] ?? null,
          bytes: Buffer.isBuffer(req.body) ? req.body : null,
        });
        if ('document' in result) res.status(201).json(toJson(result.document));
        else fail(res, result.status, result.code, result.message);
      } catch (error) {
        next(error);
      }
    },
    (err: Error & { type?: string }, _req: Request, res: Response, next: NextFunction) => {
      if (err.type === 'entity.too.large') {
        fail(
          res,
          413,
          'PAYLOAD_TOO_LARGE',
          `The file is over the limit of ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB.`,
        );
        return;
      }
      next(err);
    },
  );
  return router;
}

function toJson(document: Document) {
  const id = toGlobalId('Document', document.id);
  return {
    id,
    kind: document.kind,
    title: document.title,
    url: `/documents/${id}`,
    contentType: document.contentType,
    byteSize: document.byteSize,
    sha256: document.sha256,
    createdAt: document.createdAt.toISOString(),
  };
}

function notFound(res: Response): void {
  res.status(404).type('text/plain').setHeader('Cache-Control', 'no-store').send('Not found');
}

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/** Documents never set or clear cookies. */
function readOnlyExchange(req: Request): HttpExchange {
  return {
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    userAgent: req.headers['user-agent'] ?? null,
    setSessionCookie: () => undefined,
    clearSessionCookie: () => undefined,
    signedInUserId: null,
    trustedDocument: null,
  };
}
