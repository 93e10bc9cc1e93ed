import type { Logger } from 'pino';
import { composeAppealText } from '../content/appeals.js';
import type { Random } from '../random.js';
import type { AppealCounters } from '../stats.js';
import type { DecisionMeasure } from '../webhooks/webhook-applier.js';
import type { FileAppealOutcome } from '../xinren/decisions-client.js';
import type { PartyKeyOutcome } from '../xinren/party-keys.js';

export interface AppealFilerOptions {
  /** Share of decisions that the affected merchant or host appeals. */
  share: number;
  /** The party thinks it over for a uniformly drawn time in [min, max] ms before appealing. */
  delayMinMs: number;
  delayMaxMs: number;
  rng: Random;
  keyFor: (partyKind: 'merchant' | 'host', partyId: string) => Promise<PartyKeyOutcome>;
  file: (key: string, decisionId: string, text: string) => Promise<FileAppealOutcome>;
  counters: AppealCounters;
  logger: Logger;
  /** Attempts when Xinren is unreachable or busy. */
  attempts?: number;
  retryDelayMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Decides, once per decision, whether the merchant or host it concerns appeals; if so, files the
 * appeal with that party's own key after a while. The draw comes from its own seeded stream, so
 * appeals do not change the events the generator makes.
 */
export class AppealFiler {
  readonly #decided = new Set<string>();
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #inFlight = new Set<Promise<void>>();
  #stopped = false;

  constructor(private readonly options: AppealFilerOptions) {}

  consider(measure: DecisionMeasure): void {
    const { counters, rng } = this.options;
    if (this.#stopped || this.#decided.has(measure.decisionId)) return;
    this.#decided.add(measure.decisionId);
    counters.decisionsSeen++;
    if (!rng.chance(this.options.share)) return;
    counters.planned++;
    const text = composeAppealText(rng, measure.action, measure.decisionId);
    const delay = rng.int(this.options.delayMinMs, Math.max(this.options.delayMinMs, this.options.delayMaxMs));
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      const run = this.#file(measure, text).finally(() => this.#inFlight.delete(run));
      this.#inFlight.add(run);
    }, delay);
    this.#timers.add(timer);
  }

  /** Resolves when no appeal is waiting or being filed (tests). */
  async idle(): Promise<void> {
    while (this.#timers.size > 0 || this.#inFlight.size > 0) {
      await Promise.all([...this.#inFlight]);
      if (this.#timers.size > 0) await sleep(10);
    }
  }

  /** Drops the appeals not yet filed and waits for those being filed. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.options.counters.dropped += this.#timers.size;
    this.#timers.clear();
    await Promise.all([...this.#inFlight]);
  }

  async #file(measure: DecisionMeasure, text: string): Promise<void> {
    const { counters, logger } = this.options;
    const attempts = this.options.attempts ?? 3;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.#attempt(measure, text);
      if (outcome.kind === 'ok') {
        counters.filed++;
        logger.info(
          {
            appealId: outcome.appealId,
            decisionId: measure.decisionId,
            party: `${measure.partyKind}:${measure.partyId}`,
          },
          'appeal filed',
        );
        return;
      }
      if (outcome.kind === 'retry' && attempt < attempts && !this.#stopped) {
        await sleep((this.options.retryDelayMs ?? 1_000) * attempt);
        continue;
      }
      if (outcome.kind === 'no_key') {
        // Said once: every later appeal of the run meets the same refusal.
        if (counters.noCredential++ === 0) logger.warn({ reason: outcome.reason }, 'appeals cannot be filed');
        return;
      }
      if (outcome.kind === 'refused') counters.refused++;
      else counters.failed++;
      logger.info(
        { decisionId: measure.decisionId, outcome: outcome.kind, reason: outcome.reason },
        'appeal not filed',
      );
      return;
    }
  }

  async #attempt(
    measure: DecisionMeasure,
    text: string,
  ): Promise<{ kind: 'ok'; appealId: string } | { kind: 'retry' | 'refused' | 'no_key'; reason: string }> {
    const key = await this.options.keyFor(measure.partyKind, measure.partyId);
    if (key.kind === 'refused') return { kind: 'no_key', reason: key.reason };
    if (key.kind === 'retry') return key;
    const outcome = await this.options.file(key.key, measure.decisionId, text);
    switch (outcome.kind) {
      case 'ok':
        return outcome;
      case 'retry':
        return { kind: 'retry', reason: outcome.reason };
      // A second appeal of the same decision, a closed window, a decision no longer in effect, a
      // revoked key: Xinren's answer stands.
      case 'refused':
      case 'unauthorized':
        return { kind: 'refused', reason: outcome.reason };
    }
  }
}
