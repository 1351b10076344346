import { hostname } from 'node:os';
import type { Logger } from '../logger';
import type { HeldLock, Store } from '../store/port';
import {
  currentLeader,
  deadInstances,
  heartbeat,
  livePeers,
  markStopped,
  registerInstance,
  releaseClaimsOf,
  setLeader,
} from '../store/repos/instances';
import type { OutboxRow } from '../store/repos/outbox';
import { adoptPendingInbound } from '../store/repos/inbox';

/** The lock whose holder runs the schedules (announcements, time limits, reports, collections). */
export const LEADER_LOCK = 'gridbot:leader';

export interface InstanceOptions {
  store: Store;
  logger: Logger;
  /** GRIDBOT_INSTANCE: this process's name, unique among processes sharing a store. */
  name: string;
  channels: string[];
  now: () => Date;
  /** Called when this process becomes the leader / stops being it. */
  onLead: () => Promise<void> | void;
  onLose: () => Promise<void> | void;
  /** Outbox rows released from dead processes: wake the sender, report the parked ones. */
  onReleased?: (released: number, parked: OutboxRow[]) => Promise<void> | void;
  /** Messages a dead process accepted and did not finish, now this process's to handle. */
  onAdopted?: (inboxIds: number[]) => void;
  /** How often to beat, look for dead peers and try for leadership (ms). */
  beatMs?: number;
  /** A peer whose heartbeat is older than this is dead (ms). */
  staleMs?: number;
}

/**
 * One gridbot process among several on a shared store: it says it is alive
 * (heartbeat), releases the claims of peers that died, and competes for
 * leadership — the one process that runs the schedules. Leadership is a lock
 * held by the store (PostgreSQL: an advisory lock on its own connection, gone
 * when the process dies); a follower tries again every beat, so leadership
 * moves within about one beat of the leader's death.
 *
 * On SQLite (one process) the lock is always granted: that process leads.
 */
export class Instance {
  private readonly o: Required<Omit<InstanceOptions, 'onReleased' | 'onAdopted'>> & Pick<InstanceOptions, 'onReleased' | 'onAdopted'>;
  private lock: HeldLock | null = null;
  private timer: NodeJS.Timeout | null = null;
  private beating: Promise<void> | null = null;
  private stopped = false;
  private peers: ReadonlySet<string> = new Set();
  private peerChannelSet: ReadonlySet<string> = new Set();

  constructor(opts: InstanceOptions) {
    this.o = { beatMs: 2_000, staleMs: 15_000, ...opts };
  }

  get name(): string {
    return this.o.name;
  }

  isLeader(): boolean {
    return this.lock !== null;
  }

  /** The channels the other running processes serve, as of the last beat. */
  peerChannels(): ReadonlySet<string> {
    return this.peerChannelSet;
  }

  /** The other processes running now, as of the last beat. */
  livePeers(): ReadonlySet<string> {
    return this.peers;
  }

  async start(): Promise<void> {
    await registerInstance(this.o.store.db, {
      name: this.o.name,
      pid: process.pid,
      host: hostname(),
      channels: this.o.channels,
      now: this.o.now(),
    });
    await this.beat();
    this.timer = setInterval(() => {
      if (this.beating) return;
      this.beating = this.beat()
        .catch((err: unknown) => this.o.logger.error({ err }, 'instance heartbeat failed'))
        .finally(() => (this.beating = null));
    }, this.o.beatMs);
    this.timer.unref();
  }

  /** The leader's name as the store knows it (for /healthz on any process). */
  async leader(): Promise<string | null> {
    return currentLeader(this.o.store.db, new Date(this.o.now().getTime() - this.o.staleMs));
  }

  private async beat(): Promise<void> {
    const { store } = this.o;
    const now = this.o.now();
    await heartbeat(store.db, this.o.name, now);
    const staleBefore = new Date(now.getTime() - this.o.staleMs);
    const live = await livePeers(store.db, this.o.name, staleBefore);
    this.peers = new Set(live.map((p) => p.name));
    this.peerChannelSet = new Set(live.flatMap((p) => p.channels));
    const dead = await deadInstances(store.db, this.o.name, staleBefore);
    if (dead.length) {
      const { released, parked, adopted } = await store.transaction(async () => ({
        ...(await releaseClaimsOf(store.db, dead)),
        adopted: await adoptPendingInbound(store.db, dead, this.o.name),
      }));
      if (released || parked.length) {
        this.o.logger.warn({ dead, released, parked: parked.length }, 'released outbox rows of stopped processes');
        await this.o.onReleased?.(released, parked);
      }
      if (adopted.length) {
        this.o.logger.warn({ dead, adopted: adopted.length }, 'handling messages a stopped process had accepted');
        this.o.onAdopted?.(adopted);
      }
    }
    if (!this.lock && !this.stopped) await this.tryLead();
  }

  private async tryLead(): Promise<void> {
    const lock = await this.o.store.tryLock(LEADER_LOCK);
    if (!lock) return;
    if (this.stopped) {
      await lock.release();
      return;
    }
    this.lock = lock;
    await setLeader(this.o.store.db, this.o.name, this.o.now());
    this.o.logger.info({ instance: this.o.name }, 'this process now leads (runs the schedules)');
    void lock.lost.then(async () => {
      if (this.lock !== lock) return;
      this.lock = null;
      this.o.logger.error({ instance: this.o.name }, 'leadership lost (store connection broke)');
      try {
        await this.o.onLose();
        await setLeader(this.o.store.db, this.o.name, null);
      } catch (err) {
        this.o.logger.error({ err }, 'stepping down failed');
      }
    });
    await this.o.onLead();
  }

  /** Stops beating and gives leadership up (another process takes it on its next beat). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.beating;
    const lock = this.lock;
    this.lock = null;
    if (lock) {
      await this.o.onLose();
      await lock.release();
    }
    await markStopped(this.o.store.db, this.o.name, this.o.now()).catch(() => undefined);
  }
}
