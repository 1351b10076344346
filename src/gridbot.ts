import type { FastifyInstance } from 'fastify';
import type { Config } from './config';
import { createLogger, type Logger } from './logger';
import { openStore, type Store } from './store/db';
import { seedDemo } from './store/seed-demo';
import type { Channel } from './bot/channel';
import { OutboxSender } from './bot/outbox-sender';
import { BotRuntime } from './bot/runtime';
import { SimulatorChannel } from './bot/simulator/channel';
import type { BotDeps } from './bot/context';
import { CollectionScheduler } from './jobs/collections';
import { DEFAULT_COLLECTION_SETTINGS, type CollectionDeps } from './services/collections';
import { buildChain } from './handlers';
import { buildApp } from './http/app';
import { personByIdentity } from './store/repos/people';
import { createGroup, groupByExternal } from './store/repos/groups';
import { WecomClient } from './bot/wecom/client';
import { WecomChannel, WEBHOOK_GROUP_ID, wecomToInbound } from './bot/wecom/channel';
import { wecomCallback, type WecomCallbackOptions } from './http/wecom-callback';
import { ticketPageRoutes } from './http/routes/ticket-page';
import { createTicketLinks, linkSecret } from './services/links';
import { reportParkedSends } from './services/report-parked';
import { AnnouncementScheduler, type SchedulerTimer } from './jobs/announcements';
import { apiRoutes } from './http/routes/api';
import { consoleRoutes } from './http/console';
import { IntakeScheduler } from './jobs/intake';
import { SlaScheduler } from './jobs/sla';
import { setSla, slaRuntime } from './services/sla/runtime';
import { nextReportAt, runReportJob } from './services/sla/report-jobs';
import { syncDepartments } from './services/sla/departments';
import { planUnplannedTickets } from './services/sla/plan';
import { REPORT_KINDS } from './core/sla/period';
import { Instance } from './bot/instance';

export interface GridbotOptions {
  config: Config;
  logger?: Logger;
  store?: Store;
  now?: () => Date;
  /** Replace the residents' channel (tests pass a Wechaty channel on a mock puppet). */
  residentChannel?: Channel;
  /** Replace the announcement scheduler's timer (tests drive it with a fake clock). */
  schedulerTimer?: SchedulerTimer;
  /** Replace the triage clock's timer (digests, expiry); tests call `intake.tick()` themselves. */
  intakeTimer?: SchedulerTimer;
  /** Replace the time-limit scheduler's timer (tests drive it with a fake clock). */
  slaTimer?: SchedulerTimer;
}

export interface Gridbot {
  config: Config;
  store: Store;
  logger: Logger;
  app: FastifyInstance;
  runtime: BotRuntime;
  sender: OutboxSender;
  channels: Map<string, Channel>;
  simulator?: SimulatorChannel;
  announcements: AnnouncementScheduler;
  collections: CollectionScheduler;
  /** The triage clock: digests of unsure messages to workers, expiry after three days. */
  intake: IntakeScheduler;
  /** The time-limit tick (reminders, 催办, 督办, supervision reports). */
  sla: SlaScheduler;
  /** This process among those sharing the store: heartbeat, leadership (who runs the schedules). */
  instance: Instance;
  /** Starts channels and delivery (does not listen on HTTP). */
  start(): Promise<void>;
  /**
   * Stops taking messages, finishes what is in flight, closes the store. With
   * drainMs, sends already due are given that long to go out first (shutdown).
   */
  stop(opts?: { drainMs?: number }): Promise<void>;
  /** Waits until every accepted message is handled and every due send is done. */
  settle(): Promise<void>;
}

