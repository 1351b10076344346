import { and, eq, inArray, sql } from 'drizzle-orm';
import { first, type Db } from '../store/db';
import { people, tickets } from '../store/schema';
import type { BuildingRow } from '../store/repos/area';
import { groupByExternal, groupsByTopic, type GroupRow } from '../store/repos/groups';
import type { PersonRow } from '../store/repos/people';
import { readCurrent, STAFF_ROLE_LIST, type Current, type CurrentCommunity, type CurrentStaff } from './current';
import type { Path, RosterIssue } from './issues';
import type { Roster, RosterBinding, RosterBuilding, RosterCommunity, RosterStaff, StaffRole } from './schema';
import * as rt from '../templates/roster';

/**
 * The diff between a validated roster and the store, as a list of changes in
 * the order they are applied. Things that already exist are named by id, new
 * ones by name (apply looks them up once created). Problems only the store can
 * reveal (open tickets, references to something removed) are errors here.
 */

/** A staff member in the file: an existing person, or one to be added. */
export type StaffRef = { id: number } | { community: string; name: string };

export type Change =
  | { kind: 'add-street'; street: string }
  | { kind: 'add-community'; community: string }
  | { kind: 'add-grid'; community: string; grid: string }
  | { kind: 'rename-grid'; community: string; gridId: number; from: string; to: string }
  | { kind: 'rename-building'; community: string; buildingId: number; from: string; to: string }
  | { kind: 'add-building'; community: string; building: string; grid: string | null; units: number | null }
  | { kind: 'move-building'; community: string; buildingId: number; building: string; from: string | null; to: string | null }
  | { kind: 'set-units'; community: string; buildingId: number; building: string; from: number | null; to: number | null }
  | { kind: 'update-staff'; community: string; personId: number; name: string; set: StaffUpdate; what: string[] }
  | { kind: 'add-staff'; community: string; staff: RosterStaff; grids: string[] }
  | { kind: 'set-staff-grids'; community: string; person: StaffRef; name: string; from: string[]; to: string[] }
  | { kind: 'create-group'; community: string; channel: string; externalId: string; topic: string; bind: RosterBinding }
  | { kind: 'bind-group'; community: string; groupId: number; topic: string; from: string; bind: RosterBinding }
  | { kind: 'reassign-tickets'; fromId: number; fromName: string; to: StaffRef; toName: string; tickets: number[]; why: ReassignReason }
  | { kind: 'deactivate-staff'; community: string; personId: number; name: string; role: string }
  | { kind: 'remove-building'; community: string; buildingId: number; building: string }
  | { kind: 'remove-grid'; community: string; gridId: number; grid: string }
  /** A group-buy lead (团购长/楼长) of a building; person null: a resident of that name is registered first. */
  | { kind: 'add-lead'; community: string; building: string; buildingId: number | null; person: { id: number } | null; name: string }
  | { kind: 'remove-lead'; community: string; building: string; buildingId: number; personId: number; name: string };

/**
 * Why an import moves someone's open tickets: they leave the roster, or they
 * stay but no longer cover the grids those tickets are in (by current name).
 */
export type ReassignReason = { kind: 'leaving' } | { kind: 'left-grid'; grids: string[] };

export interface StaffUpdate {
  name?: string;
  role?: StaffRole;
  wechatName?: string | null;
  wecomUserId?: string | null;
  phone?: string | null;
  /** Moves the person to another community of the street (by name). */
  community?: string;
  active?: true;
}

export interface Plan {
  street: string;
  changes: Change[];
  errors: RosterIssue[];
  /** Things left alone on purpose, worth telling the office. */
  notes: string[];
}

export interface PlanOptions {
  /**
   * Who takes the open tickets of staff removed by this import, and of staff
   * who stop covering a grid (those in that grid), by name or WeChat name in the file.
   */
  reassignTo?: string;
}

const OPEN_STATES = ['open', 'claimed', 'escalated', 'reopened'] as const;

// The plan's texts (change lines, notes, refusals) live in templates/roster.
export { describeChange, roleText } from '../templates/roster';

