import type { ColumnType, Generated } from 'kysely';

export interface AuditEntriesTable {
  seq: Generated<number>;
  id: string;
  at: Date;
  actor: string;
  action: string;
  subject: string;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
  reason: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditTables {
  auditEntries: AuditEntriesTable;
}
