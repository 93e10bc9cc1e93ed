import type { ColumnType, Generated } from 'kysely';

export interface AuthUsersTable {
  id: string;
  username: string;
  passwordHash: string;
  role: string;
  subjectId: string | null;
  passwordMustChange: Generated<boolean>;
  createdAt: ColumnType<Date, Date, never>;
  disabledAt: Date | null;
}

export interface AuthSessionsTable {
  /** sha256 of the cookie token; the token itself is never stored. */
  id: string;
  userId: string;
  createdAt: ColumnType<Date, Date, never>;
  expiresAt: Date;
}

export interface AuthApiKeysTable {
  id: string;
  name: string;
  keyHash: string;
  prefix: string;
  scopes: string[];
  subjectId: string | null;
  createdBy: string | null;
  createdAt: ColumnType<Date, Date, never>;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface AuthTables {
  authUsers: AuthUsersTable;
  authSessions: AuthSessionsTable;
  authApiKeys: AuthApiKeysTable;
}
