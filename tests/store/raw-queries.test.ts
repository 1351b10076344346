import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/db';
import { freshStore } from './engines';
import {
  buildings,
  communities,
  departments,
  grids,
  groups,
  outbox,
  people,
  streets,
  ticketEvents,
  ticketFollowers,
  tickets,
} from '../../src/store/schema';
import {
  allGridRefs,
  communitiesWithBuilding,
  communitiesWithGrid,
  gridByIdOrName,
  gridsByIdOrName,
  latestRatingBy,
  latestRatings,
  listTickets,
  ticketDetail,
  ticketFollowerViews,
  ticketHistory,
  ticketStats,
  type StatsBucket,
  type TicketFilter,
} from '../../src/store/repos/ticket-queries';
import { overdueTickets, weeklyTrend } from '../../src/store/repos/console-trends';
import { overdueBeforePeriod, reportEvents, reportTickets } from '../../src/store/repos/sla-report';
import { nextRowPerLane } from '../../src/store/repos/outbox-lanes';

/**
 * The hand-written SQL of the office views, SLA report and outbox lanes, on
 * both engines: the same small data set goes into SQLite and into PGlite
 * (PostgreSQL), and every query must give the figures worked out by hand
 * below, identically (same numbers, same order, numbers not strings).
 */

const HOUR = 3_600_000;
const MIN = 60_000;
const WEEK = 7 * 24 * HOUR;
const T0 = Date.UTC(2026, 5, 1, 8); // "now"
const at = (h: number) => new Date(T0 - h * HOUR);
const ms = (h: number) => T0 - h * HOUR;

const SATISFIED = ['非常满意', '满意'];
const DISSATISFIED = ['不满意', '很不满意'];
const OVERDUE = 48 * HOUR;
const EMERGENCY_OVERDUE = 2 * HOUR;

/**
 * Linear interpolation between the sorted values, as both SQLite's
 * percentile(x, 100·p) and PostgreSQL's percentile_cont(p) define it: written
 * out here so that the expected figures are the same doubles, to the last bit.
 */
function pct(sorted: number[], p: number): number {
  const ix = p * (sorted.length - 1);
  const i = Math.floor(ix);
  return i === ix ? sorted[i]! : sorted[i]! + (sorted[i + 1]! - sorted[i]!) * (ix - i);
}

