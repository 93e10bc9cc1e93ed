import { z } from 'zod';
import { callXinren, type HttpOutcome, type XinrenConnection } from './xinren-http.js';

const Created = z.object({ apiKey: z.object({ id: z.string().min(1) }), key: z.string().min(1) });

// What a merchant's or host's own key may do: appeal (events:write, bound to the subject) and read
// its decisions.
const PARTY_SCOPES = ['events:write', 'read'] as const;

export type PartyKeyOutcome =
  | { kind: 'ok'; key: string }
  /** The admin key may not create keys: appeals cannot be filed in this run. */
  | { kind: 'refused'; reason: string }
  | { kind: 'retry'; reason: string };

/**
 * The API keys the simulated merchants and hosts call Xinren with, one per party, created on
 * first use through the admin API and cached. Xinren lets a party appeal only its own decisions,
 * so the simulator's own key cannot file appeals for them.
 */
export class PartyKeys {
  readonly #keys = new Map<string, { id: string; key: string }>();
  readonly #creating = new Map<string, Promise<PartyKeyOutcome>>();
  #refused: string | undefined;

  constructor(
    private readonly admin: XinrenConnection,
    private readonly namePrefix: string,
  ) {}

  get refusedReason(): string | undefined {
    return this.#refused;
  }

  get size(): number {
    return this.#keys.size;
  }

  keyFor(partyKind: 'merchant' | 'host', partyId: string): Promise<PartyKeyOutcome> {
    const known = this.#keys.get(partyId);
    if (known) return Promise.resolve({ kind: 'ok', key: known.key });
    if (this.#refused !== undefined) return Promise.resolve({ kind: 'refused', reason: this.#refused });
    let pending = this.#creating.get(partyId);
    if (!pending) {
      pending = this.#create(partyKind, partyId).finally(() => this.#creating.delete(partyId));
      this.#creating.set(partyId, pending);
    }
    return pending;
  }

  async #create(partyKind: 'merchant' | 'host', partyId: string): Promise<PartyKeyOutcome> {
    const outcome: HttpOutcome = await callXinren(this.admin, 'POST', '/v1/api-keys', {
      contentType: 'application/json',
      json: { name: `${this.namePrefix} ${partyKind} ${partyId}`, scopes: PARTY_SCOPES, subjectId: partyId },
    });
    switch (outcome.kind) {
      case 'ok': {
        const parsed = Created.safeParse(outcome.body);
        if (!parsed.success) return { kind: 'retry', reason: 'unexpected answer to POST /v1/api-keys' };
        this.#keys.set(partyId, { id: parsed.data.apiKey.id, key: parsed.data.key });
        return { kind: 'ok', key: parsed.data.key };
      }
      case 'unauthorized':
      case 'refused':
        this.#refused = `creating a key for ${partyKind} ${partyId} was refused (${outcome.reason}): appeals need an API key with the admin scope`;
        return { kind: 'refused', reason: this.#refused };
      case 'retry':
        return { kind: 'retry', reason: outcome.reason };
    }
  }

  /** Revokes the keys created in this run, so that they do not outlive it. */
  async revokeAll(timeoutMs = 2_000): Promise<void> {
    const keys = [...this.#keys.values()];
    this.#keys.clear();
    await Promise.all(
      keys.map((k) =>
        callXinren({ ...this.admin, timeoutMs }, 'POST', `/v1/api-keys/${encodeURIComponent(k.id)}/revoke`).catch(
          () => undefined,
        ),
      ),
    );
  }
}
