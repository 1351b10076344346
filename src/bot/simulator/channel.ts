import { randomUUID } from 'node:crypto';
import type { Channel, ChannelState, InboundMessage, OutboundMessage } from '../channel';

export interface TranscriptEntry {
  seq: number;
  /** The sender's simulator id, or "bot". */
  from: string;
  fromName: string;
  text: string;
  mentions: string[];
  at: string;
}

const KEEP_PER_CHAT = 1000;

/**
 * The in-process channel everyone tries gridbot with: people "type" through
 * the /sim HTTP API, the bot's sends land in per-chat transcripts. Behaves like
 * a real channel: messages go through the same chain and the same outbox.
 */
export class SimulatorChannel implements Channel {
  readonly name = 'simulator' as const;
  private onMessage: ((msg: InboundMessage) => Promise<void>) | null = null;
  private readonly chats = new Map<string, TranscriptEntry[]>();
  private seq = 0;
  private running = false;

  constructor(
    /** Display name of a simulator id, for transcripts and @-mentions (looked up in the store). */
    private readonly nameOf: (externalId: string) => Promise<string>,
    readonly minGapMs = 0,
    private readonly now: () => Date = () => new Date(),
    readonly botName = '网格小助手',
    /** Messages kept per chat (the oldest are dropped): GRIDBOT_SIM_HISTORY. */
    private readonly keepPerChat = KEEP_PER_CHAT,
  ) {}

  state(): ChannelState {
    return this.running ? 'logged_in' : 'down';
  }

  async start(onMessage: (msg: InboundMessage) => Promise<void>): Promise<void> {
    this.onMessage = onMessage;
    this.running = true;
  }

  async stop(): Promise<void> {
    this.running = false;
  }

  /** A person writes in a group (groupId) or to the bot directly (groupId null). */
  async post(input: { groupId: string | null; groupTopic?: string; from: string; text: string }): Promise<string> {
    if (!this.onMessage || !this.running) throw new Error('simulator channel is not running');
    const messageId = `sim-${randomUUID()}`;
    const at = this.now();
    const fromName = await this.nameOf(input.from);
    const mentionsBot = input.text.includes(`@${this.botName}`);
    this.append(chatKey(input.groupId, input.from), { from: input.from, fromName, text: input.text, mentions: [], at });
    const msg: InboundMessage = {
      channel: 'simulator',
      messageId,
      groupId: input.groupId,
      groupTopic: input.groupTopic ?? null,
      senderId: input.from,
      senderName: fromName,
      text: input.text,
      mentions: [],
      mentionsBot,
      sentAt: at,
    };
    await this.onMessage(msg);
    return messageId;
  }

  async send(out: OutboundMessage): Promise<void> {
    if (!this.running) throw new Error('simulator channel is down');
    let prefix = '';
    if (out.groupId) for (const id of out.mentions) prefix += `@${await this.nameOf(id)} `;
    this.append(chatKey(out.groupId, out.toPerson ?? ''), {
      from: 'bot',
      fromName: this.botName,
      text: prefix + out.text,
      mentions: out.mentions,
      at: this.now(),
    });
  }

  groupTranscript(groupId: string, since = 0): TranscriptEntry[] {
    return (this.chats.get(chatKey(groupId, '')) ?? []).filter((e) => e.seq > since);
  }

  directTranscript(personId: string, since = 0): TranscriptEntry[] {
    return (this.chats.get(chatKey(null, personId)) ?? []).filter((e) => e.seq > since);
  }

  private append(key: string, e: Omit<TranscriptEntry, 'seq' | 'at'> & { at: Date }): void {
    let list = this.chats.get(key);
    if (!list) {
      list = [];
      this.chats.set(key, list);
    }
    list.push({ ...e, seq: ++this.seq, at: e.at.toISOString() });
    if (list.length > this.keepPerChat) list.splice(0, list.length - this.keepPerChat);
  }
}

function chatKey(groupId: string | null, personId: string): string {
  return groupId ? `g:${groupId}` : `d:${personId}`;
}
