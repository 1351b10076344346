/**
 * Small helpers for the ticket end-to-end tests, on top of tests/helpers/app.ts.
 *
 * The simulator numbers every transcript entry with one global sequence, so
 * "what did the bot send after my message" is `seq > mySeq` in any chat:
 * tests read exactly the replies to the step they are checking, not a
 * transcript that earlier steps already filled.
 */
import { expect } from 'vitest';
import type { TestBot, SimPerson } from '../helpers/app';
import type { TranscriptEntry } from '../../src/bot/simulator/channel';
import { eventsOf, ticketById, type TicketEventRow, type TicketRow } from '../../src/store/repos/tickets';
import { sqlValue } from '../helpers/sql';

export const WORKERS = 'sim-workers';

/** Posts in a group (or directly, with group null) and returns the sequence number of that message. */
export async function post(t: TestBot, group: string | null, who: SimPerson, text: string): Promise<number> {
  if (group) await t.say(group, who.id, text);
  else await t.dm(who.id, text);
  const entries = group ? await t.groupMessages(group) : await t.directMessages(who.id);
  const mine = entries.filter((e) => e.from === who.id && e.text === text).at(-1);
  expect(mine, `message ${text} in the transcript`).toBeDefined();
  return mine!.seq;
}

/** The bot's messages in a group after `seq`. */
export async function groupSince(t: TestBot, group: string, seq: number): Promise<TranscriptEntry[]> {
  return (await t.groupMessages(group, seq)).filter((e) => e.from === 'bot');
}

/** The bot's texts in a person's direct chat after `seq`. */
export async function directSince(t: TestBot, person: SimPerson, seq: number): Promise<string[]> {
  return (await t.directMessages(person.id, seq)).filter((e) => e.from === 'bot').map((e) => e.text);
}

/** The one bot reply in `group` after `seq` (fails when there is none or several). */
export async function onlyReply(t: TestBot, group: string | null, who: SimPerson, seq: number): Promise<string> {
  const texts = group ? (await groupSince(t, group, seq)).map((e) => e.text) : await directSince(t, who, seq);
  expect(texts, 'exactly one reply').toHaveLength(1);
  return texts[0]!;
}

/** A staff member's direct-chat command and the bot's one reply to it. */
export async function staffCommand(t: TestBot, who: SimPerson, text: string): Promise<string> {
  return onlyReply(t, null, who, await post(t, null, who, text));
}

/** The ticket number in a reply like "工单 #12（…）". */
export function ticketNo(text: string): number {
  const m = /#(\d+)/.exec(text);
  expect(m, `a ticket number in ${text}`).not.toBeNull();
  return Number(m![1]);
}

export async function ticket(t: TestBot, id: number): Promise<TicketRow> {
  const row = await ticketById(t.bot.store.db, id);
  expect(row, `ticket #${id}`).toBeDefined();
  return row!;
}

export function events(t: TestBot, id: number): Promise<TicketEventRow[]> {
  return eventsOf(t.bot.store.db, id);
}

export function ticketCount(t: TestBot): Promise<number> {
  return sqlValue<number>(t.bot.store, 'SELECT count(*) AS n FROM tickets');
}

const CAST = {
  zhang: '张丽', // grid worker, grid 1 (buildings 1–3), WeChat name 张网格
  li: '李强', // grid worker, grid 2 (buildings 4–6), WeChat name 李网格
  wang: '王建国', // grid leader of both grids
  zhao: '赵敏', // community office
  zheng: '郑海涛', // resident, building 3
  feng: '冯秀英', // resident, building 3
  ma: '马丽娟', // resident, building 4
} as const;
export type Cast = Record<keyof typeof CAST, SimPerson>;

/** The demo people the tests use, looked up once per bot. */
export async function cast(t: TestBot): Promise<Cast> {
  const found = await Promise.all(Object.entries(CAST).map(async ([k, name]) => [k, await t.personNamed(name)] as const));
  return Object.fromEntries(found) as Cast;
}

/** Opens a ticket as `who` in their building group and returns its number (from the ack). */
export async function report(t: TestBot, group: string, who: SimPerson, text: string): Promise<number> {
  const seq = await post(t, group, who, text);
  return ticketNo(await onlyReply(t, group, who, seq));
}

/** A mutable clock for startTestBot({ gridbot: { now } }). */
export function testClock(start = Date.now()) {
  let at = start;
  return {
    now: () => new Date(at),
    advance(ms: number) {
      at += ms;
    },
  };
}
