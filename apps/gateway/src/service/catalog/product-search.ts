import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { engineOf } from '../../db/data-source';
import type { Product } from '../../entity';
import { escapeLike, prefixPattern } from '../support/like';

/*
 * The catalog search, in the database's full-text index (SQLite: the FTS5 table product_fts;
 * MySQL/MariaDB: the FULLTEXT index FT_product_search; both from the ProductSearchIndex
 * migrations). Every term must match (a two-word search finds products with both words): a
 * term matches a product whose sku, name or description has words starting with the term's
 * words, in order (FTS5 prefix phrase; "cup-12" matches "CUP-12"), or whose SKU starts with the
 * term. A term without letters or digits is matched as a literal substring, as before.
 *
 * MySQL/MariaDB's InnoDB FULLTEXT index leaves out words shorter than innodb_ft_min_token_size
 * (3) and its default stopwords: those words of a term are matched as substrings (LIKE), so
 * "paper 16" still finds "Paper cup 16 oz"; a term of several words ("cup-1") must also appear as
 * written (LIKE), where FTS5 asks for them next to each other.
 */

/** At most this many search terms count (a long paste is not a reason for a slow query). */
const MAX_TERMS = 8;
/** InnoDB's innodb_ft_min_token_size default. */
const MYSQL_MIN_WORD = 3;
/** InnoDB's default full-text stopwords (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD). */
const MYSQL_STOPWORDS = new Set(
  'a about an are as at be by com de en for from how i in is it la of on or that the this to was what when where who will with und www'.split(
    ' ',
  ),
);

/** The lowercased terms of a search (empty: no search). */
export function searchTerms(search: string | null | undefined): string[] {
  return (search ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean).slice(0, MAX_TERMS);
}

function wordsOf(term: string): string[] {
  return term.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** An FTS5 prefix phrase: the words in order, the last one as a prefix ("cup 12"*). */
function ftsPhrase(words: string[]): string {
  return `"${words.join(' ').replace(/"/g, '""')}"*`;
}

function isMysqlIndexed(word: string): boolean {
  return word.length >= MYSQL_MIN_WORD && !MYSQL_STOPWORDS.has(word);
}

const MYSQL_MATCH = 'MATCH(p.sku, p.name, p.description)';

/** Narrows the query to products matching every term. */
export function filterBySearch<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, terms: string[]): void {
  const mysql = engineOf(query.connection) === 'mysql';
  if (mysql) joinSearchCandidates(query, terms);
  terms.forEach((term, i) => {
    const words = wordsOf(term);
    const skuPrefix = { [`skuPrefix${i}`]: prefixPattern(term) };
    query.andWhere(
      new Brackets((qb) => {
        qb.where(`LOWER(p.sku) LIKE :skuPrefix${i} ESCAPE '!'`, skuPrefix);
        if (words.length === 0) {
          qb.orWhere(substring(`literal${i}`), { [`literal${i}`]: `%${escapeLike(term)}%` });
        } else if (!mysql) {
          qb.orWhere(`p.id IN (SELECT rowid FROM product_fts WHERE product_fts MATCH :fts${i})`, {
            [`fts${i}`]: ftsPhrase(words),
          });
        } else {
          qb.orWhere(
            new Brackets((all) => {
              const indexed = words.filter(isMysqlIndexed);
              if (indexed.length > 0)
                all.andWhere(`${MYSQL_MATCH} AGAINST (:ft${i} IN BOOLEAN MODE)`, {
                  [`ft${i}`]: indexed.map((w) => `+${w}*`).join(' '),
                });
              // Words joined by punctuation ("cup-1") stay together, as FTS5's phrase keeps them.
              if (words.length > 1)
                all.andWhere(substring(`literal${i}`), { [`literal${i}`]: `%${escapeLike(term)}%` });
              words
                .filter((w) => !isMysqlIndexed(w))
                .forEach((word, j) =>
                  all.andWhere(substring(`short${i}_${j}`), { [`short${i}_${j}`]: `%${escapeLike(word)}%` }),
                );
            }),
          );
        }
      }),
    );
  });
}

