// Written by hand (TypeORM does not generate FTS5 tables); do not edit once shipped.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search of products: an external-content FTS5 table over product (sku, name,
 * description), rowid = product.id, kept in sync by triggers. The entity declares the search
 * index with `synchronize: false`, so the schema builder leaves it alone. A future migration
 * that rebuilds the product table (TypeORM's SQLite column changes copy it to a new table) drops
 * these triggers with it: such a migration must create them again and `rebuild` the FTS table.
 */
export class ProductSearchIndex1796216000000 implements MigrationInterface {
  name = 'ProductSearchIndex1796216000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE VIRTUAL TABLE "product_fts" USING fts5(sku, name, description, content='product', content_rowid='id')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "product_fts_insert" AFTER INSERT ON "product" BEGIN INSERT INTO product_fts(rowid, sku, name, description) VALUES (new.id, new.sku, new.name, new.description); END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "product_fts_delete" AFTER DELETE ON "product" BEGIN INSERT INTO product_fts(product_fts, rowid, sku, name, description) VALUES ('delete', old.id, old.sku, old.name, old.description); END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "product_fts_update" AFTER UPDATE OF sku, name, description ON "product" BEGIN INSERT INTO product_fts(product_fts, rowid, sku, name, description) VALUES ('delete', old.id, old.sku, old.name, old.description); INSERT INTO product_fts(rowid, sku, name, description) VALUES (new.id, new.sku, new.name, new.description); END`,
    );
    await queryRunner.query(`INSERT INTO product_fts(product_fts) VALUES ('rebuild')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "product_fts_update"`);
    await queryRunner.query(`DROP TRIGGER "product_fts_delete"`);
    await queryRunner.query(`DROP TRIGGER "product_fts_insert"`);
    await queryRunner.query(`DROP TABLE "product_fts"`);
  }
}
