import { createHash, randomBytes } from 'node:crypto';
import { appendAudit } from '../audit/audit.service.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';
import { AuthError, AuthErrorCode } from './auth.errors.js';
import { generatePassword, hashPassword, verifyPassword } from './password.js';
import { isSubjectRole, type Role, type Scope } from './roles.js';

export interface UserDto {
  id: string;
  username: string;
  role: Role;
  subjectId: string | null;
  createdAt: Date;
}

export interface ApiKeyDto {
  id: string;
  name: string;
  prefix: string;
  scopes: Scope[];
  subjectId: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function toUser(row: {
  id: string;
  username: string;
  role: string;
  subjectId: string | null;
  createdAt: Date;
}): UserDto {
  return {
    id: row.id,
    username: row.username,
    role: row.role as Role,
    subjectId: row.subjectId,
    createdAt: row.createdAt,
  };
}

function toApiKey(row: ApiKeyDto): ApiKeyDto {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    subjectId: row.subjectId,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

// A login with an unknown user still spends the time of one scrypt, so timing does not tell
// which usernames exist.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

const API_KEY_CACHE_MS = 5_000;

export interface CreateUserInput {
  username: string;
  role: Role;
  subjectId?: string | null;
  password?: string;
  actor: string;
}

/** Users, sessions and API keys. */
export class AuthService {
  readonly #keyCache = new Map<string, { key: ApiKeyDto | null; until: number }>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly sessionTtlMs: number,
  ) {}

  async createUser(input: CreateUserInput): Promise<{ user: UserDto; password: string }> {
    if (isSubjectRole(input.role) && !input.subjectId) {
      throw new AuthError(AuthErrorCode.SubjectRequired, `role ${input.role} needs the subject id it acts for`);
    }
    const password = input.password ?? generatePassword();
    const passwordHash = await hashPassword(password);
    return this.db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom('authUsers')
        .select('id')
        .where('username', '=', input.username)
        .executeTakeFirst();
      if (taken) throw new AuthError(AuthErrorCode.UsernameTaken, `username ${input.username} is taken`);
      const row = await trx
        .insertInto('authUsers')
        .values({
          id: newId('usr'),
          username: input.username,
          passwordHash,
          role: input.role,
          subjectId: isSubjectRole(input.role) ? (input.subjectId ?? null) : null,
          passwordMustChange: input.password === undefined,
          createdAt: this.clock.now(),
          disabledAt: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const user = toUser(row);
      await appendAudit(trx, this.clock, {
        actor: input.actor,
        action: 'user.created',
        subject: user.id,
        after: { username: user.username, role: user.role, subjectId: user.subjectId },
      });
      return { user, password };
    });
  }

  async countUsers(): Promise<number> {
    const row = await this.db
      .selectFrom('authUsers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async listUsers(): Promise<UserDto[]> {
    const rows = await this.db
      .selectFrom('authUsers')
      .selectAll()
      .where('disabledAt', 'is', null)
      .orderBy('createdAt')
      .execute();
    return rows.map(toUser);
  }

  async getUser(id: string): Promise<UserDto> {
    const row = await this.db
      .selectFrom('authUsers')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow(() => new AuthError(AuthErrorCode.UserNotFound, `no user ${id}`));
    return toUser(row);
  }

  async authenticate(username: string, password: string): Promise<UserDto> {
    const row = await this.db
      .selectFrom('authUsers')
      .selectAll()
      .where('username', '=', username)
      .where('disabledAt', 'is', null)
      .executeTakeFirst();
    const ok = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH);
    if (!row || !ok) throw new AuthError(AuthErrorCode.InvalidCredentials, 'wrong username or password');
    return toUser(row);
  }

  /** Starts a session and returns its token; only the token's hash is stored. */
  async createSession(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.sessionTtlMs);
    await this.db
      .insertInto('authSessions')
      .values({ id: sha256(token), userId, createdAt: now, expiresAt })
      .execute();
    return { token, expiresAt };
  }

  async resolveSession(token: string): Promise<UserDto | null> {
    const row = await this.db
      .selectFrom('authSessions')
      .innerJoin('authUsers', 'authUsers.id', 'authSessions.userId')
      .select(['authUsers.id', 'authUsers.username', 'authUsers.role', 'authUsers.subjectId', 'authUsers.createdAt'])
      .where('authSessions.id', '=', sha256(token))
      .where('authSessions.expiresAt', '>', this.clock.now())
      .where('authUsers.disabledAt', 'is', null)
      .executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async endSession(token: string): Promise<void> {
    await this.db.deleteFrom('authSessions').where('id', '=', sha256(token)).execute();
  }

  async createApiKey(input: {
    name: string;
    scopes: Scope[];
    subjectId?: string | null;
    actor: string;
  }): Promise<{ apiKey: ApiKeyDto; key: string }> {
    const secret = randomBytes(24).toString('base64url');
    const key = `xr_${secret}`;
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('authApiKeys')
        .values({
          id: newId('key'),
          name: input.name,
          keyHash: sha256(key),
          prefix: key.slice(0, 7),
          scopes: input.scopes,
          subjectId: input.subjectId ?? null,
          createdBy: input.actor,
          createdAt: this.clock.now(),
          lastUsedAt: null,
          revokedAt: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const apiKey = toApiKey(row as ApiKeyDto);
      await appendAudit(trx, this.clock, {
        actor: input.actor,
        action: 'api_key.created',
        subject: apiKey.id,
        after: { name: apiKey.name, scopes: apiKey.scopes },
      });
      return { apiKey, key };
    });
  }

  async listApiKeys(): Promise<ApiKeyDto[]> {
    const rows = await this.db.selectFrom('authApiKeys').selectAll().orderBy('createdAt', 'desc').execute();
    return rows.map((r) => toApiKey(r as ApiKeyDto));
  }

  async revokeApiKey(id: string, actor: string): Promise<ApiKeyDto> {
    const apiKey = await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('authApiKeys')
        .set({ revokedAt: this.clock.now() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow(() => new AuthError(AuthErrorCode.ApiKeyNotFound, `no API key ${id}`));
      await appendAudit(trx, this.clock, { actor, action: 'api_key.revoked', subject: id });
      return toApiKey(row as ApiKeyDto);
    });
    this.#keyCache.clear();
    return apiKey;
  }

  /**
   * Finds the live key behind a bearer token. Event intake calls this on every batch, so answers
   * are cached for a few seconds; a revocation in this process clears the cache at once.
   */
  async resolveApiKey(key: string): Promise<ApiKeyDto | null> {
    const hash = sha256(key);
    const now = Date.now();
    const cached = this.#keyCache.get(hash);
    if (cached && cached.until > now) return cached.key;
    const row = await this.db
      .selectFrom('authApiKeys')
      .selectAll()
      .where('keyHash', '=', hash)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    const found = row ? toApiKey(row as ApiKeyDto) : null;
    if (this.#keyCache.size > 10_000) this.#keyCache.clear();
    this.#keyCache.set(hash, { key: found, until: now + API_KEY_CACHE_MS });
    if (found) {
      await this.db
        .updateTable('authApiKeys')
        .set({ lastUsedAt: this.clock.now() })
        .where('id', '=', found.id)
        .execute();
    }
    return found;
  }
}

export { AuthErrorCode };
