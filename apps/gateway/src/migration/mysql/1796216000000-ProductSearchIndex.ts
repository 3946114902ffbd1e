// Written by hand (the entity declares this index with synchronize: false); do not edit once shipped.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Full-text search of products: a FULLTEXT index over (sku, name, description), for MATCH … AGAINST. */
export class ProductSearchIndex1796216000000 implements MigrationInterface {
  name = 'ProductSearchIndex1796216000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `product` ADD FULLTEXT INDEX `FT_product_search` (`sku`, `name`, `description`)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `FT_product_search` ON `product`');
  }
}