describe.each(['sqlite', 'pglite'] as const)('raw queries on %s', (engine) => {
  let store: Store;
  // Ids as the store gave them (both engines number from 1, but the tests do not rely on it).
  type Key =
    | 'c1' | 'c2' | 'g1' | 'g2' | 'g3' | 'b3' | 'wang' | 'li' | 'feng' | 'zhang' | 'zhao' | 'group' | 'dept'
    | 't1' | 't2' | 't3' | 't4' | 't5' | 't6' | 't7' | 'o1' | 'o2' | 'o3' | 'o4' | 'o5' | 'o6' | 'o7' | 'o8';
  const id = {} as Record<Key, number>;

  beforeAll(async () => {
    store = await freshStore(engine);
    const { db } = store;
    const one = async <T extends { id: number }>(rows: Promise<T[]>) => (await rows)[0]!.id;

    const street = await one(db.insert(streets).values({ name: '东湖街道' }).returning({ id: streets.id }));
    id.c1 = await one(db.insert(communities).values({ streetId: street, name: '东湖社区' }).returning({ id: communities.id }));
    id.c2 = await one(db.insert(communities).values({ streetId: street, name: '西山社区' }).returning({ id: communities.id }));
    id.g1 = await one(db.insert(grids).values({ communityId: id.c1, name: '第一网格' }).returning({ id: grids.id }));
    id.g2 = await one(db.insert(grids).values({ communityId: id.c1, name: '第二网格' }).returning({ id: grids.id }));
    // The same grid name in another community.
    id.g3 = await one(db.insert(grids).values({ communityId: id.c2, name: '第一网格' }).returning({ id: grids.id }));
    id.b3 = await one(db.insert(buildings).values({ communityId: id.c1, gridId: id.g1, name: '3' }).returning({ id: buildings.id }));
    await db.insert(buildings).values({ communityId: id.c1, gridId: id.g2, name: '5' });
    await db.insert(buildings).values({ communityId: id.c2, gridId: id.g3, name: '3' });

    const person = (name: string, role: 'resident' | 'grid_worker') =>
      one(db.insert(people).values({ name, role, communityId: id.c1, createdAt: at(1000) }).returning({ id: people.id }));
    id.wang = await person('王芳', 'resident');
    id.li = await person('李强', 'resident');
    id.feng = await person('冯秀英', 'resident');
    id.zhang = await person('张丽', 'grid_worker');
    id.zhao = await person('赵敏', 'grid_worker');
    id.group = await one(
      db.insert(groups).values({ channel: 'sim', externalId: 'sim-b3', topic: '东湖3号楼业主群', kind: 'building', buildingId: id.b3, communityId: id.c1 }).returning({ id: groups.id }),
    );
    id.dept = await one(db.insert(departments).values({ name: '物业服务中心' }).returning({ id: departments.id }));

    const ticket = (v: Partial<typeof tickets.$inferInsert> & { createdH: number; summary: string; category: string }) =>
      one(
        db
          .insert(tickets)
          .values({
            urgency: 'normal',
            status: 'open',
            text: v.summary,
            reporterId: id.wang,
            createdAt: at(v.createdH),
            updatedAt: at(v.createdH),
            ...v,
          })
          .returning({ id: tickets.id }),
      );
    // #1 g1 lift: claimed after 2 h, transferred (a second claim), resolved after 10 h.
    id.t1 = await ticket({
      createdH: 100, summary: '3号楼电梯坏了', text: '3号楼电梯坏了，有事打我电话13812345678', searchText: '3号楼电梯坏了，有事打我电话13812345678',
      category: 'lift', status: 'resolved', communityId: id.c1, gridId: id.g1, buildingId: id.b3, building: '3', unit: '2', room: '301',
      assigneeId: id.zhao, originGroupId: id.group, resolvedAt: at(90), lastNote: '已修好', signDueAt: at(99), resolveDueAt: at(28),
    });
    // #2 g1 water: claimed after 1 h, still open after 50 h (overdue).
    id.t2 = await ticket({
      createdH: 50, summary: '楼道漏水', category: 'water', status: 'claimed', communityId: id.c1, gridId: id.g1, assigneeId: id.zhang,
      reporterId: id.li, slaPlannedAt: at(50), signDueAt: at(49), resolveDueAt: at(2),
    });
    // #3 g2 lift, an emergency open for 3 h (overdue: the emergency limit is 2 h).
    id.t3 = await ticket({
      createdH: 3, summary: '5号楼电梯困人', category: 'lift', urgency: 'emergency', emergencyKind: 'trapped', communityId: id.c1, gridId: id.g2,
      building: '5', escalationLevel: 1,
    });
    // #4 g2 noise: claimed after 4 h, resolved after 60 h (late); handed to a department.
    id.t4 = await ticket({
      createdH: 80, summary: '楼下KTV噪音', category: 'noise', status: 'resolved', communityId: id.c1, gridId: id.g2, assigneeId: id.zhao,
      reporterId: id.li, resolvedAt: at(20), slaPlannedAt: at(80), signDueAt: at(79), resolveDueAt: at(32),
      departmentId: id.dept, deptHandedAt: at(40), deptDueAt: at(10), deptAnsweredAt: at(30),
    });
    // #5 g3 (the other community) lift, rejected.
    id.t5 = await ticket({ createdH: 20, summary: '电梯异响', category: 'lift', status: 'rejected', communityId: id.c2, gridId: id.g3 });
    // #6 outside any grid, urgent, open 1 h (not overdue).
    id.t6 = await ticket({ createdH: 1, summary: 'Ä座门禁坏了', category: 'other', urgency: 'urgent' });
    // #7 g1 water, two weeks back: claimed after 1 h, resolved after 4 h.
    id.t7 = await ticket({
      createdH: 200, summary: '水管爆裂', category: 'water', status: 'resolved', communityId: id.c1, gridId: id.g1, assigneeId: id.zhang,
      resolvedAt: at(196), resolveDueAt: at(100),
    });

    // Events, oldest first (ids in time order, as the bot writes them).
    const ev = (ticketId: number, h: number, type: string, actorId: number | null, fromStatus: string | null, toStatus: string | null, note: string | null = null) =>
      db.insert(ticketEvents).values({ ticketId, actorId, type, fromStatus, toStatus, note, at: at(h) });
    await ev(id.t7, 200, 'opened', id.wang, null, 'open');
    await ev(id.t7, 199, 'claimed', id.zhang, 'open', 'claimed');
    await ev(id.t7, 196, 'resolved', id.zhang, 'claimed', 'resolved');
    await ev(id.t7, 195, 'rated', id.wang, 'resolved', 'resolved', '满意');
    await ev(id.t1, 100, 'opened', id.wang, null, 'open');
    await ev(id.t1, 98, 'claimed', id.zhang, 'open', 'claimed');
    await ev(id.t1, 95, 'transferred', id.zhang, 'claimed', 'open', '转给赵敏');
    await ev(id.t1, 94, 'claimed', id.zhao, 'open', 'claimed');
    await ev(id.t1, 90, 'resolved', id.zhao, 'claimed', 'resolved', '已修好');
    await ev(id.t1, 89, 'rated', id.wang, 'resolved', 'resolved', '满意');
    await ev(id.t1, 88, 'rated', id.wang, 'resolved', 'resolved', '不满意'); // a changed mind: replaces 满意
    await ev(id.t1, 87, 'rated', id.li, 'resolved', 'resolved', '非常满意');
    await ev(id.t4, 80, 'opened', id.li, null, 'open');
    await ev(id.t4, 76, 'claimed', id.zhao, 'open', 'claimed');
    await ev(id.t2, 50, 'opened', id.li, null, 'open');
    await ev(id.t2, 49, 'claimed', id.zhang, 'open', 'claimed');
    await ev(id.t4, 20, 'resolved', id.zhao, 'claimed', 'resolved');
    await ev(id.t5, 20, 'opened', id.wang, null, 'open');
    await ev(id.t5, 19, 'rejected', id.zhao, 'open', 'rejected', '不属于网格事务');
    await ev(id.t4, 18, 'rated', id.li, 'resolved', 'resolved', '满意');
    await ev(id.t3, 3, 'opened', id.wang, null, 'open');
    await ev(id.t6, 1, 'opened', id.wang, null, 'open');
    await db.insert(ticketFollowers).values({ ticketId: id.t1, personId: id.feng, groupId: id.group, at: new Date(ms(100) + MIN) });

    const out = (v: { channel?: string; group?: string | null; to?: string | null; priority?: number; status?: 'pending' | 'sent'; dueMin: number }) =>
      one(
        db
          .insert(outbox)
          .values({
            channel: v.channel ?? 'wecom',
            groupExternalId: v.group ?? null,
            toExternalId: v.to ?? null,
            text: 'x',
            mentions: [],
            priority: v.priority ?? 0,
            status: v.status ?? 'pending',
            nextAttemptAt: new Date(T0 + v.dueMin * MIN),
            createdAt: at(1),
          })
          .returning({ id: outbox.id }),
      );
    id.o1 = await out({ group: 'g-a', dueMin: -10 });
    id.o2 = await out({ group: 'g-a', priority: 5, dueMin: -5 }); // g-a: the higher priority goes first
    id.o3 = await out({ group: 'g-b', dueMin: -1 });
    id.o4 = await out({ to: 'u1', dueMin: -5 }); // u1: the older row goes first…
    id.o5 = await out({ to: 'u1', dueMin: -20 }); // …even if this one was due earlier
    id.o6 = await out({ group: 'g-c', priority: 9, status: 'sent', dueMin: -30 }); // not pending
    id.o7 = await out({ group: 'g-d', priority: 9, dueMin: 10 }); // not due yet
    id.o8 = await out({ channel: 'sim', group: 'g-a', dueMin: -10 }); // another channel: another lane
  });

  afterAll(async () => {
    await store?.close();
  });

  // ── list ────────────────────────────────────────────────────────────────

  const ids = async (f: TicketFilter, limit = 50, offset = 0) => {
    const r = await listTickets(store.db, f, limit, offset);
    return { total: r.total, ids: r.rows.map((x) => x.id) };
  };

  it('lists newest first, with the total and one page', async () => {
    expect(await ids({})).toEqual({ total: 7, ids: [id.t7, id.t6, id.t5, id.t4, id.t3, id.t2, id.t1] });
    expect(await ids({}, 2, 1)).toEqual({ total: 7, ids: [id.t6, id.t5] });
  });

  it('filters by status, grid, community, category, building and creation time', async () => {
    expect(await ids({ statuses: ['open'] })).toEqual({ total: 2, ids: [id.t6, id.t3] });
    expect(await ids({ statuses: ['open', 'claimed'] })).toEqual({ total: 3, ids: [id.t6, id.t3, id.t2] });
    expect(await ids({ statuses: ['resolved'], gridId: id.g1 })).toEqual({ total: 2, ids: [id.t7, id.t1] });
    expect(await ids({ gridId: id.g1 })).toEqual({ total: 3, ids: [id.t7, id.t2, id.t1] });
    expect(await ids({ communityId: id.c2 })).toEqual({ total: 1, ids: [id.t5] });
    expect(await ids({ category: 'lift', communityId: id.c1 })).toEqual({ total: 2, ids: [id.t3, id.t1] });
    expect(await ids({ building: '3' })).toEqual({ total: 1, ids: [id.t1] });
    expect(await ids({ from: at(50), to: at(3) })).toEqual({ total: 2, ids: [id.t5, id.t2] });
  });

  it('searches the summary and the words (any script, ASCII case ignored), and #id', async () => {
    expect(await ids({ q: '电梯' })).toEqual({ total: 3, ids: [id.t5, id.t3, id.t1] });
    expect(await ids({ q: '電梯' })).toEqual({ total: 3, ids: [id.t5, id.t3, id.t1] });
    expect(await ids({ q: '13812345678' })).toEqual({ total: 1, ids: [id.t1] });
    expect(await ids({ q: 'ktv' })).toEqual({ total: 1, ids: [id.t4] });
    // Only ASCII letters are folded (SQLite's LIKE): ä does not find Ä on either engine.
    expect(await ids({ q: 'ä座' })).toEqual({ total: 0, ids: [] });
    expect(await ids({ q: 'Ä座' })).toEqual({ total: 1, ids: [id.t6] });
    expect(await ids({ q: `#${id.t2}` })).toEqual({ total: 1, ids: [id.t2] });
    expect(await ids({ q: `${id.t2}`, statuses: ['claimed'] })).toEqual({ total: 1, ids: [id.t2] });
    // LIKE's wildcards are searched for as typed.
    expect(await ids({ q: '%' })).toEqual({ total: 0, ids: [] });
    expect(await ids({ q: '_' })).toEqual({ total: 0, ids: [] });
    // An id too large for PostgreSQL's integer is no match, not an error.
    expect(await ids({ q: '#999999999999999' })).toEqual({ total: 0, ids: [] });
  });

  it('gives each row its names and latest rating', async () => {
    const { rows } = await listTickets(store.db, { gridId: id.g1 }, 50, 0);
    expect(rows.find((r) => r.id === id.t1)).toEqual({
      id: id.t1, status: 'resolved', category: 'lift', urgency: 'normal', building: '3', unit: '2', room: '301', summary: '3号楼电梯坏了',
      reporterId: id.wang, reporterName: '王芳', assigneeId: id.zhao, assigneeName: '赵敏', gridId: id.g1, gridName: '第一网格',
      communityId: id.c1, communityName: '东湖社区', createdAt: ms(100), updatedAt: ms(100), resolvedAt: ms(90), rating: '非常满意',
    });
    expect(rows.find((r) => r.id === id.t2)).toMatchObject({ assigneeName: '张丽', reporterName: '李强', resolvedAt: null, rating: null });
  });

  // ── detail, history, ratings ────────────────────────────────────────────

  it('gives one ticket in detail', async () => {
    expect(await ticketDetail(store.db, id.t1)).toMatchObject({
      id: id.t1, text: '3号楼电梯坏了，有事打我电话13812345678', emergencyKind: null, escalationLevel: 0, lastNote: '已修好',
      originGroupId: id.group, originGroupTopic: '东湖3号楼业主群', rating: '非常满意', createdAt: ms(100),
    });
    expect(await ticketDetail(store.db, id.t3)).toMatchObject({
      id: id.t3, urgency: 'emergency', emergencyKind: 'trapped', escalationLevel: 1, originGroupId: null, originGroupTopic: null,
      gridName: '第二网格', assigneeId: null, assigneeName: null,
    });
    expect(await ticketDetail(store.db, 999_999)).toBeUndefined();
  });

  it('gives the history oldest first, the followers and the ratings', async () => {
    expect(await ticketHistory(store.db, id.t5)).toEqual([
      { at: ms(20), actorId: id.wang, actorName: '王芳', type: 'opened', fromStatus: null, toStatus: 'open', note: null },
      { at: ms(19), actorId: id.zhao, actorName: '赵敏', type: 'rejected', fromStatus: 'open', toStatus: 'rejected', note: '不属于网格事务' },
    ]);
    expect((await ticketHistory(store.db, id.t1)).map((e) => e.type)).toEqual([
      'opened', 'claimed', 'transferred', 'claimed', 'resolved', 'rated', 'rated', 'rated',
    ]);
    expect(await ticketFollowerViews(store.db, id.t1)).toEqual([{ personId: id.feng, name: '冯秀英', at: ms(100) + MIN }]);
    expect(await latestRatings(store.db, id.t1)).toEqual([
      { personId: id.wang, name: '王芳', rating: '不满意', at: ms(88) },
      { personId: id.li, name: '李强', rating: '非常满意', at: ms(87) },
    ]);
    expect(await latestRatingBy(store.db, id.t1, id.wang)).toBe('不满意');
    expect(await latestRatingBy(store.db, id.t2, id.wang)).toBeNull();
  });

  // ── grids ───────────────────────────────────────────────────────────────

  it('looks grids and communities up by name or id', async () => {
    expect(await allGridRefs(store.db)).toEqual([
      { id: id.g1, name: '第一网格' },
      { id: id.g2, name: '第二网格' },
      { id: id.g3, name: '第一网格' },
    ]);
    expect(await allGridRefs(store.db, id.c2)).toEqual([{ id: id.g3, name: '第一网格' }]);
    expect(await gridsByIdOrName(store.db, '第一网格')).toEqual([
      { id: id.g1, name: '第一网格', communityId: id.c1 },
      { id: id.g3, name: '第一网格', communityId: id.c2 },
    ]);
    expect(await gridsByIdOrName(store.db, '第一网格', id.c2)).toEqual([{ id: id.g3, name: '第一网格', communityId: id.c2 }]);
    expect(await gridsByIdOrName(store.db, String(id.g2))).toEqual([{ id: id.g2, name: '第二网格', communityId: id.c1 }]);
    expect(await gridsByIdOrName(store.db, String(id.g2), id.c2)).toEqual([]);
    expect(await gridsByIdOrName(store.db, '999999999999999')).toEqual([]);
    expect(await gridByIdOrName(store.db, '第二网格')).toEqual({ id: id.g2, name: '第二网格' });
    expect(await gridByIdOrName(store.db, '第一网格')).toEqual({ id: id.g1, name: '第一网格' });
    expect(await gridByIdOrName(store.db, String(id.g3))).toEqual({ id: id.g3, name: '第一网格' });
    expect(await gridByIdOrName(store.db, '999999999999999')).toBeUndefined();
    expect(await gridByIdOrName(store.db, '第九网格')).toBeUndefined();
    expect(await communitiesWithBuilding(store.db, '3')).toEqual([
      { id: id.c1, name: '东湖社区' },
      { id: id.c2, name: '西山社区' },
    ]);
    expect(await communitiesWithBuilding(store.db, '5')).toEqual([{ id: id.c1, name: '东湖社区' }]);
    expect(await communitiesWithGrid(store.db, '第一网格')).toEqual([
      { id: id.c1, name: '东湖社区' },
      { id: id.c2, name: '西山社区' },
    ]);
  });

  // ── figures ─────────────────────────────────────────────────────────────

  const statsOpts = { now: new Date(T0), overdueMs: OVERDUE, emergencyOverdueMs: EMERGENCY_OVERDUE, satisfied: SATISFIED, dissatisfied: DISSATISFIED };
  const empty = { claimCount: 0, claimMedianH: null, claimP90H: null, resolveCount: 0, resolveMedianH: null, resolveP90H: null };

  it('ticketStats: the figures of the whole store, in total and per grid', async () => {
    const s = await ticketStats(store.db, statsOpts);
    // First claims (h): #1 2 (its second claim does not count), #2 1, #4 4, #7 1. Resolved (h): #1 10, #4 60, #7 4.
    // Latest ratings: #1 王芳 不满意, 李强 非常满意; #4 李强 满意; #7 王芳 满意.
    expect(s.total).toEqual<StatsBucket>({
      gridId: null, opened: 7, resolved: 3, rejected: 1, overdue: 2,
      claimCount: 4, claimMedianH: 1.5, claimP90H: pct([1, 1, 2, 4], 0.9),
      resolveCount: 3, resolveMedianH: 10, resolveP90H: pct([4, 10, 60], 0.9),
      rated: 4, satisfied: 3, dissatisfied: 1,
      byCategory: [{ category: 'lift', count: 3 }, { category: 'water', count: 2 }, { category: 'noise', count: 1 }, { category: 'other', count: 1 }],
    });
    expect(s.total.claimP90H).toBeCloseTo(3.4, 12); // 2 + (4 − 2)·0.7
    expect(s.total.resolveP90H).toBeCloseTo(50, 12); // 10 + (60 − 10)·0.8
    // Tickets outside any grid first, then by grid id.
    expect(s.grids).toEqual<StatsBucket[]>([
      { gridId: null, opened: 1, resolved: 0, rejected: 0, overdue: 0, ...empty, rated: 0, satisfied: 0, dissatisfied: 0, byCategory: [{ category: 'other', count: 1 }] },
      {
        gridId: id.g1, opened: 3, resolved: 2, rejected: 0, overdue: 1,
        claimCount: 3, claimMedianH: 1, claimP90H: pct([1, 1, 2], 0.9),
        resolveCount: 2, resolveMedianH: 7, resolveP90H: pct([4, 10], 0.9),
        rated: 3, satisfied: 2, dissatisfied: 1,
        byCategory: [{ category: 'water', count: 2 }, { category: 'lift', count: 1 }],
      },
      {
        gridId: id.g2, opened: 2, resolved: 1, rejected: 0, overdue: 1,
        claimCount: 1, claimMedianH: 4, claimP90H: 4, resolveCount: 1, resolveMedianH: 60, resolveP90H: 60,
        rated: 1, satisfied: 1, dissatisfied: 0,
        // A tie goes by category code.
        byCategory: [{ category: 'lift', count: 1 }, { category: 'noise', count: 1 }],
      },
      { gridId: id.g3, opened: 1, resolved: 0, rejected: 1, overdue: 0, ...empty, rated: 0, satisfied: 0, dissatisfied: 0, byCategory: [{ category: 'lift', count: 1 }] },
    ]);
    expect(s.grids[1]!.claimP90H).toBeCloseTo(1.8, 12); // 1 + (2 − 1)·0.8
    expect(s.grids[1]!.resolveP90H).toBeCloseTo(9.4, 12); // 4 + (10 − 4)·0.9
  });

  it('ticketStats: a cohort of one grid and a time window (ratings of tickets outside it do not count)', async () => {
    const s = await ticketStats(store.db, { ...statsOpts, gridId: id.g1, from: at(150), to: new Date(T0) });
    const g1: StatsBucket = {
      gridId: id.g1, opened: 2, resolved: 1, rejected: 0, overdue: 1,
      claimCount: 2, claimMedianH: 1.5, claimP90H: pct([1, 2], 0.9),
      resolveCount: 1, resolveMedianH: 10, resolveP90H: 10,
      rated: 2, satisfied: 1, dissatisfied: 1,
      byCategory: [{ category: 'lift', count: 1 }, { category: 'water', count: 1 }],
    };
    expect(s.total).toEqual({ ...g1, gridId: null });
    expect(s.grids).toEqual([g1]);
    expect(s.total.claimP90H).toBeCloseTo(1.9, 12);

    const c2 = await ticketStats(store.db, { ...statsOpts, communityId: id.c2 });
    expect(c2.total).toMatchObject({ opened: 1, rejected: 1, rated: 0, byCategory: [{ category: 'lift', count: 1 }] });
    expect(c2.grids.map((g) => g.gridId)).toEqual([id.g3]);
  });

  it('ticketStats: an empty cohort', async () => {
    const s = await ticketStats(store.db, { ...statsOpts, from: new Date(T0), satisfied: [], dissatisfied: [] });
    expect(s).toEqual({
      total: { gridId: null, opened: 0, resolved: 0, rejected: 0, overdue: 0, ...empty, rated: 0, satisfied: 0, dissatisfied: 0, byCategory: [] },
      grids: [],
    });
  });

  it('weeklyTrend: the weeks of the cohort, empty weeks included', async () => {
    // Weeks from 3 weeks back: 0 = [504 h, 336 h) ago: nothing; 1 = [336 h, 168 h): #7; 2 = the last 168 h: #1–#6.
    const trend = await weeklyTrend(store.db, { start: T0 - 3 * WEEK, weeks: 3, overdueMs: OVERDUE, emergencyOverdueMs: EMERGENCY_OVERDUE, satisfied: SATISFIED });
    expect(trend).toEqual([
      { week: 0, opened: 0, resolved: 0, onTime: 0, rated: 0, satisfied: 0 },
      { week: 1, opened: 1, resolved: 1, onTime: 1, rated: 1, satisfied: 1 },
      // #1 resolved in 10 h (on time), #4 in 60 h (late); ratings: #1 不满意 + 非常满意, #4 满意.
      { week: 2, opened: 6, resolved: 2, onTime: 1, rated: 3, satisfied: 2 },
    ]);
    // A ticket opened at the very start of a week is in that week: #7 (200 h ago) starts week 1;
    // the trend ends 32 h ago, before #5, #3 and #6. No satisfied words: nothing counts as satisfied.
    const edge = await weeklyTrend(store.db, { start: ms(200) - WEEK, weeks: 2, overdueMs: OVERDUE, emergencyOverdueMs: EMERGENCY_OVERDUE, satisfied: [] });
    expect(edge).toEqual([
      { week: 0, opened: 0, resolved: 0, onTime: 0, rated: 0, satisfied: 0 },
      { week: 1, opened: 4, resolved: 3, onTime: 2, rated: 4, satisfied: 0 },
    ]);
  });

  it('overdueTickets: open past the limit (emergencies sooner), oldest first', async () => {
    expect(await overdueTickets(store.db, T0, OVERDUE, EMERGENCY_OVERDUE, 10)).toEqual([
      { id: id.t2, summary: '楼道漏水', status: 'claimed', urgency: 'normal', createdAt: ms(50), gridName: '第一网格', assigneeName: '张丽' },
      { id: id.t3, summary: '5号楼电梯困人', status: 'open', urgency: 'emergency', createdAt: ms(3), gridName: '第二网格', assigneeName: null },
    ]);
    expect((await overdueTickets(store.db, T0, OVERDUE, EMERGENCY_OVERDUE, 1)).map((r) => r.id)).toEqual([id.t2]);
    expect(await overdueTickets(store.db, T0, 100 * HOUR, 4 * HOUR, 10)).toEqual([]);
  });

  // ── SLA report ──────────────────────────────────────────────────────────

  it('reportTickets: opened or due in the period, and opened before its end', async () => {
    // [24 h ago, 2 h ago): #2 is due 2 h ago; #3 and #5 were opened in it; #4's department was due in it.
    // Not #1 (due before), #6 (opened after the end), #7 (closed long before).
    const rows = await reportTickets(store.db, at(24), at(2));
    expect(rows.map((r) => r.id)).toEqual([id.t2, id.t3, id.t4, id.t5]);
    expect(rows.find((r) => r.id === id.t4)).toEqual({
      id: id.t4, gridId: id.g2, gridName: '第二网格', assigneeId: id.zhao, assigneeName: '赵敏', assigneeRole: 'grid_worker',
      status: 'resolved', createdAt: ms(80), slaPlannedAt: ms(80), signDueAt: ms(79), resolveDueAt: ms(32),
      departmentId: id.dept, departmentName: '物业服务中心', deptDueAt: ms(10), deptAnsweredAt: ms(30),
    });
    expect(rows.find((r) => r.id === id.t3)).toEqual({
      id: id.t3, gridId: id.g2, gridName: '第二网格', assigneeId: null, assigneeName: null, assigneeRole: null,
      status: 'open', createdAt: ms(3), slaPlannedAt: null, signDueAt: null, resolveDueAt: null,
      departmentId: null, departmentName: null, deptDueAt: null, deptAnsweredAt: null,
    });
    // [30 h ago, 24 h ago): #1's 办结 deadline falls in it; #2's and #4's department's after its start.
    expect((await reportTickets(store.db, at(30), at(24))).map((r) => r.id)).toEqual([id.t1, id.t2, id.t4]);
    // An open ticket with nothing in the period is not among them (overdueBeforePeriod reads those).
    expect((await reportTickets(store.db, at(1), at(0))).map((r) => r.id)).toEqual([id.t6]);
  });

  it('reportEvents: the history of the period\'s tickets, in the order it happened, in one read', async () => {
    expect(await reportEvents(store.db, at(500), at(400))).toEqual([]);
    expect(await reportEvents(store.db, at(24), at(2))).toEqual([
      { ticketId: id.t4, type: 'opened', note: null, at: ms(80) },
      { ticketId: id.t4, type: 'claimed', note: null, at: ms(76) },
      { ticketId: id.t2, type: 'opened', note: null, at: ms(50) },
      { ticketId: id.t2, type: 'claimed', note: null, at: ms(49) },
      { ticketId: id.t4, type: 'resolved', note: null, at: ms(20) },
      { ticketId: id.t5, type: 'opened', note: null, at: ms(20) },
      { ticketId: id.t5, type: 'rejected', note: '不属于网格事务', at: ms(19) },
      { ticketId: id.t4, type: 'rated', note: '满意', at: ms(18) },
      { ticketId: id.t3, type: 'opened', note: null, at: ms(3) },
    ]);
  });

  it('overdueBeforePeriod: still worked, nothing of it in the period, past a deadline now', async () => {
    // The last hour: #2 (claimed, 办结 due 2 h ago) is overdue from before it. Not #3 (open but
    // nothing planned), #6 (opened in it), the resolved and rejected ones.
    const rows = await overdueBeforePeriod(store.db, at(1), new Date(T0));
    expect(rows.map((r) => r.id)).toEqual([id.t2]);
    expect(rows[0]).toMatchObject({ gridName: '第一网格', assigneeName: '张丽', signDueAt: ms(49), resolveDueAt: ms(2), signedAt: null });
    // Seen 10 h ago, #2's 办结 was not due yet, but its 签收 (49 h ago) was passed and not signed for.
    expect((await overdueBeforePeriod(store.db, at(1), at(10))).map((r) => r.id)).toEqual([id.t2]);
    // Seen 60 h ago nothing was due yet; from 24 h ago #2 falls due inside the period, so it is not "before".
    expect(await overdueBeforePeriod(store.db, at(1), at(60))).toEqual([]);
    expect(await overdueBeforePeriod(store.db, at(24), new Date(T0))).toEqual([]);
  });

  // ── outbox ──────────────────────────────────────────────────────────────

  it('nextRowPerLane: per destination the highest priority, then oldest; then across lanes the same way', async () => {
    expect(await nextRowPerLane(store.db, new Date(T0), 500)).toEqual([id.o2, id.o3, id.o4, id.o8]);
    expect(await nextRowPerLane(store.db, new Date(T0), 2)).toEqual([id.o2, id.o3]);
    // Ten minutes later g-d's row is due, and goes first (priority 9).
    expect(await nextRowPerLane(store.db, new Date(T0 + 10 * MIN), 500)).toEqual([id.o7, id.o2, id.o3, id.o4, id.o8]);
    // Before anything is due: nothing.
    expect(await nextRowPerLane(store.db, new Date(T0 - 30 * MIN), 500)).toEqual([]);
  });
});

