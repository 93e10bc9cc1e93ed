import type { ColumnType, Generated } from 'kysely';

export interface WhEndpointsTable {
  id: string;
  url: string;
  description: Generated<string>;
  eventTypes: string[];
  secret: string;
  status: 'active' | 'disabled';
  disabledReason: string | null;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

export interface OutboxMessagesTable {
  /** The stable webhook-id: the same on every attempt and every endpoint. */
  id: string;
  type: string;
  payload: ColumnType<unknown, string, never>;
  createdAt: ColumnType<Date, Date, never>;
}

export type DeliveryStatus = 'pending' | 'succeeded' | 'failing' | 'dead';

export interface WhDeliveriesTable {
  id: string;
  messageId: string;
  endpointId: string;
  status: DeliveryStatus;
  attempts: Generated<number>;
  nextAttemptAt: Date | null;
  lockedUntil: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: ColumnType<Date, Date, never>;
  deliveredAt: Date | null;
}

export interface WhAttemptsTable {
  id: Generated<number>;
  deliveryId: string;
  attemptedAt: Date;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

export interface OutboxTables {
  whEndpoints: WhEndpointsTable;
  outboxMessages: OutboxMessagesTable;
  whDeliveries: WhDeliveriesTable;
  whAttempts: WhAttemptsTable;
}