interface Ctx {
  db: Db;
  cur: Current;
  changes: Change[];
  errors: RosterIssue[];
  notes: string[];
  /** File community index → its store community, when it exists. */
  stored: Map<number, CurrentCommunity>;
  /** Per file community: file building name → store building id, when it exists. */
  buildingIds: Map<number, Map<string, number>>;
  /** Per file community: file grid name → store grid id, when it exists. */
  gridIds: Map<number, Map<string, number>>;
  /** File staff (community index, staff index) → the person it is. */
  staffMatch: Map<string, PersonRow>;
  /** Groups re-bound by this import, so removals do not count them as references. */
  rebound: Set<number>;
}

const key = (ci: number, si: number) => `${ci}:${si}`;

export async function planImport(db: Db, roster: Roster, opts: PlanOptions = {}): Promise<Plan> {
  const cur = await readCurrent(db, roster.street);
  const ctx: Ctx = {
    db,
    cur,
    changes: [],
    errors: [],
    notes: [],
    stored: new Map(),
    buildingIds: new Map(),
    gridIds: new Map(),
    staffMatch: new Map(),
    rebound: new Set(),
  };
  if (!cur.street) ctx.changes.push({ kind: 'add-street', street: roster.street });

  roster.communities.forEach((c, ci) => {
    const stored = cur.communities.find((s) => s.row.name === c.name);
    if (stored) ctx.stored.set(ci, stored);
    else ctx.changes.push({ kind: 'add-community', community: c.name });
  });
  for (const s of cur.communities) {
    if (!roster.communities.some((c) => c.name === s.row.name)) {
      ctx.notes.push(rt.communityLeftAlone(s.row.name));
    }
  }

  const removals: Change[] = [];
  roster.communities.forEach((c, ci) => planGrids(ctx, c, ci, removals));
  roster.communities.forEach((c, ci) => planBuildings(ctx, c, ci, removals));
  for (const [ci, c] of roster.communities.entries()) await planLeads(ctx, c, ci);
  const staffChanges = await planStaff(ctx, roster);
  for (const [ci, c] of roster.communities.entries()) await planGroups(ctx, c, ci);
  const leaving = staffChanges.deactivate;
  await planReassign(ctx, roster, leaving, staffChanges.leftGrids, opts.reassignTo);
  for (const p of leaving) {
    ctx.changes.push({ kind: 'deactivate-staff', community: communityName(cur, p.row.communityId), personId: p.row.id, name: p.row.name, role: p.row.role });
  }
  await checkRemovals(ctx, removals);
  // Buildings go before grids: a removed building may still point at a removed grid.
  ctx.changes.push(...removals.filter((r) => r.kind === 'remove-building'), ...removals.filter((r) => r.kind !== 'remove-building'));
  return { street: roster.street, changes: ctx.changes, errors: ctx.errors, notes: ctx.notes };
}

function communityName(cur: Current, id: number | null): string {
  return cur.communities.find((c) => c.row.id === id)?.row.name ?? '?';
}

function planGrids(ctx: Ctx, c: RosterCommunity, ci: number, removals: Change[]): void {
  const stored = ctx.stored.get(ci);
  const ids = new Map<string, number>();
  ctx.gridIds.set(ci, ids);
  const have = stored?.grids ?? [];
  const taken = new Set<number>();
  for (const g of c.grids) {
    const same = have.find((h) => h.name === g.name);
    if (same) {
      ids.set(g.name, same.id);
      taken.add(same.id);
    }
  }
  for (const g of c.grids) {
    if (ids.has(g.name)) continue;
    const old = g.was !== undefined ? have.find((h) => h.name === g.was && !taken.has(h.id)) : undefined;
    if (old) {
      ids.set(g.name, old.id);
      taken.add(old.id);
      ctx.changes.push({ kind: 'rename-grid', community: c.name, gridId: old.id, from: old.name, to: g.name });
    } else {
      ctx.changes.push({ kind: 'add-grid', community: c.name, grid: g.name });
    }
  }
  for (const h of have) if (!taken.has(h.id)) removals.push({ kind: 'remove-grid', community: c.name, gridId: h.id, grid: h.name });
}

