/**
 * A residents' channel named "simulator" that appends every delivered send to
 * a JSON-lines file (synchronously, before the send resolves), so a test can
 * count deliveries across a process that was killed and its successor.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { Channel, ChannelState, InboundMessage, OutboundMessage } from '../../src/bot/channel';

export interface Delivery {
  group: string | null;
  to: string | null;
  mentions: string[];
  text: string;
  life: string;
}

export class LoggingChannel implements Channel {
  readonly name = 'simulator' as const;
  readonly minGapMs = 0;
  private running = false;
  constructor(
    private readonly logPath: string,
    /** Which process life wrote the line. */
    private readonly life: string,
  ) {}
  state(): ChannelState {
    return this.running ? 'logged_in' : 'down';
  }
  async start(_on: (msg: InboundMessage) => Promise<void>): Promise<void> {
    this.running = true;
  }
  async stop(): Promise<void> {
    this.running = false;
  }
  async send(msg: OutboundMessage): Promise<void> {
    const d: Delivery = { group: msg.groupId, to: msg.toPerson, mentions: msg.mentions, text: msg.text, life: this.life };
    appendFileSync(this.logPath, `${JSON.stringify(d)}\n`);
  }
}

export function deliveryKey(d: { group: string | null; to: string | null; mentions: string[]; text: string }): string {
  return JSON.stringify([d.group, d.to, d.mentions, d.text]);
}

export function readDeliveries(logPath: string): Delivery[] {
  if (!existsSync(logPath)) return [];
  return readFileSync(logPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Delivery);
}