/** The composition root: wires real dependencies. Both main.ts and the tests use it. */
export async function createGridbot(opts: GridbotOptions): Promise<Gridbot> {
  const { config } = opts;
  const logger = opts.logger ?? createLogger(config.LOG_LEVEL);
  const now = opts.now ?? (() => new Date());
  const store = opts.store ?? (await openStore(config.GRIDBOT_DB));
  setSla(store, slaRuntime(config.sla));
  await syncDepartments(store);
  const planned = await planUnplannedTickets({ store, now });
  if (planned) logger.info({ tickets: planned }, 'open tickets without time limits got their deadlines');
  if (config.GRIDBOT_SEED_DEMO && (await seedDemo(store, now()))) logger.info('seeded the demo community 幸福里社区');

  const channels = new Map<string, Channel>();
  let simulator: SimulatorChannel | undefined;
  const residentChannel =
    opts.residentChannel ?? (await createResidentChannel(config, store, logger, now, (s) => (simulator = s)));
  channels.set(residentChannel.name, residentChannel);
  const wecom = config.wecomEnabled ? await createWecomChannel(config, store, logger) : undefined;
  if (wecom) channels.set(wecom.name, wecom);

  // Ticket pages for WeCom cards exist only where the server can be reached from outside.
  const links = config.GRIDBOT_PUBLIC_URL
    ? createTicketLinks(config.GRIDBOT_PUBLIC_URL, await linkSecret(store, config.GRIDBOT_LINK_SECRET), now)
    : undefined;
  const sender = new OutboxSender({
    store,
    channels,
    logger,
    jitterMs: config.GRIDBOT_SEND_JITTER_MS,
    now,
    instance: config.GRIDBOT_INSTANCE,
    peerChannels: () => instance.peerChannels(),
    // Runs inside start()/a send's failure path: queue the report, the sender delivers it.
    onParked: async (rows) => {
      if ((await reportParkedSends({ store, now, channels: new Set(channels.keys()) }, rows)) > 0) sender.kick();
    },
  });
  const collectionDeps: CollectionDeps = {
    store,
    now,
    channels: () => [...channels.keys()],
    settings: {
      ...DEFAULT_COLLECTION_SETTINGS,
      summaryEvery: config.GRIDBOT_COLLECTION_SUMMARY_EVERY,
      summaryAfterMs: config.GRIDBOT_COLLECTION_SUMMARY_MINUTES * 60_000,
      remindBeforeMs: config.GRIDBOT_COLLECTION_REMIND_MINUTES * 60_000,
      retentionMs: config.GRIDBOT_COLLECTION_RETENTION_DAYS * 86_400_000,
    },
    kickOutbox: () => sender.kick(),
  };
  const deps: BotDeps = {
    store,
    logger,
    now,
    channels,
    botNames: [config.GRIDBOT_BOT_NAME],
    kickOutbox: () => sender.kick(),
    ticketLink: links ? (id) => links.url(id) : undefined,
    refineIntake: await createIntakeRefiner(config, logger),
    collections: collectionDeps,
    instance: config.GRIDBOT_INSTANCE,
    livePeers: () => instance.livePeers(),
  };
  const runtime = new BotRuntime(deps, buildChain());
  const announcements = new AnnouncementScheduler({
    store,
    logger,
    now,
    channels: () => [...channels.keys()],
    graceMs: config.GRIDBOT_MISSED_GRACE,
    kickOutbox: () => sender.kick(),
    timer: opts.schedulerTimer,
  });
  // Its own timer: tests drive it by calling tick() after moving their clock.
  const collections = new CollectionScheduler({ deps: collectionDeps, logger, kickOutbox: () => sender.kick() });
  const intake = new IntakeScheduler({
    store,
    logger,
    now,
    channels: () => [...channels.keys()],
    kickOutbox: () => sender.kick(),
    timer: opts.intakeTimer,
  });
  const sla = new SlaScheduler({
    store,
    logger,
    now,
    channels: () => [...channels.keys()],
    kickOutbox: () => sender.kick(),
    timer: opts.slaTimer,
    ticketLink: links ? (id) => links.url(id) : undefined,
    // The supervision reports ride on the same tick: 周督查, 月通报, 季度排名.
    periodic: REPORT_KINDS.map((kind) => ({
      name: `report:${kind}`,
      run: () => runReportJob({ store, now, channels: new Set(channels.keys()) }, kind),
      nextAt: () => nextReportAt(kind, now()),
    })),
  });
  // The schedules run in one process at a time: the leader (always this one on SQLite).
  const schedules = [announcements, collections, intake, sla];
  const instance = new Instance({
    store,
    logger,
    name: config.GRIDBOT_INSTANCE,
    channels: [...channels.keys()],
    now,
    onLead: async () => {
      for (const s of schedules) await s.start();
    },
    onLose: async () => {
      for (const s of schedules) await s.stop();
    },
    onReleased: async (_released, parked) => {
      if (parked.length) await reportParkedSends({ store, now, channels: new Set(channels.keys()) }, parked);
      sender.kick();
    },
    onAdopted: (ids) => runtime.adopt(ids),
  });
  const app = await buildApp({
    store,
    logger,
    runtime,
    channels,
    simulator,
    instance,
    plugins: [
      { plugin: apiRoutes, options: { prefix: '/api', deps: announcements.deps, collections: collectionDeps, adminToken: config.GRIDBOT_ADMIN_TOKEN } },
      {
        plugin: consoleRoutes,
        options: {
          deps: {
            ...announcements.deps,
            adminToken: config.GRIDBOT_ADMIN_TOKEN,
            kickOutbox: () => sender.kick(),
            collections: collectionDeps,
            ticketLink: links ? (id: number) => links.url(id) : undefined,
          },
        },
      },
      ...(wecom ? [{ plugin: wecomCallback, options: wecomCallbackOptions(config, runtime) }] : []),
      ...(links ? [{ plugin: ticketPageRoutes, options: { store, links } }] : []),
    ],
  });

  let stopped = false;
  return {
    config,
    store,
    logger,
    app,
    runtime,
    sender,
    channels,
    simulator,
    announcements,
    collections,
    intake,
    sla,
    instance,
    async start() {
      await sender.start();
      for (const ch of channels.values()) {
        // Resolves once the message is recorded (not handled): a channel may then acknowledge it.
        await ch.start(async (msg) => {
          await runtime.accept(msg);
        });
      }
      await runtime.resumePending();
      // After the sender (it parks rows a crash left in flight, which the scheduler reports) and the channels.
      // The first beat takes leadership if no other process holds it, and starts the schedules.
      await instance.start();
    },
    async stop(stopOpts = {}) {
      if (stopped) return;
      stopped = true;
      // Stops the schedules if this process leads; another process takes over on its next beat.
      await instance.stop();
      await runtime.stop();
      if (stopOpts.drainMs) {
        // Replies to the last messages handled: sent now rather than at the next start.
        await sender.whenIdle(stopOpts.drainMs).catch((err) => logger.warn({ err }, 'outbox not drained before stop'));
      }
      for (const ch of channels.values()) await ch.stop().catch((err) => logger.warn({ err }, 'channel stop failed'));
      await sender.stop();
      await app.close();
      await store.close();
    },
    async settle() {
      await runtime.whenIdle();
      await sender.whenIdle();
    },
  };
}