function planBuildings(ctx: Ctx, c: RosterCommunity, ci: number, removals: Change[]): void {
  const stored = ctx.stored.get(ci);
  const ids = new Map<string, number>();
  ctx.buildingIds.set(ci, ids);
  const have = stored?.buildings ?? [];
  const gridName = (id: number | null) => (id == null ? null : (stored?.grids.find((g) => g.id === id)?.name ?? null));
  const wanted: { b: RosterBuilding; grid: string | null }[] = [
    ...c.grids.flatMap((g) => g.buildings.map((b) => ({ b, grid: g.name }))),
    ...c.buildings.map((b) => ({ b, grid: null })),
  ];
  const match = new Map<RosterBuilding, BuildingRow>();
  const taken = new Set<number>();
  for (const { b } of wanted) {
    const same = have.find((h) => h.name === b.name);
    if (same) {
      match.set(b, same);
      taken.add(same.id);
    }
  }
  for (const { b } of wanted) {
    if (match.has(b) || b.was === undefined) continue;
    const old = have.find((h) => h.name === b.was && !taken.has(h.id));
    if (old) {
      match.set(b, old);
      taken.add(old.id);
      ctx.changes.push({ kind: 'rename-building', community: c.name, buildingId: old.id, from: old.name, to: b.name });
    }
  }
  const gridIds = ctx.gridIds.get(ci)!;
  for (const { b, grid } of wanted) {
    const row = match.get(b);
    const units = b.units ?? null;
    if (!row) {
      ctx.changes.push({ kind: 'add-building', community: c.name, building: b.name, grid, units });
      continue;
    }
    ids.set(b.name, row.id);
    const targetGridId = grid == null ? null : (gridIds.get(grid) ?? -1);
    if (row.gridId !== targetGridId) {
      ctx.changes.push({ kind: 'move-building', community: c.name, buildingId: row.id, building: b.name, from: gridName(row.gridId), to: grid });
    }
    if ((row.units ?? null) !== units) {
      ctx.changes.push({ kind: 'set-units', community: c.name, buildingId: row.id, building: b.name, from: row.units ?? null, to: units });
    }
  }
  for (const h of have) {
    if (!taken.has(h.id)) removals.push({ kind: 'remove-building', community: c.name, buildingId: h.id, building: h.name });
  }
}

/**
 * Group-buy leads: a building that lists `leads` gets exactly those (by name,
 * residents of that building; a name nobody in the building has yet is
 * registered as a resident). Buildings without the list keep the leads named
 * in chat. Two residents of one building with the lead's name: refused.
 */
async function planLeads(ctx: Ctx, c: RosterCommunity, ci: number): Promise<void> {
  const ids = ctx.buildingIds.get(ci)!;
  const all = [...c.grids.flatMap((g) => g.buildings.map((b, bi) => ({ b, path: ['communities', ci, 'grids', c.grids.indexOf(g), 'buildings', bi] as Path }))),
    ...c.buildings.map((b, bi) => ({ b, path: ['communities', ci, 'buildings', bi] as Path }))];
  for (const { b, path } of all) {
    if (b.leads === undefined) continue;
    const buildingId = ids.get(b.name) ?? null;
    const now = buildingId === null ? [] : ctx.cur.leads.filter((l) => l.buildingId === buildingId);
    for (const [li, name] of b.leads.entries()) {
      if (now.some((l) => l.person.name === name)) continue;
      const residents =
        buildingId === null
          ? []
          : await ctx.db
              .select()
              .from(people)
              .where(and(eq(people.buildingId, buildingId), eq(people.role, 'resident'), eq(people.name, name), eq(people.active, true)));
      if (residents.length > 1) {
        ctx.errors.push({ path: [...path, 'leads', li], message: rt.leadAmbiguous(name, b.name, residents.length) });
        continue;
      }
      const person = residents[0] ? { id: residents[0].id } : null;
      ctx.changes.push({ kind: 'add-lead', community: c.name, building: b.name, buildingId, person, name });
    }
    for (const l of now) {
      if (!b.leads.includes(l.person.name)) {
        ctx.changes.push({ kind: 'remove-lead', community: c.name, building: b.name, buildingId: l.buildingId, personId: l.person.id, name: l.person.name });
      }
    }
  }
}

/** Grids a staff member ends up covering: those listed, plus those they lead. */
function wantedGrids(c: RosterCommunity, s: RosterStaff): string[] {
  const led = c.grids.filter((g) => g.leader === s.name).map((g) => g.name);
  const set = new Set([...s.grids, ...led]);
  return c.grids.map((g) => g.name).filter((n) => set.has(n));
}

