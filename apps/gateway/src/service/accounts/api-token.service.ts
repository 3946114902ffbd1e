import { IsNull } from 'typeorm';
import { TOKEN_SCOPES, scopesForRole, type TokenScope } from '@portal/domain';
import type { RequestContext } from '../../context';
import { ApiToken } from '../../entity';
import { API_TOKEN_PREFIX } from '../../auth/session.service';
import { hashSecretToken, newSecretToken } from '../../auth/secret-token';
import { UserErrorCode, failWith } from '../../common/user-error';
import { addHours } from '../../common/clock';
import type { AuditService } from '../support/audit.service';
import { mutationPayload, type Payload } from '../support/mutation';

export type CreatedApiToken = Payload<{
  apiToken: ApiToken | null;
  /** The secret, shown once; only its hash is stored. */
  token: string | null;
}>;

/**
 * Personal API tokens for partner apps: each has scopes, and may do what its scopes allow of what
 * its owner's role allows at the time of each request; tokens are created and revoked only from a
 * signed-in session (token-scopes.ts refuses both to tokens).
 */
export class ApiTokenService {
  constructor(private readonly audit: AuditService) {}

  /** The active tokens of a user (the viewer's own: only the viewer type exposes this). */
  listOf(ctx: RequestContext, userId: number): Promise<ApiToken[]> {
    return ctx.db.getRepository(ApiToken).find({
      where: { userId, revokedAt: IsNull() },
      order: { id: 'DESC' },
    });
  }

  create(
    ctx: RequestContext,
    input: { name: string; expiresInDays?: number | null; scopes?: readonly TokenScope[] | null },
  ): Promise<CreatedApiToken> {
    const viewer = ctx.requireViewer();
    return mutationPayload<{ apiToken: ApiToken | null; token: string | null }>(
      { apiToken: null, token: null },
      async () => {
        const name = input.name.trim();
        if (!name || name.length > 80)
          failWith(UserErrorCode.INVALID, 'Name the token (up to 80 characters).', ['input', 'name']);
        const days = input.expiresInDays;
        if (days !== null && days !== undefined && (!Number.isInteger(days) || days < 1 || days > 730))
          failWith(UserErrorCode.INVALID, 'A token expires in 1 to 730 days.', ['input', 'expiresInDays']);
        const offered = scopesForRole(viewer.role);
        const scopes = input.scopes ? TOKEN_SCOPES.filter((s) => input.scopes?.includes(s)) : offered;
        if (scopes.length === 0)
          failWith(UserErrorCode.INVALID, 'Choose at least one scope.', ['input', 'scopes']);
        const beyondRole = scopes.filter((s) => !offered.includes(s));
        if (beyondRole.length)
          failWith(
            UserErrorCode.INVALID,
            `Your role gives nothing to ${beyondRole.join(', ')}: choose among ${offered.join(', ')}.`,
            ['input', 'scopes'],
          );
        if (viewer.authMethod === 'api-token')
          failWith(
            UserErrorCode.FORBIDDEN,
            'API tokens are created from a signed-in session, not with another token.',
          );
        const token = newSecretToken(API_TOKEN_PREFIX);
        const apiToken = await ctx.transaction(async (tx) => {
          const now = tx.now();
          const saved = await tx.db.getRepository(ApiToken).save(
            tx.db.getRepository(ApiToken).create({
              userId: viewer.userId,
              name,
              tokenHash: hashSecretToken(token, tx.config.sessionSecret),
              tokenPrefix: token.slice(0, 12),
              createdAt: now,
              lastUsedAt: null,
              expiresAt: days ? addHours(now, days * 24) : null,
              revokedAt: null,
              scopes: scopes.join(','),
            }),
          );
          await this.audit.record(tx, {
            entityType: 'ApiToken',
            entityId: saved.id,
            companyId: viewer.companyId,
            action: 'CREATED',
            changes: { name, scopes },
          });
          return saved;
        });
        return { apiToken, token };
      },
    );
  }

  revoke(ctx: RequestContext, tokenId: number | null): Promise<Payload<{ revokedId: number | null }>> {
    const viewer = ctx.requireViewer();
    return mutationPayload<{ revokedId: number | null }>({ revokedId: null }, async () => {
      const token =
        tokenId === null
          ? null
          : await ctx.db.getRepository(ApiToken).findOne({ where: { id: tokenId, userId: viewer.userId } });
      if (!token || token.revokedAt)
        failWith(UserErrorCode.NOT_FOUND, 'No such API token.', ['input', 'tokenId']);
      await ctx.transaction(async (tx) => {
        await tx.db.getRepository(ApiToken).update({ id: token.id }, { revokedAt: tx.now() });
        await this.audit.record(tx, {
          entityType: 'ApiToken',
          entityId: token.id,
          companyId: viewer.companyId,
          action: 'REVOKED',
        });
      });
      return { revokedId: token.id };
    });
  }
}