/**
 * The figures of a few hundred tickets with times to the millisecond: the
 * medians and percentiles are then rarely round numbers, and the two engines
 * must still give the same doubles (toEqual compares numbers exactly).
 */
describe('the same figures from both engines on a larger random data set', () => {
  const stores: Store[] = [];
  afterAll(async () => {
    for (const s of stores) await s.close();
  });

  async function filled(engine: 'sqlite' | 'pglite'): Promise<Store> {
    const store = await freshStore(engine);
    stores.push(store);
    const { db } = store;
    let seed = 20260601;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;

    const [street] = await db.insert(streets).values({ name: '街道' }).returning({ id: streets.id });
    const [c] = await db.insert(communities).values({ streetId: street!.id, name: '社区' }).returning({ id: communities.id });
    const gridIds: (number | null)[] = [null];
    for (const name of ['一', '二', '三']) gridIds.push((await db.insert(grids).values({ communityId: c!.id, name }).returning({ id: grids.id }))[0]!.id);
    const peopleIds: number[] = [];
    for (const name of ['甲', '乙', '丙', '丁']) {
      peopleIds.push((await db.insert(people).values({ name, role: 'resident', createdAt: new Date(T0 - 1000 * HOUR) }).returning({ id: people.id }))[0]!.id);
    }

    const rows: (typeof tickets.$inferInsert)[] = [];
    const plan: { created: number; claims: number[]; resolved: number | null; ratings: [number, string][] }[] = [];
    for (let i = 0; i < 300; i++) {
      const created = T0 - Math.floor(rnd() * 6 * WEEK);
      const status = pick(['open', 'claimed', 'resolved', 'resolved', 'resolved', 'rejected', 'escalated', 'reopened'] as const);
      const claims = status === 'open' || rnd() < 0.1 ? [] : [created + Math.floor(rnd() * 30 * HOUR), created + Math.floor(rnd() * 60 * HOUR)];
      const resolved = status === 'resolved' ? Math.min(T0, created + Math.floor(rnd() * 120 * HOUR)) : null;
      const ratings: [number, string][] = resolved ? Array.from({ length: Math.floor(rnd() * 4) }, () => [pick(peopleIds), pick(['非常满意', '满意', '不满意', '很不满意', '一般'])]) : [];
      plan.push({ created, claims, resolved, ratings });
      rows.push({
        communityId: c!.id, gridId: pick(gridIds), category: pick(['lift', 'water', 'noise', 'road', 'other_x', 'otherx']),
        urgency: pick(['emergency', 'urgent', 'normal', 'normal'] as const), status, summary: `事项${i}`, text: `事项${i}`,
        reporterId: pick(peopleIds), createdAt: new Date(created), updatedAt: new Date(created), resolvedAt: resolved === null ? null : new Date(resolved),
      });
    }
    const ticketIds: number[] = [];
    for (let i = 0; i < rows.length; i += 100) {
      ticketIds.push(...(await db.insert(tickets).values(rows.slice(i, i + 100)).returning({ id: tickets.id })).map((r) => r.id));
    }
    const events: (typeof ticketEvents.$inferInsert)[] = [];
    plan.forEach((p, i) => {
      const ticketId = ticketIds[i]!;
      for (const claim of p.claims) events.push({ ticketId, type: 'claimed', at: new Date(claim) });
      for (const [actorId, note] of p.ratings) events.push({ ticketId, actorId, type: 'rated', note, at: new Date(p.resolved! + 1) });
    });
    for (let i = 0; i < events.length; i += 200) await db.insert(ticketEvents).values(events.slice(i, i + 200));
    return store;
  }

  it('ticketStats, weeklyTrend, overdueTickets and listTickets', async () => {
    const [sqlite, pglite] = [await filled('sqlite'), await filled('pglite')];
    const opts = { now: new Date(T0), overdueMs: OVERDUE, emergencyOverdueMs: EMERGENCY_OVERDUE, satisfied: SATISFIED, dissatisfied: DISSATISFIED };
    const both = async <T>(f: (s: Store) => Promise<T>): Promise<[T, T]> => [await f(sqlite), await f(pglite)];

    const [a, b] = await both((s) => ticketStats(s.db, opts));
    expect(a.total.opened).toBe(300);
    expect(a.grids).toHaveLength(4);
    expect(a.total.resolveCount).toBeGreaterThan(50);
    expect(Number.isInteger(a.total.claimP90H)).toBe(false);
    expect(b).toEqual(a);
    const [a2, b2] = await both((s) => ticketStats(s.db, { ...opts, from: new Date(T0 - 2 * WEEK), to: new Date(T0 - WEEK) }));
    expect(a2.total.opened).toBeGreaterThan(0);
    expect(b2).toEqual(a2);

    const trend = (s: Store) => weeklyTrend(s.db, { start: T0 - 6 * WEEK, weeks: 6, overdueMs: OVERDUE, emergencyOverdueMs: EMERGENCY_OVERDUE, satisfied: SATISFIED });
    const [ta, tb] = await both(trend);
    expect(ta.reduce((n, w) => n + w.opened, 0)).toBe(300);
    expect(tb).toEqual(ta);

    const [oa, ob] = await both((s) => overdueTickets(s.db, T0, OVERDUE, EMERGENCY_OVERDUE, 1000));
    expect(oa.length).toBeGreaterThan(0);
    expect(ob).toEqual(oa);

    const [la, lb] = await both((s) => listTickets(s.db, { statuses: ['resolved', 'rejected'], q: '事项1' }, 20, 5));
    expect(la.total).toBeGreaterThan(5);
    expect(lb).toEqual(la);
  });
});
