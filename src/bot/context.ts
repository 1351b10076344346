import type { Store } from '../store/db';
import type { Logger } from '../logger';
import type { Channel, InboundMessage } from './channel';
import type { GroupRow } from '../store/repos/groups';
import type { PersonRow } from '../store/repos/people';
import type { BuildingRow } from '../store/repos/area';
import type { ParseResult } from '../core/parse/types';
import type { CollectionDeps } from '../services/collections/deps';
import { enqueueOutbound } from '../store/repos/outbox';
import { finishInbound } from '../store/repos/inbox';

/** What every handler may use: injected, so tests run the real thing on :memory:. */
export interface BotDeps {
  store: Store;
  logger: Logger;
  now: () => Date;
  channels: ReadonlyMap<string, Channel>;
  /** Names the bot answers to when a puppet cannot tell us it was @-mentioned. */
  botNames: string[];
  /** Wakes the outbox sender after rows were committed. */
  kickOutbox: () => void;
  /** A signed link to a ticket's page, when GRIDBOT_PUBLIC_URL is set. */
  ticketLink?: (ticketId: number) => string | null;
  /**
   * A second look at an uncertain intake parse (the optional model, when
   * OPENAI_API_KEY is set). Resolves to the rule result on any failure.
   */
  refineIntake?: (text: string, rule: ParseResult) => Promise<ParseResult>;
  /** Collections (接龙, 团购, 登记); absent in tests that build a bare chain. */
  collections?: CollectionDeps;
  /**
   * GRIDBOT_INSTANCE: this process's name, which is also the name of its
   * resident-channel account (several processes may share a PostgreSQL).
   * Absent: one process ('main').
   */
  instance?: string;
  /** The other processes' names that are running now (their accounts' groups are theirs). */
  livePeers?: () => ReadonlySet<string>;
}

export interface ReplyOptions {
  /** @-mention the sender (group messages). */
  mentionSender?: boolean;
  /** Further external ids (on this channel) to @-mention. */
  mentions?: string[];
  priority?: number;
  ref?: string;
}

/**
 * The typed context of one inbound message as it goes down the chain. Replies
 * are outbox rows: `reply()` inside `tx()` commits with the handler's change.
 */
export class BotContext {
  group: GroupRow | null = null;
  actor: PersonRow | null = null;
  building: BuildingRow | null = null;
  /** True when the message is addressed to the bot (@-mention or a direct chat). */
  addressedToBot = false;
  /** One word for the log line: what became of this message. */
  outcome = 'ignored';
  /** Work that finishes this message later, off the queue (see defer). */
  deferred: Promise<unknown> | null = null;
  private finished = false;

  constructor(
    readonly msg: InboundMessage,
    readonly inboxId: number,
    readonly receivedAt: Date,
    readonly deps: BotDeps,
  ) {}

  /**
   * Finishes this message later, without holding the queue: for slow work such
   * as asking a model, so an emergency behind this message is not kept waiting.
   * The message stays pending in the inbox until `work` is done (a crash in
   * between handles it again at the next start).
   */
  defer(work: Promise<unknown>): void {
    this.deferred = work;
  }

  get isDirect(): boolean {
    return this.msg.groupId === null;
  }

  get db() {
    return this.deps.store.db;
  }

  now(): Date {
    return this.deps.now();
  }

  async reply(text: string, opts: ReplyOptions = {}): Promise<void> {
    const mentions = [...(opts.mentionSender && !this.isDirect ? [this.msg.senderId] : []), ...(opts.mentions ?? [])];
    await enqueueOutbound(
      this.db,
      {
        channel: this.msg.channel,
        groupExternalId: this.msg.groupId,
        toExternalId: this.isDirect ? this.msg.senderId : null,
        text,
        mentions,
        priority: opts.priority,
        ref: opts.ref,
      },
      this.now(),
    );
  }

  /**
   * Runs `fn` in one transaction that also marks this message handled, so a
   * crash either keeps both the change and the mark, or neither (and the
   * message is handled again at the next start).
   */
  async tx<T>(fn: () => Promise<T>, outcome?: string): Promise<T> {
    return this.deps.store.transaction(async () => {
      const result = await fn();
      if (outcome) this.outcome = outcome;
      await this.markHandled('done');
      return result;
    });
  }

  /** Marks the inbox row handled (idempotent). */
  async markHandled(status: 'done' | 'failed'): Promise<void> {
    if (this.finished) return;
    await finishInbound(this.db, this.inboxId, status, this.outcome, this.now());
    this.finished = true;
  }

  get isFinished(): boolean {
    return this.finished;
  }
}
