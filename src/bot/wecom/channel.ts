/**
 * WeCom staff channel: inbound messages arrive through the callback endpoint
 * (recorded in the inbox, then handed to `deliver`), outbound ones go out
 * through the API client. Workers reply by direct message (message/send);
 * a staff group chat created by the app is addressed by its chatid
 * (appchat/send).
 */
import {
  PermanentSendError,
  type Channel,
  type ChannelState,
  type InboundMessage,
  type OutboundMessage,
} from '../channel';
import { WecomPermanentError, type WecomClient } from './client';
import { dedupeKey, type WecomMessage } from './xml';

/** The part of WecomClient the channel needs (lets tests substitute it). */
export type WecomSender = Pick<WecomClient, 'getToken' | 'sendText' | 'sendTextCard' | 'appchatSend' | 'webhookSend'>;

export interface WecomChannelOptions {
  client: WecomSender;
  /** Gap between two sends to the same chat; WeCom has no burst rule for app messages. */
  minGapMs?: number;
  /** Fetch a token in start() so state() reflects bad credentials early (default true). */
  probeOnStart?: boolean;
  /** Longest text per API call, in UTF-8 bytes; WeCom's limit is 2048. */
  maxTextBytes?: number;
  /** After a configuration error: wait before the first credentials probe, doubling up to max. */
  recovery?: { firstMs: number; maxMs: number };
  log?: { warn(obj: object, msg: string): void };
}

/**
 * Splits text into pieces of at most `maxBytes` UTF-8 bytes, preferring line
 * breaks, never cutting a character (or surrogate pair) in half.
 */
export function splitUtf8(text: string, maxBytes: number): string[] {
  // Below 4 bytes one code point may not fit and the loop could not advance.
  if (maxBytes < 4) throw new RangeError('maxBytes must be at least 4');
  const parts: string[] = [];
  let rest = text;
  while (Buffer.byteLength(rest) > maxBytes) {
    // Longest prefix that fits, walking whole code points.
    let end = 0;
    let bytes = 0;
    for (const ch of rest) {
      const size = Buffer.byteLength(ch);
      if (bytes + size > maxBytes) break;
      bytes += size;
      end += ch.length;
    }
    const newline = rest.lastIndexOf('\n', end - 1);
    const cut = newline > 0 ? newline : end;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(newline > 0 ? cut + 1 : cut);
  }
  if (rest !== '' || parts.length === 0) parts.push(rest);
  return parts;
}

/** The external id of the group-robot webhook as a workers' group on the wecom channel. */
export const WEBHOOK_GROUP_ID = 'webhook';

export class WecomChannel implements Channel {
  readonly name = 'wecom' as const;
  readonly minGapMs: number;
  /** WeCom drops app messages beyond 30 per member per minute: stay under it. */
  readonly laneLimit = { max: 30, windowMs: 60_000 };
  /** Callbacks are live pushes: nothing old is ever replayed. */
  readonly replaysHistory = false;
  private current: ChannelState = 'starting';
  private onMessage: ((msg: InboundMessage) => Promise<void>) | null = null;
  private readonly maxTextBytes: number;
  private readonly recovery: { firstMs: number; maxMs: number };
  private recoveryTimer: NodeJS.Timeout | null = null;
  private recoveryDelay: number;
  private stopped = false;

  constructor(private readonly opts: WecomChannelOptions) {
    this.minGapMs = opts.minGapMs ?? 0;
    this.maxTextBytes = opts.maxTextBytes ?? 2000;
    this.recovery = opts.recovery ?? { firstMs: 30_000, maxMs: 15 * 60_000 };
    this.recoveryDelay = this.recovery.firstMs;
  }

  state(): ChannelState {
    return this.current;
  }

