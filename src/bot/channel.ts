/**
 * The one shape every platform is translated into. Domain code never sees a
 * Wechaty `Message`, a WeCom XML body or a simulator request: adapters build an
 * `InboundMessage` and carry out `OutboundMessage`s.
 */
export type ChannelName = 'simulator' | 'wechaty' | 'wecom';

export interface InboundMessage {
  channel: ChannelName;
  /** Platform message id, unique within the channel (used for de-duplication). */
  messageId: string;
  /** External group id, or null for a direct (one-to-one) chat with the bot. */
  groupId: string | null;
  /** Group topic as the platform shows it (lets a re-keyed Wechaty room be re-bound). */
  groupTopic?: string | null;
  /** Sender's external id on this channel. */
  senderId: string;
  senderName: string;
  text: string;
  /** External ids of the people @-mentioned. */
  mentions: string[];
  /** True when the platform says the bot itself was mentioned (may be unreliable). */
  mentionsBot?: boolean;
  /** True when the platform says the bot itself sent it (Wechaty echoes own messages). */
  fromSelf?: boolean;
  sentAt: Date;
}

/** A card with a link (WeCom textcard); channels without cards send the text. */
export interface OutboundCard {
  title: string;
  description: string;
  url: string;
  btntxt?: string;
}

export interface OutboundMessage {
  /** External group id, or null for a direct message to `toPerson`. */
  groupId: string | null;
  /** External id of the recipient of a direct message. */
  toPerson: string | null;
  text: string;
  /** External ids to @-mention (group messages). */
  mentions: string[];
  card?: OutboundCard | null;
}

export type ChannelState = 'starting' | 'logged_in' | 'reconnecting' | 'down';

/** Raised by `send` when retrying cannot help (recipient gone, bad config...). */
export class PermanentSendError extends Error {
  constructor(message: string, readonly code?: string | number) {
    super(message);
    this.name = 'PermanentSendError';
  }
}

export interface Channel {
  readonly name: ChannelName;
  /** Minimum gap between two sends to the same group, in ms (anti-burst). */
  readonly minGapMs: number;
  /**
   * At most `max` sends to one destination in any `windowMs` (WeCom: 30 app
   * messages per member per minute; more are silently dropped by WeCom).
   */
  readonly laneLimit?: { max: number; windowMs: number };
  /**
   * False when the protocol never delivers old messages again (WeCom pushes
   * each message live and retries only for seconds). The stale-message guard,
   * which exists for puppets replaying history after a re-login, then leaves
   * its messages alone, so a server clock a few minutes off cannot silence
   * them. Unset means it may replay.
   */
  readonly replaysHistory?: boolean;
  state(): ChannelState;
  start(onMessage: (msg: InboundMessage) => Promise<void>): Promise<void>;
  /** Resolves when delivered; throws PermanentSendError or any error (transient). */
  send(msg: OutboundMessage): Promise<void>;
  stop(): Promise<void>;
}