/**
 * MySQL/MariaDB use a FULLTEXT index only for a MATCH that stands alone in a WHERE: under the OR
 * of filterBySearch they would evaluate it on every product of the catalog. So the candidates
 * come first, as one derived table joined by id: the products the index finds with every
 * indexed word of the search, and those whose SKU starts with a term (the SKU index). Every
 * product that matches the search is among them (a term is matched by its SKU prefix or by its
 * words); filterBySearch's conditions then decide exactly.
 */
function joinSearchCandidates<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, terms: string[]): void {
  const indexedTerms = terms
    .map((term, i) => ({ i, words: wordsOf(term).filter(isMysqlIndexed) }))
    .filter((t) => t.words.length > 0);
  if (indexedTerms.length === 0) return;
  const bySku = indexedTerms.map(
    ({ i }) =>
      `UNION SELECT sp${i}.id AS id FROM product sp${i} WHERE sp${i}.sku LIKE :skuPrefix${i} ESCAPE '!'`,
  );
  query
    .innerJoin(
      `(SELECT ft.id AS id FROM product ft WHERE MATCH(ft.sku, ft.name, ft.description) AGAINST (:ftCandidates IN BOOLEAN MODE) ${bySku.join(' ')})`,
      'search_candidates',
      'search_candidates.id = p.id',
    )
    .setParameter('ftCandidates', indexedTerms.flatMap((t) => t.words.map((w) => `+${w}*`)).join(' '));
}

function substring(param: string): string {
  return `(LOWER(p.sku) LIKE :${param} ESCAPE '!' OR LOWER(p.name) LIKE :${param} ESCAPE '!' OR LOWER(COALESCE(p.description, '')) LIKE :${param} ESCAPE '!')`;
}

/**
 * Best match first: the SKU equal to the search, then SKUs starting with it, then the
 * full-text score (SQLite bm25 weighting sku 10, name 5, description 1; MySQL's relevance), then
 * name and id. `descending` reverses the whole order.
 */
export function orderByRelevance(
  query: SelectQueryBuilder<Product>,
  terms: string[],
  descending: boolean,
): void {
  const [best, worst] = descending ? (['DESC', 'ASC'] as const) : (['ASC', 'DESC'] as const);
  const whole = terms.join(' ');
  query
    .setParameters({ wholeSku: whole, wholeSkuPrefix: prefixPattern(whole) })
    .orderBy(
      `CASE WHEN LOWER(p.sku) = :wholeSku THEN 0 WHEN LOWER(p.sku) LIKE :wholeSkuPrefix ESCAPE '!' THEN 1 ELSE 2 END`,
      best,
    );
  const words = terms.flatMap(wordsOf);
  if (engineOf(query.connection) === 'mysql') {
    const indexed = words.filter(isMysqlIndexed);
    if (indexed.length > 0)
      query
        .addOrderBy(`${MYSQL_MATCH} AGAINST (:ftAny IN BOOLEAN MODE)`, worst)
        .setParameter('ftAny', indexed.map((w) => `${w}*`).join(' '));
  } else if (words.length > 0) {
    query
      .leftJoin(
        '(SELECT rowid AS ftsRowid, bm25(product_fts, 10.0, 5.0, 1.0) AS ftsRank FROM product_fts WHERE product_fts MATCH :ftsAny)',
        'fr',
        'fr.ftsRowid = p.id',
      )
      .setParameter(
        'ftsAny',
        terms
          .map(wordsOf)
          .filter((w) => w.length > 0)
          .map(ftsPhrase)
          .join(' OR '),
      )
      // bm25: lower is better; products matched only by SKU prefix have none (0: after the others).
      .addOrderBy('COALESCE(fr.ftsRank, 0)', best);
  }
  query.addOrderBy('p.name', best).addOrderBy('p.id', best);
}