/** Someone who stays on the roster but stops covering these grids (store ids). */
interface LeftGrids {
  row: PersonRow;
  gridIds: number[];
}

async function planStaff(ctx: Ctx, roster: Roster): Promise<{ deactivate: CurrentStaff[]; leftGrids: LeftGrids[] }> {
  const { db, cur } = ctx;
  const streetCommunityIds = new Set(cur.communities.map((c) => c.row.id));
  const inFile = new Set([...ctx.stored.values()].map((c) => c.row.id));
  const used = new Set<number>();
  const refused = new Set<string>();
  const entries = roster.communities.flatMap((c, ci) => c.staff.map((s, si) => ({ c, ci, s, si, path: ['communities', ci, 'staff', si] })));

  // 1. The WeCom user id is the one stable identity an office has for its staff.
  for (const e of entries) {
    if (e.s.wecomUserId === undefined) continue;
    const p = first(await db.select().from(people).where(eq(people.wecomUserId, e.s.wecomUserId)));
    if (!p) continue;
    if (p.communityId == null || !streetCommunityIds.has(p.communityId) || !STAFF_ROLE_LIST.includes(p.role as StaffRole)) {
      ctx.errors.push({
        path: [...e.path, 'wecomUserId'],
        message: rt.wecomUserIdTaken(e.s.wecomUserId, p.name, p.role, roster.street),
      });
      used.add(p.id);
      refused.add(key(e.ci, e.si));
      continue;
    }
    ctx.staffMatch.set(key(e.ci, e.si), p);
    used.add(p.id);
  }
  // 2. Same community, same name and role; 3. same name only, when unambiguous (a role change).
  const candidates = (ci: number, pred: (p: PersonRow) => boolean) => {
    const communityId = ctx.stored.get(ci)?.row.id;
    return cur.staff
      .map((s) => s.row)
      .filter((p) => p.communityId === communityId && !used.has(p.id) && pred(p))
      .sort((a, b) => Number(b.active) - Number(a.active) || a.id - b.id);
  };
  for (const pass of ['name+role', 'name'] as const) {
    for (const e of entries) {
      const k = key(e.ci, e.si);
      if (ctx.staffMatch.has(k) || refused.has(k) || !ctx.stored.has(e.ci)) continue;
      const found = candidates(e.ci, (p) => p.name === e.s.name && (pass === 'name' || p.role === e.s.role));
      if (pass === 'name' && found.length !== 1) continue;
      const p = found[0];
      if (!p) continue;
      ctx.staffMatch.set(key(e.ci, e.si), p);
      used.add(p.id);
    }
  }

  const gridNameOf = new Map<number, string>();
  for (const c of cur.communities) for (const g of c.grids) gridNameOf.set(g.id, g.name);
  const coverOf = new Map(cur.staff.map((s) => [s.row.id, s.gridIds]));
  const leftGrids: LeftGrids[] = [];

  // WeCom ids that change hands are cleared first at apply time, so order does not matter here.
  for (const e of entries) {
    const p = ctx.staffMatch.get(key(e.ci, e.si));
    const to = wantedGrids(e.c, e.s);
    if (!p) {
      ctx.changes.push({ kind: 'add-staff', community: e.c.name, staff: e.s, grids: to });
      continue;
    }
    const set: StaffUpdate = {};
    const what: string[] = [];
    if (p.name !== e.s.name) {
      set.name = e.s.name;
      what.push(rt.staffRenamed(e.s.name));
    }
    if (p.role !== e.s.role) {
      set.role = e.s.role;
      what.push(rt.staffRoleChanged(p.role, e.s.role));
    }
    if ((p.wechatName ?? null) !== (e.s.wechatName ?? null)) {
      set.wechatName = e.s.wechatName ?? null;
      what.push(rt.staffWechatChanged(p.wechatName, e.s.wechatName));
    }
    if ((p.wecomUserId ?? null) !== (e.s.wecomUserId ?? null)) {
      set.wecomUserId = e.s.wecomUserId ?? null;
      what.push(rt.staffWecomChanged(p.wecomUserId, e.s.wecomUserId));
    }
    if ((p.phone ?? null) !== (e.s.phone ?? null)) {
      set.phone = e.s.phone ?? null;
      what.push(rt.staffPhoneChanged(Boolean(e.s.phone)));
    }
    const storedCommunity = ctx.stored.get(e.ci);
    if (p.communityId !== storedCommunity?.row.id) {
      set.community = e.c.name;
      what.push(rt.staffMoved(communityName(cur, p.communityId), e.c.name));
    }
    if (!p.active) {
      set.active = true;
      what.push(rt.staffReactivated());
    }
    if (what.length) ctx.changes.push({ kind: 'update-staff', community: e.c.name, personId: p.id, name: p.name, set, what });
    const from = (coverOf.get(p.id) ?? []).map((id) => gridNameOf.get(id) ?? `#${id}`);
    const fromKeys = coverOf.get(p.id) ?? [];
    const toIds = to.map((n) => ctx.gridIds.get(e.ci)?.get(n) ?? -1);
    // Compared by grid id: a renamed grid is still the same grid.
    if (toIds.includes(-1) || fromKeys.join() !== [...toIds].sort((a, b) => a - b).join()) {
      ctx.changes.push({ kind: 'set-staff-grids', community: e.c.name, person: { id: p.id }, name: e.s.name, from, to });
      const lost = fromKeys.filter((id) => !toIds.includes(id));
      if (lost.length) leftGrids.push({ row: p, gridIds: lost });
    }
  }

  const deactivate = cur.staff.filter(
    (s) => s.row.active && !used.has(s.row.id) && s.row.communityId != null && inFile.has(s.row.communityId),
  );
  return { deactivate, leftGrids };
}

