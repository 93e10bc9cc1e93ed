import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { defaultPolicy } from './default-policy.js';
import type { CompiledPolicy } from './evaluate-policy.js';
import { compiledSource, ensureDefaultPolicy } from './policy.service.js';

export interface PolicySnapshot {
  active: CompiledPolicy;
  /** The shadow policy, run beside the active one and never acted on. */
  shadow: CompiledPolicy | null;
}

export interface PolicyRuntime {
  /**
   * The active and shadow policies, compiled. Asks the database at most once per `ttlMs` (one
   * small query; sources are read only when a version changes). Pass the transaction a caller is
   * in, so that on an embedded database the check runs inside it rather than waiting for it.
   */
  current(executor?: Db): Promise<PolicySnapshot>;
  /** Forget the snapshot: the next call reads the database (after a change made in this process). */
  invalidate(): void;
}

export interface PolicyRuntimeOptions {
  ttlMs?: number;
  /** Monotonic milliseconds; tests replace it. */
  now?: () => number;
}

const signature = (rows: readonly { version: number; status: string }[]) =>
  rows
    .map((r) => `${r.status}:${r.version}`)
    .sort()
    .join(',');

/** Keeps the compiled active and shadow policies of one database fresh across processes. */
export function createPolicyRuntime(db: Db, clock: Clock, options: PolicyRuntimeOptions = {}): PolicyRuntime {
  const ttlMs = options.ttlMs ?? 1_000;
  const now = options.now ?? (() => performance.now());
  let snapshot: PolicySnapshot | undefined;
  let resolved: Promise<PolicySnapshot> | undefined;
  let sig = '';
  let checkedAt = Number.NEGATIVE_INFINITY;
  let inflight: { executor: Db; promise: Promise<PolicySnapshot> } | undefined;

  async function load(executor: Db): Promise<PolicySnapshot> {
    let rows = await executor
      .selectFrom('scrPolicies')
      .select(['version', 'status'])
      .where('status', 'in', ['active', 'shadow'])
      .execute();
    if (!rows.some((r) => r.status === 'active')) {
      await ensureDefaultPolicy(executor, clock);
      rows = await executor
        .selectFrom('scrPolicies')
        .select(['version', 'status'])
        .where('status', 'in', ['active', 'shadow'])
        .execute();
    }
    const nextSig = signature(rows);
    if (snapshot && nextSig === sig) {
      checkedAt = now();
      return snapshot;
    }
    const sources = await executor
      .selectFrom('scrPolicies')
      .select(['version', 'status', 'source'])
      .where(
        'version',
        'in',
        rows.map((r) => r.version),
      )
      .execute();
    const activeRow = sources.find((r) => r.status === 'active');
    const shadowRow = sources.find((r) => r.status === 'shadow');
    const next: PolicySnapshot = {
      // Without an active row (a status change raced the read) the shipped default screens.
      active: activeRow ? compiledSource(activeRow.version, activeRow.source) : defaultPolicy(),
      shadow: shadowRow ? compiledSource(shadowRow.version, shadowRow.source) : null,
    };
    snapshot = next;
    resolved = Promise.resolve(next);
    sig = signature(sources);
    checkedAt = now();
    return next;
  }

  function refresh(executor: Db): Promise<PolicySnapshot> {
    const promise = load(executor)
      .catch((err: unknown) => {
        // A database hiccup must not stop screening: keep the last snapshot and retry later.
        if (snapshot) {
          checkedAt = now();
          return snapshot;
        }
        throw err;
      })
      .finally(() => {
        if (inflight?.promise === promise) inflight = undefined;
      });
    inflight = { executor, promise };
    return promise;
  }

  return {
    current(executor = db) {
      if (resolved && now() - checkedAt < ttlMs) return resolved;
      if (inflight) {
        if (inflight.executor === executor) return inflight.promise;
        // A refresh on another connection may be waiting for the caller's own transaction
        // (PGlite runs one at a time): answer from the last snapshot rather than wait for it.
        if (resolved) return resolved;
      }
      return refresh(executor);
    },
    invalidate() {
      checkedAt = Number.NEGATIVE_INFINITY;
    },
  };
}

const runtimes = new WeakMap<Db, PolicyRuntime>();

/**
 * The one policy runtime of a database handle in this process, shared by the routes and the
 * event handlers, so a status change made here is seen here at once.
 */
export function policyRuntimeFor(db: Db, clock: Clock): PolicyRuntime {
  let runtime = runtimes.get(db);
  if (!runtime) {
    runtime = createPolicyRuntime(db, clock);
    runtimes.set(db, runtime);
  }
  return runtime;
}
