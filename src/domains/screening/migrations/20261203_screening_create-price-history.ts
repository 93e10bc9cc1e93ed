import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// The price history behind the price-fraud check: what each listing sold at (from order.placed)
// and when its current promotion (its current was-price) began.
export const screeningCreatePriceHistory: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('scr_listing_sales')
      .addColumn('order_id', 'text', (c) => c.primaryKey())
      .addColumn('listing_id', 'text', (c) => c.notNull())
      .addColumn('unit_amount', 'bigint', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('sold_at', 'timestamptz', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('scr_listing_sales_listing_idx')
      .on('scr_listing_sales')
      .columns(['listing_id', 'sold_at'])
      .execute();
    await db.schema
      .createTable('scr_listing_promotions')
      .addColumn('listing_id', 'text', (c) => c.primaryKey())
      .addColumn('was_amount', 'bigint', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('started_at', 'timestamptz', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('scr_listing_promotions').execute();
    await db.schema.dropTable('scr_listing_sales').execute();
  },
};