function bindingNow(ctx: Ctx, g: GroupRow): string {
  if (g.kind === 'unbound') return rt.UNBOUND;
  const community = ctx.cur.communities.find((c) => c.row.id === g.communityId)?.row.name ?? '';
  if (g.kind === 'workers') return rt.boundToWorkers(community);
  const b = g.buildingId != null ? ctx.cur.communities.flatMap((c) => c.buildings).find((x) => x.id === g.buildingId) : undefined;
  return b ? rt.boundToBuilding(communityName(ctx.cur, b.communityId), b.name) : rt.boundToUnknownBuilding();
}

async function planGroups(ctx: Ctx, c: RosterCommunity, ci: number): Promise<void> {
  const communityId = ctx.stored.get(ci)?.row.id;
  for (const [gi, g] of c.groups.entries()) {
    const path = ['communities', ci, 'groups', gi];
    let row: GroupRow | undefined;
    if (g.id !== undefined) {
      row = await groupByExternal(ctx.db, g.channel, g.id);
      if (!row) {
        ctx.changes.push({ kind: 'create-group', community: c.name, channel: g.channel, externalId: g.id, topic: g.topic ?? g.id, bind: g.bind });
        continue;
      }
    } else {
      const found = await groupsByTopic(ctx.db, g.channel, g.topic!);
      if (found.length !== 1) {
        ctx.errors.push({
          path: [...path, 'topic'],
          message:
            found.length === 0
              ? rt.groupNotSeen(g.topic, g.channel)
              : rt.groupTopicAmbiguous(found.length, g.topic, g.channel),
        });
        continue;
      }
      row = found[0]!;
    }
    const want = g.bind;
    const wantCommunity = want.kind === 'unbound' ? null : (communityId ?? -1);
    const wantBuilding = want.kind === 'building' ? (ctx.buildingIds.get(ci)?.get(want.building) ?? -1) : null;
    if (row.kind !== want.kind || (row.communityId ?? null) !== wantCommunity || (row.buildingId ?? null) !== wantBuilding) {
      ctx.rebound.add(row.id);
      ctx.changes.push({ kind: 'bind-group', community: c.name, groupId: row.id, topic: row.topic, from: bindingNow(ctx, row), bind: want });
    }
  }
}

/** A person's open tickets, optionally only those in some grids. */
async function openTicketsOf(db: Db, personId: number, gridIds?: number[]): Promise<{ id: number; gridId: number | null }[]> {
  const mine = and(eq(tickets.assigneeId, personId), inArray(tickets.status, [...OPEN_STATES]));
  return db
    .select({ id: tickets.id, gridId: tickets.gridId })
    .from(tickets)
    .where(gridIds ? and(mine, inArray(tickets.gridId, gridIds)) : mine)
    .orderBy(tickets.id);
}

