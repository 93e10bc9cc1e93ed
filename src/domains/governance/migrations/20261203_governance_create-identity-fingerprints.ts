import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Keyed hashes only: the table has no column that could hold a raw identifier.
export const governanceCreateIdentityFingerprints: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('gov_identity_fingerprints')
      .addColumn('subject_kind', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('identifier_kind', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull())
      .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
      .addPrimaryKeyConstraint('gov_identity_fingerprints_pk', [
        'subject_kind',
        'subject_id',
        'identifier_kind',
        'hash',
      ])
      .execute();
    // The onboarding check looks up hashes, never subjects.
    await db.schema
      .createIndex('gov_identity_fingerprints_hash_idx')
      .on('gov_identity_fingerprints')
      .columns(['identifier_kind', 'hash'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('gov_identity_fingerprints').execute();
  },
};
