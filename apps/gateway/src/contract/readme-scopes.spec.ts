import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TOKEN_SCOPES, TokenScope, scopePermissions } from '@portal/domain';
import { describe, expect, it } from 'vitest';
import { ROOT_FIELD_SCOPES, rootFieldScopes } from '../auth/token-scopes';

const README = path.resolve(__dirname, '../../../../README.md');

interface ScopeRow {
  scope: string;
  carries: string[];
  fields: string[];
}

/** The rows of the README's "Token scopes" table. */
function documentedRows(): ScopeRow[] {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf('### Token scopes\n');
  if (start < 0) throw new Error('README has no "### Token scopes" section');
  const section = text.slice(start).split(/\n#{1,3} /)[0]!;
  const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| scope'));
  return rows.map((line) => {
    const [scope = '', carries = '', fields = ''] = line.split('|').slice(1, -1);
    const names = (cell: string) => [...cell.matchAll(/`([A-Za-z_]+)`/g)].map((m) => m[1]!);
    return {
      scope: /`([A-Z_]+)`/.exec(scope)?.[1] ?? scope.trim(),
      carries: carries.trim() === '—' ? [] : carries.split(',').map((p) => p.trim()),
      fields: names(fields),
    };
  });
}

/** Every root field, "Query.x" or "Mutation.x", that a predicate on its declared scopes selects. */
function declaredFields(select: (needs: ReturnType<typeof rootFieldScopes>) => boolean): string[] {
  return (['Query', 'Mutation'] as const)
    .flatMap((root) => Object.keys(ROOT_FIELD_SCOPES[root]).filter((f) => select(rootFieldScopes(root, f))))
    .sort();
}

const byName = (rows: ScopeRow[], scope: string): ScopeRow => {
  const row = rows.find((r) => r.scope === scope);
  if (!row) throw new Error(`README's scope table has no row for ${scope}`);
  return row;
};

describe("the README's token scope table", () => {
  const rows = documentedRows();

  it('has one row per scope, with the permissions the scope carries', () => {
    const scopeRows = rows.filter((r) => r.scope !== 'any scope' && r.scope !== 'never');
    expect(scopeRows.map((r) => r.scope).sort()).toEqual(Object.keys(TokenScope).sort());
    for (const scope of TOKEN_SCOPES) {
      const key = Object.keys(TokenScope).find((k) => TokenScope[k as keyof typeof TokenScope] === scope)!;
      const carries = byName(rows, key).carries.filter((p) => /^[A-Z_]+$/.test(p));
      expect({ scope: key, carries: carries.sort() }).toEqual({
        scope: key,
        carries: [...scopePermissions(scope)].sort(),
      });
    }
  });

  it('lists for each scope exactly the root fields it opens', () => {
    for (const scope of TOKEN_SCOPES) {
      const key = Object.keys(TokenScope).find((k) => TokenScope[k as keyof typeof TokenScope] === scope)!;
      // `node` is open to every scope; its row is "any scope".
      const declared = declaredFields(
        (needs) => Array.isArray(needs) && needs.length < TOKEN_SCOPES.length && needs.includes(scope),
      );
      expect({ scope: key, fields: [...new Set(byName(rows, key).fields)].sort() }).toEqual({
        scope: key,
        fields: declared,
      });
    }
  });

  it('lists every field no token may call, and only public fields and node under "any scope"', () => {
    expect([...new Set(byName(rows, 'never').fields)].sort()).toEqual(
      declaredFields((needs) => needs === 'never'),
    );
    const open = declaredFields(
      (needs) => needs === 'public' || (Array.isArray(needs) && needs.length === TOKEN_SCOPES.length),
    );
    expect(byName(rows, 'any scope').fields.filter((f) => !open.includes(f))).toEqual([]);
  });
});