async function planReassign(ctx: Ctx, roster: Roster, leaving: CurrentStaff[], leftGrids: LeftGrids[], reassignTo: string | undefined): Promise<void> {
  let target: { ref: StaffRef; name: string } | undefined;
  if (reassignTo !== undefined) {
    const wanted = reassignTo.replace(/^@/, '').trim();
    const found = roster.communities.flatMap((c, ci) =>
      c.staff
        .map((s, si) => ({ c, s, ci, si }))
        .filter(({ s }) => s.name === wanted || s.wechatName === wanted),
    );
    if (found.length === 1) {
      const { c, s, ci, si } = found[0]!;
      const p = ctx.staffMatch.get(key(ci, si));
      target = { ref: p ? { id: p.id } : { community: c.name, name: s.name }, name: s.name };
    } else {
      ctx.errors.push({
        path: [],
        message:
          found.length === 0
            ? rt.reassignToUnknown(reassignTo)
            : rt.reassignToAmbiguous(reassignTo, found.length),
      });
    }
  }
  for (const p of leaving) {
    const open = (await openTicketsOf(ctx.db, p.row.id)).map((t) => t.id);
    if (open.length === 0) continue;
    if (reassignTo === undefined) {
      ctx.errors.push({
        path: [],
        message: rt.leavingWithOpenTickets(p.row.name, p.row.role, communityName(ctx.cur, p.row.communityId), open),
      });
    } else if (target) {
      ctx.changes.push({ kind: 'reassign-tickets', fromId: p.row.id, fromName: p.row.name, to: target.ref, toName: target.name, tickets: open, why: { kind: 'leaving' } });
    }
  }
  // Someone who stays but hands a grid over is still active and may still act
  // on tickets assigned to them, so nothing is refused: the tickets move only
  // when the office named a taker, exactly as for leavers; otherwise a note says who keeps them.
  const gridName = new Map(ctx.cur.communities.flatMap((c) => c.grids.map((g) => [g.id, g.name] as const)));
  for (const { row, gridIds } of leftGrids) {
    const open = await openTicketsOf(ctx.db, row.id, gridIds);
    if (open.length === 0) continue;
    const ids = open.map((t) => t.id);
    const grids = gridIds.filter((g) => open.some((t) => t.gridId === g)).map((g) => gridName.get(g) ?? `#${g}`);
    if (reassignTo === undefined) {
      ctx.notes.push(rt.leftGridKeepsTickets(row.name, grids, ids));
    } else if (target && !('id' in target.ref && target.ref.id === row.id)) {
      ctx.changes.push({ kind: 'reassign-tickets', fromId: row.id, fromName: row.name, to: target.ref, toName: target.name, tickets: ids, why: { kind: 'left-grid', grids } });
    }
  }
  if (target && !ctx.changes.some((c) => c.kind === 'reassign-tickets')) ctx.notes.push(rt.reassignToNothing());
}

/** Buildings and grids are deleted only when nothing refers to them any more. */
async function checkRemovals(ctx: Ctx, removals: Change[]): Promise<void> {
  const count = (rows: { n: number }[]) => Number(first(rows)?.n ?? 0);
  for (const r of removals) {
    if (r.kind === 'remove-building') {
      const t = count(await ctx.db.select({ n: sql<number>`count(*)` }).from(tickets).where(eq(tickets.buildingId, r.buildingId)));
      const residents = count(await ctx.db.select({ n: sql<number>`count(*)` }).from(people).where(eq(people.buildingId, r.buildingId)));
      const gs = ctx.cur.groups.filter((g) => g.buildingId === r.buildingId && !ctx.rebound.has(g.id)).length;
      if (t || residents || gs) {
        ctx.errors.push({
          path: [],
          message: rt.buildingStillUsed({ building: r.building, community: r.community, tickets: t, residents, groups: gs }),
        });
      }
    } else if (r.kind === 'remove-grid') {
      const t = count(await ctx.db.select({ n: sql<number>`count(*)` }).from(tickets).where(eq(tickets.gridId, r.gridId)));
      if (t) {
        ctx.errors.push({
          path: [],
          message: rt.gridStillUsed(r.grid, r.community, t),
        });
      }
    }
  }
}