/** The optional intake model: only with an API key, and loaded lazily so no key means no openai import. */
async function createIntakeRefiner(config: Config, logger: Logger): Promise<BotDeps['refineIntake']> {
  if (!config.OPENAI_API_KEY) return undefined;
  const { createLlmRefiner, DEFAULT_LLM_MODEL } = await import('./intake/llm');
  const { refine } = createLlmRefiner({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    logger,
  });
  logger.info({ model: config.OPENAI_MODEL ?? DEFAULT_LLM_MODEL }, 'intake model enabled for uncertain messages');
  return refine;
}

async function createResidentChannel(
  config: Config,
  store: Store,
  logger: Logger,
  now: () => Date,
  onSimulator: (s: SimulatorChannel) => void,
): Promise<Channel> {
  if (config.GRIDBOT_CHANNEL === 'wechaty') {
    // Loaded lazily: the simulator must not pay for Wechaty's start-up.
    const { WechatyChannel } = await import('./bot/wechaty/channel');
    return new WechatyChannel({
      puppet: config.WECHATY_PUPPET,
      puppetToken: config.WECHATY_PUPPET_SERVICE_TOKEN,
      botName: config.GRIDBOT_BOT_NAME,
      minGapMs: config.GRIDBOT_SEND_GAP_MS ?? 1500,
      logger,
    });
  }
  const sim = new SimulatorChannel(
    async (id) => (await personByIdentity(store.db, 'simulator', id))?.name ?? id,
    config.GRIDBOT_SEND_GAP_MS ?? 0,
    now,
    config.GRIDBOT_BOT_NAME,
    config.GRIDBOT_SIM_HISTORY,
  );
  onSimulator(sim);
  return sim;
}

/**
 * The staff channel (WeCom self-built app), enabled when all WECOM_* are set.
 * A configured staff group chat (appchat) and group robot (webhook) become
 * workers' groups on this channel, so ticket notices reach them too.
 */
async function createWecomChannel(config: Config, store: Store, logger: Logger): Promise<WecomChannel> {
  const client = new WecomClient({
    apiBase: config.WECOM_API_BASE,
    corpId: config.WECOM_CORP_ID!,
    secret: config.WECOM_SECRET!,
    agentId: config.WECOM_AGENT_ID!,
    webhookKey: config.WECOM_WEBHOOK_KEY,
  });
  const staffGroups: { externalId: string; topic: string }[] = [];
  if (config.WECOM_STAFF_CHATID) staffGroups.push({ externalId: config.WECOM_STAFF_CHATID, topic: '企业微信工作群' });
  if (config.WECOM_WEBHOOK_KEY) staffGroups.push({ externalId: WEBHOOK_GROUP_ID, topic: '企业微信群机器人' });
  for (const g of staffGroups) {
    if (!(await groupByExternal(store.db, 'wecom', g.externalId))) await createGroup(store.db, { channel: 'wecom', ...g, kind: 'workers' });
  }
  return new WecomChannel({ client, log: logger });
}

/** The callback records each worker message in the inbox (the ack waits for that write), then the runtime handles it. */
function wecomCallbackOptions(config: Config, runtime: BotRuntime): WecomCallbackOptions {
  return {
    token: config.WECOM_TOKEN!,
    encodingAESKey: config.WECOM_AES_KEY!,
    corpId: config.WECOM_CORP_ID!,
    accept: (msg) => {
      const inbound = wecomToInbound(msg);
      // Events and non-text messages need no handling: acknowledge and forget.
      if (!inbound) return 'accepted';
      return runtime.acceptGrouped(inbound).then((id) => (id === null ? 'duplicate' : 'accepted'));
    },
  };
}