  async start(onMessage: (msg: InboundMessage) => Promise<void>): Promise<void> {
    this.onMessage = onMessage;
    if (this.opts.probeOnStart === false) return;
    // A failed probe must not stop the app (the residents' channel still
    // works); it only shows in state() and the log.
    await this.track(this.opts.client.getToken()).catch((err: unknown) => {
      this.opts.log?.warn({ err }, 'wecom: token probe failed');
    });
  }

  /** Hands a parsed callback message to the handler. Resolves true when the handler was called. */
  async deliver(msg: WecomMessage): Promise<boolean> {
    if (!this.onMessage) throw new Error('WecomChannel.deliver before start()');
    const inbound = wecomToInbound(msg);
    if (!inbound) return false;
    await this.onMessage(inbound);
    return true;
  }

  async send(out: OutboundMessage): Promise<void> {
    const { client } = this.opts;
    let sendPart: (text: string) => Promise<unknown>;
    if (out.card && out.toPerson && out.groupId === null) {
      await this.track(client.sendTextCard(out.toPerson, out.card));
      return;
    }
    if (out.groupId === WEBHOOK_GROUP_ID) sendPart = (text) => client.webhookSend(text, out.mentions);
    else if (out.groupId !== null) sendPart = (text) => client.appchatSend(out.groupId!, text);
    else if (out.toPerson) sendPart = (text) => client.sendText(out.toPerson!, text);
    else throw new PermanentSendError('wecom: message has neither groupId nor toPerson', 'no_recipient');
    // A failure after the first piece makes the outbox resend all pieces; a
    // repeated first piece beats a reply that can never be delivered.
    for (const part of splitUtf8(out.text, this.maxTextBytes)) {
      await this.track(sendPart(part));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.onMessage = null;
    this.current = 'down';
    if (this.recoveryTimer) clearTimeout(this.recoveryTimer);
    this.recoveryTimer = null;
  }

  /** Success proves the credentials; a config error means nothing can work. */
  private async track<T>(call: Promise<T>): Promise<T> {
    try {
      const result = await call;
      this.up();
      return result;
    } catch (err) {
      if (err instanceof WecomPermanentError && err.config) this.down();
      throw err;
    }
  }

  private up(): void {
    this.current = 'logged_in';
    this.recoveryDelay = this.recovery.firstMs;
  }

  /**
   * While the channel is down the outbox holds its rows and sends nothing, so
   * no send can bring it back: without a probe a fixed secret or a newly
   * trusted IP would need a restart. Probe with a fresh token, waiting longer
   * each time the setup is still wrong.
   */
  private down(): void {
    this.current = 'down';
    if (this.recoveryTimer || this.stopped) return;
    this.recoveryTimer = setTimeout(() => {
      this.recoveryTimer = null;
      void this.probe();
    }, this.recoveryDelay);
    this.recoveryTimer.unref?.();
    this.recoveryDelay = Math.min(this.recoveryDelay * 2, this.recovery.maxMs);
  }

  private async probe(): Promise<void> {
    if (this.stopped || this.current !== 'down') return;
    try {
      await this.opts.client.getToken(true);
      // Held rows go out at the outbox's next look; if the app itself is
      // still refused (an IP not trusted yet), the first of them brings the
      // channel down again and the next probe waits longer.
      this.current = 'logged_in';
    } catch (err) {
      this.opts.log?.warn({ err }, 'wecom: still unusable; will probe again');
      this.down();
    }
  }
}

/**
 * A worker's text message as the bot sees it, or null for what is not a
 * command: events (enter_agent, menu clicks...) and non-text messages.
 * Synchronous so the callback can record it in the inbox before acking.
 */
export function wecomToInbound(msg: WecomMessage): InboundMessage | null {
  if (msg.msgType !== 'text' || msg.content === undefined) return null;
  return {
    channel: 'wecom',
    messageId: dedupeKey(msg),
    groupId: null,
    senderId: msg.fromUserName,
    senderName: msg.fromUserName,
    text: msg.content,
    mentions: [],
    sentAt: new Date(msg.createTime * 1000),
  };
}
