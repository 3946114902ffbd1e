import { existsSync, readFileSync } from 'node:fs';
import type { NextFunction, Request, Response } from 'express';
import type { PortalConfig } from '../config';

/** The SPA's persisted operations: sha256 hash → document text (apps/web/src/gql/persisted-documents.json). */
export type TrustedDocuments = ReadonlyMap<string, string>;

/**
 * Loads the manifest the SPA's codegen writes. Without one, no request can name a document by
 * hash; with TRUSTED_DOCUMENTS=require a missing manifest stops the start-up (browsers could
 * not run anything).
 */
export function loadTrustedDocuments(config: PortalConfig): TrustedDocuments {
  const file = config.api.trustedDocumentsManifest;
  if (!existsSync(file)) {
    if (config.api.trustedDocuments === 'require')
      throw new Error(
        `TRUSTED_DOCUMENTS=require but the manifest ${file} does not exist (TRUSTED_DOCUMENTS_MANIFEST)`,
      );
    return new Map();
  }
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error(`${file} is not a manifest of persisted documents (hash → document)`);
  const documents = new Map<string, string>();
  for (const [hash, text] of Object.entries(parsed)) {
    if (typeof text !== 'string') throw new Error(`${file}: the document of ${hash} is not a string`);
    documents.set(hash, text);
  }
  return documents;
}

const TRUSTED = Symbol('trustedDocument');
type WithTrusted = Request & { [TRUSTED]?: string };

/**
 * A POST that names a document by `extensions.persistedQuery.sha256Hash` without sending a query
 * runs the manifest's document of that hash (PERSISTED_QUERY_NOT_FOUND when there is none); the
 * request is then marked as running a trusted document. A hash sent along with a query is
 * ignored: the query is then an ordinary, untrusted one. Clients cannot register documents.
 */
export function trustedDocumentsMiddleware(documents: TrustedDocuments) {
  return (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as Record<string, unknown> | undefined;
    const extensions = body?.extensions as Record<string, unknown> | undefined;
    const persisted = extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
    if (!body || !extensions || !persisted) return next();
    delete extensions.persistedQuery;
    if (body.query === undefined || body.query === null) {
      const hash = typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : '';
      const text = documents.get(hash);
      if (text === undefined) {
        // 200, as Apollo answers it: Apollo Client's persisted-query link then sends the query itself.
        res.status(200).json({
          errors: [
            {
              message: 'No trusted document has this hash; send the query itself or a hash from the web app.',
              extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
            },
          ],
        });
        return;
      }
      body.query = text;
      (req as WithTrusted)[TRUSTED] = hash;
    }
    next();
  };
}

export function trustedDocumentOf(req: Request): string | null {
  return (req as WithTrusted)[TRUSTED] ?? null;
}
