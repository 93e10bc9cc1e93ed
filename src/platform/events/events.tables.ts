import type { ColumnType, Generated } from 'kysely';

export interface EvtEventsTable {
  seq: Generated<number>;
  id: string;
  source: string;
  type: string;
  time: Date | null;
  subject: string | null;
  /** Merchant, host, buyer and reporter ids named in the data: what a portal user may read. */
  partyIds: string[];
  data: ColumnType<unknown, string, never>;
  receivedAt: ColumnType<Date, Date, never>;
  apiKeyId: string | null;
}

export interface EventsTables {
  evtEvents: EvtEventsTable;
}
