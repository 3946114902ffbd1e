import http from 'node:http';
import mysql from 'mysql2/promise';

/**
 * The "SQL floor" of the catalog page (benchmark only, never part of the portal): how fast this
 * machine can answer the page with ONE hand-written SQL statement, JSON over plain node:http, no
 * GraphQL, no sessions, no permission checks. GET /catalog?company=<id>&sort=name|price answers:
 * the first 50 published products in name order (or list-price order), leaving out products
 * hidden when out of stock, each with id, sku, name, description, list price, minimum and
 * multiple, its category's name, its default unit (symbol and factor), its stock available
 * (on hand less reserved over all locations) and an availability status from it and the
 * product's policy; its contract price is only the company's pricelist's product-specific FIXED
 * price at quantity 0 valid today, or null (no category, percentage, formula or chained rules:
 * the portal's pricing engine does all of those); plus the count of matching products up to
 * 1,000, as the portal counts (PRODUCT_COUNT_CAP: "more than 1,000 products").
 *   DATABASE_URL=mysql://… PORT=4900 node tools/dist/bench/sql-floor.js
 */
/** The portal's catalog counts up to this many products (PRODUCT_COUNT_CAP), and so does the floor. */
const COUNT_CAP = 1000;

/** Published products the catalog shows: not those hidden while out of stock. */
const SHOWN = `p.published = 1
   AND (p.availabilityPolicy <> 'HIDE_WHEN_OUT_OF_STOCK'
        OR (SELECT COALESCE(SUM(s.onHand - s.reserved), 0) FROM stock_level s WHERE s.productId = p.id) > 0)`;

/** The page's 50 products first (in a derived table), then their category, unit, stock and price. */
export const CATALOG_SQL = `
SELECT p.id, p.sku, p.name, p.description, p.listPrice, p.minimumOrderQuantity, p.orderMultiple,
       c.name AS categoryName, u.symbol AS unitSymbol, pu.factor AS unitFactor,
       p.available,
       CASE WHEN p.available > 0 THEN 'IN_STOCK'
            WHEN p.availabilityPolicy IN ('ALLOW_BACKORDER', 'MADE_TO_ORDER') THEN 'BACKORDER'
            ELSE 'OUT_OF_STOCK' END AS availability,
       (SELECT r.fixedPrice FROM pricelist_rule r
         WHERE r.pricelistId = co.pricelistId AND r.productId = p.id AND r.scope = 'PRODUCT'
           AND r.computation = 'FIXED' AND r.minQuantity = 0
           AND (r.validFrom IS NULL OR r.validFrom <= CURRENT_DATE)
           AND (r.validTo IS NULL OR r.validTo >= CURRENT_DATE)
         ORDER BY r.createdAt DESC, r.id DESC LIMIT 1) AS contractPrice,
       total.totalCount
  FROM (SELECT p.*, (SELECT COALESCE(SUM(s.onHand - s.reserved), 0) FROM stock_level s WHERE s.productId = p.id) AS available
          FROM product p WHERE ${SHOWN} ORDER BY %ORDER% LIMIT 50) p
  JOIN company co ON co.id = ?
  LEFT JOIN category c ON c.id = p.categoryId
  JOIN product_unit pu ON pu.productId = p.id AND pu.isDefault = 1
  JOIN unit_of_measure u ON u.id = pu.unitId
  CROSS JOIN (SELECT COUNT(*) AS totalCount FROM (SELECT 1 FROM product p WHERE ${SHOWN} LIMIT ${COUNT_CAP}) shown) total
 ORDER BY %ORDER%`;

const ORDERS: Record<string, string> = { name: 'p.name, p.id', price: 'p.listPrice, p.id' };

export function startSqlFloor(databaseUrl: string, port: number): Promise<http.Server> {
  const pool = mysql.createPool({ uri: databaseUrl, connectionLimit: 10 });
  const statements = Object.fromEntries(
    Object.entries(ORDERS).map(([key, order]) => [key, CATALOG_SQL.replaceAll('%ORDER%', order)]),
  );
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://floor');
    const sql = statements[url.searchParams.get('sort') ?? 'name'];
    const company = Number(url.searchParams.get('company'));
    if (url.pathname !== '/catalog' || !sql || !Number.isInteger(company)) {
      response.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"bad request"}');
      return;
    }
    pool
      .query(sql, [company])
      .then(([rows]) => {
        const list = rows as { totalCount?: number }[];
        const body = JSON.stringify({ totalCount: list[0]?.totalCount ?? 0, products: list });
        response.writeHead(200, { 'content-type': 'application/json' }).end(body);
      })
      .catch((error: unknown) => {
        response
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: String(error) }));
      });
  });
  server.on('close', () => void pool.end());
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith('mysql:')) throw new Error('DATABASE_URL must be a mysql:// URL');
  const port = Number(process.env.PORT ?? 4900);
  void startSqlFloor(url, port).then(() => console.log(`sql floor listening on ${port}`));
}
