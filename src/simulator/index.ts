import { type Logger, pino } from 'pino';
import { type Clock, systemClock } from '../platform/clock.js';
import { AppealFiler } from './appeals/appeal-filer.js';
import { namespaceFor, Simulation } from './generator/simulation.js';
import { flaggerIdOf } from './generator/voice-actions.js';
import type { GeneratedEvent } from './ground-truth.js';
import { SimulatorSettings, type SimulatorSettingsInput } from './options.js';
import { Random } from './random.js';
import { newAppealCounters, newSendCounters, newWebhookCounters, type SimulatorStats } from './stats.js';
import { WebhookApplier } from './webhooks/webhook-applier.js';
import { WEBHOOK_PATH, WebhookReceiver } from './webhooks/webhook-receiver.js';
import type { WorldConfigInput } from './world/world-config.js';
import { fileAppeal } from './xinren/decisions-client.js';
import { EventPump } from './xinren/event-pump.js';
import { postEvents } from './xinren/events-client.js';
import { PartyKeys } from './xinren/party-keys.js';
import { registerTrustedFlagger } from './xinren/trusted-flagger.js';
import { deleteWebhookEndpoint, RegistrationError, registerWebhookEndpoint } from './xinren/webhook-endpoints.js';
import type { XinrenConnection } from './xinren/xinren-http.js';

export type { GeneratedEvent, GroundTruth, ProblemKind } from './ground-truth.js';
export type { SimulatorStats } from './stats.js';
export { formatStatusLine, formatSummary } from './stats.js';

export interface SimulatorOptions extends SimulatorSettingsInput {
  /** Size of the simulated platform (merchants, hosts, buyers …). */
  world?: WorldConfigInput;
  logger?: Logger;
  clock?: Clock;
  /** Every generated event with what the simulator knows about it (problem cases, hard negatives). */
  onGenerated?: (events: readonly GeneratedEvent[]) => void;
  /** Called when the simulator gives up sending (Xinren refused the API key). */
  onFatal?: (error: Error) => void;
}

export interface RunningSimulator {
  /** Stops generating, sends what is queued (up to 5 s), unregisters the webhook endpoint, closes the receiver. */
  stop(): Promise<void>;
  stats(): SimulatorStats;
  /** The URL registered with Xinren for webhooks. */
  webhookUrl: string;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function registerWithRetry(connection: XinrenConnection, url: string, timeoutMs: number, logger: Logger) {
  const deadline = Date.now() + timeoutMs;
  let wait = 250;
  for (;;) {
    try {
      return await registerWebhookEndpoint(connection, url);
    } catch (err) {
      if (!(err instanceof RegistrationError) || !err.retryable || Date.now() + wait > deadline) throw err;
      logger.info(
        { reason: err.message, retryInMs: wait },
        'Xinren not reachable yet; retrying the webhook registration',
      );
      await sleep(wait);
      wait = Math.min(wait * 2, 5_000);
    }
  }
}

/**
 * Starts the marketplace simulator in this process: listens for webhooks, registers that endpoint
 * with Xinren, and sends generated events at the configured rate until `stop()`.
 *
 * @example
 * const sim = await startSimulator({ url: 'http://127.0.0.1:8080', apiKey, seed: 7, rate: 50 });
 * // … later
 * await sim.stop();
 */
export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const settings = SimulatorSettings.parse(options);
  const logger = options.logger ?? pino({ level: 'info' }, pino.destination(2));
  const clock = options.clock ?? systemClock;
  const connection: XinrenConnection = { url: settings.url, apiKey: settings.apiKey };

  const simulation = new Simulation({
    seed: settings.seed,
    rate: settings.rate,
    problemShare: settings.problemShare,
    ...(settings.run ? { run: settings.run } : {}),
    ...(options.world ? { world: options.world } : {}),
  });
  const webhookCounters = newWebhookCounters();
  const sendCounters = newSendCounters();
  const appealCounters = newAppealCounters();
  const adminConnection: XinrenConnection = { url: settings.url, apiKey: settings.adminApiKey ?? settings.apiKey };
  const partyKeys = new PartyKeys(
    adminConnection,
    `marketplace simulator ${namespaceFor(settings.seed, settings.run)}`,
  );
  const partyConnection = (key: string) => ({ url: settings.url, apiKey: key });
  const appeals = new AppealFiler({
    share: settings.appealShare,
    delayMinMs: settings.appealDelayMinMs,
    delayMaxMs: settings.appealDelayMaxMs,
    rng: new Random(settings.seed).fork('appeals'),
    keyFor: (kind, id) => partyKeys.keyFor(kind, id),
    file: (key, decisionId, text) => fileAppeal(partyConnection(key), decisionId, text),
    counters: appealCounters,
    logger,
  });
  const applier = new WebhookApplier(simulation, webhookCounters, () => clock.now().getTime(), logger, {
    onDecisionMeasure: (measure) => appeals.consider(measure),
  });
  const receiver = new WebhookReceiver({
    host: settings.webhookHost,
    port: settings.webhookPort,
    counters: webhookCounters,
    apply: (type, data) => applier.apply(type, data),
    logger,
  });
  const { port } = await receiver.listen();
  const webhookUrl = settings.webhookUrl ?? `http://${settings.webhookHost}:${port}${WEBHOOK_PATH}`;

