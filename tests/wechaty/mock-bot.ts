/**
 * A real gridbot whose residents' channel is a WechatyChannel on
 * wechaty-puppet-mock: rooms and people are made with the mock's Mocker, they
 * "say" things, and what the bot says back is read from the mock rooms.
 */
import pino from 'pino';
import { WechatyBuilder, type Wechaty } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { loadConfig } from '../../src/config';
import { createGridbot, type Gridbot } from '../../src/gridbot';
import { WechatyChannel } from '../../src/bot/wechaty/channel';
import { inbox } from '../../src/store/schema';
import { tempStore } from '../helpers/app';

export const BOT_NAME = '网格小助手';
const RUNAWAY = 50;

export interface LogLine {
  msg: string;
  [key: string]: unknown;
}

export interface SaidByBot {
  text: string;
  /** Room id, or the contact id of a direct chat. */
  to: string;
}

export interface MockBot {
  bot: Gridbot;
  channel: WechatyChannel;
  wechaty: Wechaty;
  mocker: mock.Mocker;
  puppet: PuppetMock;
  /** The WeChat account the bot runs as. */
  self: mock.ContactMock;
  /** Every structured log line the app wrote. */
  logs: LogLine[];
  /** What the scan handler printed for the operator. */
  qrOutput: string[];
  /** Messages the bot sent, in order (rooms and direct chats). */
  said: SaidByBot[];
  room(id: string, topic: string, members: mock.ContactMock[]): mock.RoomMock;
  contact(name: string): mock.ContactMock;
  /** The bot's texts in one room (or direct chat with a contact id). */
  saidIn(id: string): string[];
  /** Waits until the bot has said `count` messages in `id`. */
  waitForSaid(id: string, count: number): Promise<string[]>;
  /** Waits until `pred` holds for a 'message' log line (one per inbound message handled). */
  waitForLog(pred: (line: LogLine) => boolean): Promise<LogLine>;
  inboxRows(): Promise<(typeof inbox.$inferSelect)[]>;
  stop(): Promise<void>;
}

/** Polls `fn` until it returns something truthy; fails with `what` after `timeoutMs`. */
export async function until<T>(
  what: string,
  fn: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function startMockBot(opts: { login?: boolean } = {}): Promise<MockBot> {
  const db = await tempStore();
  const logs: LogLine[] = [];
  // Captured logs are how the tests see what became of each delivered message.
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });

  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const wechaty = WechatyBuilder.build({ puppet });
  // The mock emits errors (e.g. avatar lookups) that would otherwise fail the run.
  wechaty.on('error', () => {});

  const qrOutput: string[] = [];
  const channel = new WechatyChannel({
    wechaty,
    botName: BOT_NAME,
    minGapMs: 0,
    logger,
    qrOutput: { write: (s: string) => qrOutput.push(s) },
  });
  const bot = await createGridbot({
    config: loadConfig({
      GRIDBOT_DB: db.path,
      LOG_LEVEL: 'silent',
      GRIDBOT_SEND_JITTER_MS: '0',
      GRIDBOT_BOT_NAME: BOT_NAME,
    }),
    logger,
    residentChannel: channel,
  });
  await bot.start();

  const self = mocker.createContact({ name: BOT_NAME });
  const said: SaidByBot[] = [];
  const record = (m: mock.MessageMock) => {
    const p = m.payload;
    if (p.talkerId !== self.id) return;
    // A bot answering its own echoes talks forever, without yielding to timers, so
    // no timeout would fire: fail the send instead (this runs inside the mock's send).
    if (said.length >= RUNAWAY) throw new Error(`runaway: the bot said more than ${RUNAWAY} messages`);
    said.push({ text: p.text ?? '', to: ('roomId' in p && p.roomId) || ('listenerId' in p && p.listenerId) || '' });
  };
  // The mock turns each send into a message by the bot's contact; the talker's
  // 'message' event sees all of them, rooms and direct chats alike.
  self.on('message', record);

  if (opts.login !== false) {
    mocker.login(self);
    await until('login', () => channel.state() === 'logged_in');
  }

  const saidIn = (id: string) => said.filter((s) => s.to === id).map((s) => s.text);
  return {
    bot,
    channel,
    wechaty,
    mocker,
    puppet,
    self,
    logs,
    qrOutput,
    said,
    room: (id, topic, members) => mocker.createRoom({ id, topic, memberIdList: [self.id, ...members.map((c) => c.id)] }),
    contact: (name) => mocker.createContact({ name }),
    saidIn,
    waitForSaid: (id, count) => until(`${count} bot message(s) in ${id}`, () => saidIn(id).length >= count && saidIn(id)),
    waitForLog: (pred) => until('a matching log line', () => logs.find((l) => l.msg === 'message' && pred(l))),
    inboxRows: () => bot.store.db.select().from(inbox),
    async stop() {
      try {
        await bot.stop();
      } finally {
        db.cleanup();
      }
    },
  };
}
