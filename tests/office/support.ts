/**
 * Helpers for the office API tests: a bot on a fixed clock with an admin
 * token, a small API client, and a hand-made set of tickets and events with
 * known times, inserted directly so every figure can be checked exactly.
 */
import { expect } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/app';
import { personByIdentity } from '../../src/store/repos/people';
import { addFollower, addTicketEvent, insertTicket } from '../../src/store/repos/tickets';
import type { Store } from '../../src/store/db';
import { sqlValue } from '../helpers/sql';

export const ADMIN = 'office-test-admin-token-0123456789';
export const HOUR = 3_600_000;
/** "Now" for the API tests: 2026-06-10 12:00 in Beijing. */
export const T0 = Date.parse('2026-06-10T12:00:00+08:00');

export interface OfficeBot extends TestBot {
  api<T = any>(url: string, token?: string | null): Promise<{ status: number; body: T }>;
  /** Simulator person name → people.id */
  pid(name: string): Promise<number>;
}

export async function startOfficeBot(now = T0): Promise<OfficeBot> {
  const t = await startTestBot({
    env: { GRIDBOT_ADMIN_TOKEN: ADMIN },
    gridbot: { now: () => new Date(now) },
  });
  return Object.assign(t, {
    async api(url: string, token: string | null = ADMIN) {
      const res = await t.bot.app.inject({ method: 'GET', url, headers: token === null ? {} : { authorization: `Bearer ${token}` } });
      return { status: res.statusCode, body: res.json() };
    },
    async pid(name: string) {
      const person = await t.personNamed(name);
      return (await personByIdentity(t.bot.store.db, 'simulator', person.id))!.id;
    },
  });
}

interface TicketSpec {
  grid: number | null;
  building: string | null;
  category: string;
  urgency?: 'emergency' | 'urgent' | 'normal';
  status: 'open' | 'claimed' | 'resolved' | 'rejected';
  text: string;
  /** Hours before T0. */
  createdAgoH: number;
  /** Hours after creation. */
  claimAfterH?: number;
  resolveAfterH?: number;
  reporter: number;
  assignee?: number;
  /** [person, rating] in the order given. */
  ratings?: [number, string][];
  followers?: number[];
}

/** Inserts a ticket with its history; returns its id. */
export async function put(store: Store, s: TicketSpec): Promise<number> {
  const db = store.db;
  const created = T0 - s.createdAgoH * HOUR;
  const claimed = s.claimAfterH === undefined ? null : created + s.claimAfterH * HOUR;
  const resolved = s.resolveAfterH === undefined ? null : created + s.resolveAfterH * HOUR;
  const buildingId = s.building ? await sqlValue<number>(store, 'SELECT id FROM buildings WHERE name = ?', s.building) : null;
  const row = await insertTicket(db, {
    communityId: 1,
    gridId: s.grid,
    buildingId,
    building: s.building,
    unit: null,
    room: null,
    category: s.category,
    urgency: s.urgency ?? 'normal',
    emergencyKind: null,
    status: s.status,
    summary: s.text.slice(0, 20),
    text: s.text,
    reporterId: s.reporter,
    originGroupId: null,
    assigneeId: s.assignee ?? null,
    createdAt: new Date(created),
    updatedAt: new Date(resolved ?? claimed ?? created),
    resolvedAt: resolved === null ? null : new Date(resolved),
    lastNote: null,
  });
  const ev = (type: string, at: number, actorId: number | null, from: string | null, to: string | null, note: string | null = null) =>
    addTicketEvent(db, { ticketId: row.id, type, at: new Date(at), actorId, fromStatus: from, toStatus: to, note });
  await ev('opened', created, s.reporter, null, 'open');
  for (const f of s.followers ?? []) {
    await addFollower(db, row.id, f, null, new Date(created + 60_000));
    await ev('followed', created + 60_000, f, 'open', 'open');
  }
  if (claimed !== null) await ev('claimed', claimed, s.assignee ?? null, 'open', 'claimed');
  if (resolved !== null) await ev('resolved', resolved, s.assignee ?? null, 'claimed', 'resolved', '已处理');
  if (s.status === 'rejected') await ev('rejected', created + 2 * HOUR, s.assignee ?? null, 'claimed', 'rejected', '非本网格事务');
  for (const [i, [who, rating]] of (s.ratings ?? []).entries()) {
    await ev('rated', (resolved ?? created) + (i + 1) * HOUR, who, 'resolved', 'resolved', rating);
  }
  return row.id;
}

/** The ids the list returned, in order. */
export function idsOf(body: { items: { id: number }[] }): number[] {
  expect(Array.isArray(body.items), JSON.stringify(body)).toBe(true);
  return body.items.map((i) => i.id);
}