  let endpointId: string;
  try {
    const registered = await registerWithRetry(connection, webhookUrl, settings.startupTimeoutMs, logger);
    endpointId = registered.endpointId;
    receiver.setSecret(registered.secret);
  } catch (err) {
    await receiver.close();
    throw err;
  }
  logger.info({ webhookUrl, endpointId, seed: settings.seed, rate: settings.rate }, 'simulator started');
  const flaggerId = flaggerIdOf(namespaceFor(settings.seed, settings.run));
  const flagger = await registerTrustedFlagger(adminConnection, flaggerId);
  const trustedFlagger = flagger.kind === 'ok';
  if (trustedFlagger) logger.info({ reporterId: flaggerId }, 'trusted flagger registered');
  else
    logger.warn(
      { reporterId: flaggerId, reason: flagger.reason },
      'trusted flagger not registered: its reports count as ordinary ones',
    );

  const pump = new EventPump({
    source: simulation,
    post: (envelopes) => postEvents(connection, envelopes),
    clock,
    counters: sendCounters,
    logger,
    intervalMs: settings.intervalMs,
    ...(options.onGenerated ? { onGenerated: options.onGenerated } : {}),
    ...(options.onFatal ? { onFatal: options.onFatal } : {}),
  });
  pump.start();

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await pump.stop();
      await appeals.stop();
      await partyKeys.revokeAll();
      const removed = await deleteWebhookEndpoint({ ...connection, timeoutMs: 2_000 }, endpointId).catch(() => false);
      if (!removed) logger.debug({ endpointId }, 'webhook endpoint not removed');
      await receiver.close();
    })();
    return stopping;
  };

  const stats = (): SimulatorStats => {
    const world = simulation.world;
    const listings = world.listingCounts(clock.now().getTime());
    const g = simulation.stats;
    const fatal = pump.fatalError;
    return {
      events: { ...sendCounters, generated: g.generated, byType: { ...g.byType } },
      content: {
        contentEvents: g.contentEvents,
        problemEvents: g.problemEvents,
        problemsByKind: { ...g.problemsByKind },
        hardNegatives: g.hardNegatives,
      },
      webhooks: {
        ...webhookCounters,
        byType: { ...webhookCounters.byType },
        enforcementByAction: { ...webhookCounters.enforcementByAction },
        enforcementUnchanged: { ...webhookCounters.enforcementUnchanged },
        reportsDecided: { ...webhookCounters.reportsDecided },
        appealsDecided: { ...webhookCounters.appealsDecided },
      },
      reports: { trustedFlagger },
      appeals: {
        ...appealCounters,
        received: webhookCounters.appealsReceived,
        accepted: webhookCounters.appealsDecided.reversed + webhookCounters.appealsDecided.modified,
        rejected: webhookCounters.appealsDecided.upheld,
      },
      world: {
        streamsLive: world.liveSessions.size,
        streamsStarted: world.counts.streamsStarted,
        streamsFinished: world.counts.streamsFinished,
        streamsStopped: world.counts.streamsStopped,
        listingsOnSale: listings.onSale,
        listingsRemoved: listings.removed,
        listingsFlagged: world.counts.listingsFlagged,
        ordersPlaced: world.counts.ordersPlaced,
        ordersRefunded: world.counts.ordersRefunded,
        commentsPosted: world.counts.commentsPosted,
        commentsHidden: world.counts.commentsHidden,
        commentsFlagged: world.counts.commentsFlagged,
        listingsDemoted: world.counts.listingsDemoted,
        warnings: world.counts.warnings,
        depositDeducted: world.counts.depositDeducted,
        depositRefunded: world.counts.depositRefunded,
        measuresInForce: world.measuresInForce(clock.now().getTime()),
      },
      ...(fatal ? { fatalError: fatal.message } : {}),
    };
  };

  return { stop, stats, webhookUrl };
}
