/**
 * The office API over a hand-made set of eight tickets with known times
 * (T0 = 2026-06-10 12:00 Beijing), so every list filter and every figure of
 * /api/stats is checked exactly:
 *
 *   A grid 1, b3, repair, resolved: claimed +2 h, resolved +10 h, created T0−100 h;
 *     rated 满意 → (follower) 非常满意 → 不满意 (the reporter changed their mind)
 *   B grid 1, b3, repair, resolved: claimed +4 h, resolved +30 h, created T0−50 h; rated 一般
 *   C grid 1, b2, sanitation, open, created T0−80 h                       (overdue: > 72 h)
 *   D grid 1, b1, noise, emergency, claimed +0.5 h, created T0−2 h        (overdue: emergency > 1 h)
 *   E grid 1, b3, repair, rejected, claimed +1 h, created T0−10 h
 *   F grid 2, b4, parking, resolved: claimed +6 h, resolved +20 h, created T0−30 h; rated 很不满意
 *   G grid 2, b4, repair, open, created T0−200 h                          (overdue)
 *   H no grid, other, open, created T0−5 h
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/services/tokens';
import { listIdsSql } from '../../src/store/repos/ticket-queries';
import { HOUR, T0, idsOf, put, startOfficeBot, type OfficeBot } from './support';
import { sqlRows } from '../helpers/sql';
import { testEngine } from '../helpers/app';

let b: OfficeBot;
const id: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H', number> = {} as never;
const who: Record<string, number> = {};

beforeAll(async () => {
  b = await startOfficeBot();
  for (const name of ['郑海涛', '冯秀英', '何俊', '周建华', '刘阿姨', '马丽娟', '胡志刚', '张丽', '李强']) who[name] = await b.pid(name);
  const s = b.bot.store;
  const zhang = who['张丽']!;
  const li = who['李强']!;
  id.A = await put(s, {
    grid: 1, building: '3', category: 'repair', status: 'resolved', text: '3号楼电梯坏了，有事打我电话13812345678',
    createdAgoH: 100, claimAfterH: 2, resolveAfterH: 10, reporter: who['郑海涛']!, assignee: zhang, followers: [who['冯秀英']!],
    ratings: [[who['郑海涛']!, '满意'], [who['冯秀英']!, '非常满意'], [who['郑海涛']!, '不满意']],
  });
  id.B = await put(s, {
    grid: 1, building: '3', category: 'repair', status: 'resolved', text: '3号楼楼道灯不亮',
    createdAgoH: 50, claimAfterH: 4, resolveAfterH: 30, reporter: who['何俊']!, assignee: zhang, ratings: [[who['何俊']!, '一般']],
  });
  id.C = await put(s, { grid: 1, building: '2', category: 'sanitation', status: 'open', text: '2号楼垃圾没人清理', createdAgoH: 80, reporter: who['周建华']! });
  id.D = await put(s, {
    grid: 1, building: '1', category: 'noise', urgency: 'emergency', status: 'claimed', text: '1号楼有人打架',
    createdAgoH: 2, claimAfterH: 0.5, reporter: who['刘阿姨']!, assignee: zhang,
  });
  id.E = await put(s, { grid: 1, building: '3', category: 'repair', status: 'rejected', text: '3号楼门禁坏了', createdAgoH: 10, claimAfterH: 1, reporter: who['郑海涛']!, assignee: zhang });
  id.F = await put(s, {
    grid: 2, building: '4', category: 'parking', status: 'resolved', text: '4号楼门口乱停车',
    createdAgoH: 30, claimAfterH: 6, resolveAfterH: 20, reporter: who['马丽娟']!, assignee: li, ratings: [[who['马丽娟']!, '很不满意']],
  });
  id.G = await put(s, { grid: 2, building: '4', category: 'repair', status: 'open', text: '4号楼电梯异响', createdAgoH: 200, reporter: who['胡志刚']! });
  id.H = await put(s, { grid: null, building: null, category: 'other', status: 'open', text: '小区外路灯坏了', createdAgoH: 5, reporter: who['马丽娟']! });
});
afterAll(async () => {
  await b.stop();
});

const newestFirst = (...keys: (keyof typeof id)[]) => keys.map((k) => id[k]).sort((x, y) => y - x);

describe('authentication', () => {
  it.each(['/api/tickets', `/api/tickets/1`, '/api/stats'])('%s: 401 without a token or with a wrong one', async (url) => {
    const none = await b.api(url, null);
    expect(none.status).toBe(401);
    expect(none.body.error).toContain('Authorization');
    expect((await b.api(url, 'not-a-real-token')).status).toBe(401);
  });

  it('every API role may read, a grid worker too', async () => {
    const { token } = await createApiToken(b.bot.store.db, 'grid_worker', '张丽的令牌');
    expect((await b.api('/api/tickets', token)).status).toBe(200);
    expect((await b.api(`/api/tickets/${id.A}`, token)).status).toBe(200);
    expect((await b.api('/api/stats', token)).status).toBe(200);
  });
});

describe('GET /api/tickets', () => {
  it('lists every ticket newest first with names, labels and the latest rating', async () => {
    const { status, body } = await b.api('/api/tickets');
    expect(status).toBe(200);
    expect(body.total).toBe(8);
    expect(idsOf(body)).toEqual(newestFirst('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'));
    const a = body.items.find((i: { id: number }) => i.id === id.A);
    expect(a).toEqual({
      id: id.A,
      status: 'resolved',
      statusLabel: '已办结',
      category: 'repair',
      categoryLabel: '设施报修',
      urgency: 'normal',
      building: '3',
      unit: null,
      room: null,
      where: '3号楼',
      summary: '3号楼电梯坏了，有事打我电话138123',
      reporter: { id: who['郑海涛'], name: '郑海涛' },
      assignee: { id: who['张丽'], name: '张丽' },
      grid: { id: 1, name: '第一网格' },
      community: { id: 1, name: '幸福里社区' },
      createdAt: new Date(T0 - 100 * HOUR).toISOString(),
      updatedAt: new Date(T0 - 90 * HOUR).toISOString(),
      resolvedAt: new Date(T0 - 90 * HOUR).toISOString(),
      rating: '不满意',
    });
    const h = body.items.find((i: { id: number }) => i.id === id.H);
    expect(h).toMatchObject({ grid: null, assignee: null, rating: null, resolvedAt: null, where: '未注明位置' });
  });

  it.each([
    ['status=open', ['C', 'G', 'H']],
    ['status=open,claimed', ['C', 'D', 'G', 'H']],
    ['status=resolved&grid=1', ['A', 'B']],
    ['category=repair', ['A', 'B', 'E', 'G']],
    [`category=${encodeURIComponent('设施报修')}`, ['A', 'B', 'E', 'G']],
    ['grid=1', ['A', 'B', 'C', 'D', 'E']],
    [`grid=${encodeURIComponent('第二网格')}`, ['F', 'G']],
    ['building=4', ['F', 'G']],
    [`building=${encodeURIComponent('4号楼')}`, ['F', 'G']],
    // Dates without a zone are Beijing time; a `to` date includes that whole day.
    ['from=2026-06-08', ['B', 'D', 'E', 'F', 'H']],
    ['to=2026-06-09', ['A', 'B', 'C', 'F', 'G']],
    ['from=2026-06-08&to=2026-06-09', ['B', 'F']],
    ['from=2026-06-10T02:00:00Z', ['D']],
    ['from=2026-06-10T10:00', ['D']],
    [`q=${encodeURIComponent('电梯')}`, ['A', 'G']],
    ['q=13812345678', ['A']],
    ['q=%25', []],
    ['q=%236', ['F']],
    ['status=open&category=repair&grid=2&building=4', ['G']],
  ] as const)('%s', async (query, keys) => {
    const { status, body } = await b.api(`/api/tickets?${query}`);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.total).toBe(keys.length);
    expect(idsOf(body)).toEqual(newestFirst(...keys));
  });

  it('pages with limit and offset; total counts every match', async () => {
    const { body } = await b.api('/api/tickets?limit=2&offset=1');
    expect(body).toMatchObject({ total: 8, limit: 2, offset: 1 });
    expect(idsOf(body)).toEqual(newestFirst('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H').slice(1, 3));
    expect(idsOf((await b.api('/api/tickets?offset=8')).body)).toEqual([]);
  });

  it.each([
    ['status=done', '没有这个状态'],
    ['category=lift', '没有这个分类'],
    ['grid=9', '没有这个网格'],
    [`grid=${encodeURIComponent('第九网格')}`, '没有这个网格'],
    ['from=yesterday', '日期格式不正确'],
    ['from=2026-13-45', '日期格式不正确'],
    ['from=2026-06-09&to=2026-06-01', 'from 不能晚于 to'],
    ['limit=0', 'limit'],
    ['limit=201', 'limit'],
    ['offset=-1', 'offset'],
  ])('%s → 400 with a Chinese reason', async (query, reason) => {
    const { status, body } = await b.api(`/api/tickets?${query}`);
    expect(status).toBe(400);
    expect(body.error).toContain(reason);
  });

  // SQLite's query planner and its EXPLAIN QUERY PLAN output: PostgreSQL's planner has its own (and scans a table this small).
  it.skipIf(testEngine() !== 'sqlite')('a status filter is answered from the (grid_id, status) index, not a table scan', async () => {
    const q = listIdsSql({ statuses: ['open'] });
    const plan = (await sqlRows<{ detail: string }>(b.bot.store, `EXPLAIN QUERY PLAN ${q.sql}`, ...q.params, 50, 0)).map((r) => r.detail);
    expect(plan.some((d) => /SEARCH t USING (COVERING )?INDEX tickets_grid_status \(grid_id=\? AND status=\?\)/.test(d)), plan.join('\n')).toBe(true);
    expect(plan.filter((d) => /^SCAN t\b/.test(d)), plan.join('\n')).toEqual([]);
  });
});

describe('GET /api/tickets/:id', () => {
  it('gives the resident’s words unmasked, followers, latest ratings and the full history', async () => {
    const { status, body } = await b.api(`/api/tickets/${id.A}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: id.A, status: 'resolved', text: '3号楼电梯坏了，有事打我电话13812345678', rating: '不满意', escalationLevel: 0, originGroup: null });
    expect(body.followers).toEqual([{ id: who['冯秀英'], name: '冯秀英', at: new Date(T0 - 100 * HOUR + 60_000).toISOString() }]);
    expect(body.ratings).toEqual([
      { person: { id: who['冯秀英'], name: '冯秀英' }, rating: '非常满意', at: new Date(T0 - 88 * HOUR).toISOString() },
      { person: { id: who['郑海涛'], name: '郑海涛' }, rating: '不满意', at: new Date(T0 - 87 * HOUR).toISOString() },
    ]);
    const at = (h: number) => new Date(T0 - h * HOUR).toISOString();
    const zheng = { id: who['郑海涛'], name: '郑海涛' };
    const zhang = { id: who['张丽'], name: '张丽' };
    expect(body.events).toEqual([
      { at: at(100), actor: zheng, type: 'opened', label: '登记', from: null, to: 'open', note: null },
      { at: new Date(T0 - 100 * HOUR + 60_000).toISOString(), actor: { id: who['冯秀英'], name: '冯秀英' }, type: 'followed', label: '新增关注', from: 'open', to: 'open', note: null },
      { at: at(98), actor: zhang, type: 'claimed', label: '接单', from: 'open', to: 'claimed', note: null },
      { at: at(90), actor: zhang, type: 'resolved', label: '办结', from: 'claimed', to: 'resolved', note: '已处理' },
      { at: at(89), actor: zheng, type: 'rated', label: '评价', from: 'resolved', to: 'resolved', note: '满意' },
      { at: at(88), actor: { id: who['冯秀英'], name: '冯秀英' }, type: 'rated', label: '评价', from: 'resolved', to: 'resolved', note: '非常满意' },
      { at: at(87), actor: zheng, type: 'rated', label: '评价', from: 'resolved', to: 'resolved', note: '不满意' },
    ]);
  });

  it('404 with a Chinese reason for an unknown ticket, 400 for an id that is not one', async () => {
    expect(await b.api('/api/tickets/999')).toEqual({ status: 404, body: { error: '没有找到工单 #999' } });
    for (const bad of ['abc', '0', '-3', '1.5', '99999999999999999999']) {
      const r = await b.api(`/api/tickets/${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.body.error, bad).toContain('工单编号应为正整数');
    }
  });
});

describe('GET /api/stats', () => {
  const bucket = (over: object) => ({
    opened: 0, closed: 0, resolved: 0, rejected: 0, closureRate: null,
    hoursToClaim: { count: 0, median: null, p90: null },
    hoursToResolve: { count: 0, median: null, p90: null },
    overdue: 0,
    satisfaction: { rated: 0, satisfied: 0, dissatisfied: 0, satisfiedShare: null, dissatisfiedShare: null },
    byCategory: [],
    ...over,
  });
  const cat = (category: string, label: string, count: number) => ({ category, label, count });

  it('per grid and in total, every figure exact', async () => {
    const { status, body } = await b.api('/api/stats');
    expect(status).toBe(200);
    expect(body).toMatchObject({ from: null, to: null, at: new Date(T0).toISOString(), overdueHours: 72, emergencyOverdueHours: 1 });
    expect(body.total).toEqual(
      bucket({
        opened: 8, closed: 4, resolved: 3, rejected: 1, closureRate: 0.5,
        // claims 0.5, 1, 2, 4, 6 h; resolutions 10, 20, 30 h (linear interpolation for p90)
        hoursToClaim: { count: 5, median: 2, p90: 5.2 },
        hoursToResolve: { count: 3, median: 20, p90: 28 },
        overdue: 3,
        // latest per person: A 不满意 (changed from 满意), A follower 非常满意, B 一般, F 很不满意
        satisfaction: { rated: 4, satisfied: 1, dissatisfied: 2, satisfiedShare: 0.25, dissatisfiedShare: 0.5 },
        byCategory: [cat('repair', '设施报修', 4), cat('noise', '噪音扰民', 1), cat('other', '其他', 1), cat('parking', '停车秩序', 1), cat('sanitation', '环境卫生', 1)],
      }),
    );
    expect(body.grids).toEqual([
      {
        grid: { id: 1, name: '第一网格' },
        ...bucket({
          opened: 5, closed: 3, resolved: 2, rejected: 1, closureRate: 0.6,
          hoursToClaim: { count: 4, median: 1.5, p90: 3.4 },
          hoursToResolve: { count: 2, median: 20, p90: 28 },
          overdue: 2,
          satisfaction: { rated: 3, satisfied: 1, dissatisfied: 1, satisfiedShare: 0.3333, dissatisfiedShare: 0.3333 },
          byCategory: [cat('repair', '设施报修', 3), cat('noise', '噪音扰民', 1), cat('sanitation', '环境卫生', 1)],
        }),
      },
      {
        grid: { id: 2, name: '第二网格' },
        ...bucket({
          opened: 2, closed: 1, resolved: 1, closureRate: 0.5,
          hoursToClaim: { count: 1, median: 6, p90: 6 },
          hoursToResolve: { count: 1, median: 20, p90: 20 },
          overdue: 1,
          satisfaction: { rated: 1, satisfied: 0, dissatisfied: 1, satisfiedShare: 0, dissatisfiedShare: 1 },
          byCategory: [cat('parking', '停车秩序', 1), cat('repair', '设施报修', 1)],
        }),
      },
      { grid: null, ...bucket({ opened: 1, closureRate: 0, byCategory: [cat('other', '其他', 1)] }) },
    ]);
  });

  it('a period and a grid narrow the cohort (tickets opened in [from, to))', async () => {
    const { body } = await b.api(`/api/stats?from=2026-06-08&to=2026-06-09&grid=${encodeURIComponent('第一网格')}`);
    expect(body.from).toBe('2026-06-07T16:00:00.000Z');
    expect(body.to).toBe('2026-06-09T16:00:00.000Z');
    // Only B: grid 1, opened T0−50 h.
    expect(body.total).toEqual(
      bucket({
        opened: 1, closed: 1, resolved: 1, closureRate: 1,
        hoursToClaim: { count: 1, median: 4, p90: 4 },
        hoursToResolve: { count: 1, median: 30, p90: 30 },
        satisfaction: { rated: 1, satisfied: 0, dissatisfied: 0, satisfiedShare: 0, dissatisfiedShare: 0 },
        byCategory: [cat('repair', '设施报修', 1)],
      }),
    );
    expect(body.grids).toEqual([{ grid: { id: 1, name: '第一网格' }, ...body.total }]);
  });

  it('an empty period gives zeros and nulls, not errors', async () => {
    const { status, body } = await b.api('/api/stats?from=2020-01-01&to=2020-01-02');
    expect(status).toBe(200);
    expect(body.total).toEqual(bucket({}));
    expect(body.grids.map((g: { grid: unknown }) => g.grid)).toEqual([{ id: 1, name: '第一网格' }, { id: 2, name: '第二网格' }]);
  });

  it.each([['grid=7', '没有这个网格'], ['to=soon', '日期格式不正确']])('%s → 400', async (query, reason) => {
    const { status, body } = await b.api(`/api/stats?${query}`);
    expect(status).toBe(400);
    expect(body.error).toContain(reason);
  });
});
