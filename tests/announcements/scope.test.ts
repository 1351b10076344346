/**
 * Grid leaders post and cancel only within the grids they cover (staff_grids);
 * the office is not limited. In the demo community 王建国 leads both grids, so
 * each test first narrows him to 第一网格 (buildings 1–3), as a roster would.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/services/tokens';
import { countsOf, startAnnBot, type AnnBot } from './support';
import { sqlRow, sqlRun, sqlValue } from '../helpers/sql';

let b: AnnBot | undefined;
afterEach(async () => {
  await b?.stop();
  b = undefined;
});

/** 王建国 covers only 第一网格; returns a token linked to him, his person id and the grid ids. */
async function leaderOfGridOne(): Promise<{ bot: AnnBot; token: string; personId: number; grid1: number; grid2: number }> {
  const bot = await startAnnBot();
  b = bot;
  const { store } = bot.bot;
  const db = store.db;
  const grid = (name: string) => sqlValue<number>(store, 'SELECT id FROM grids WHERE name = ?', name);
  const personId = await sqlValue<number>(store, `SELECT id FROM people WHERE name = '王建国'`);
  const [grid1, grid2] = [await grid('第一网格'), await grid('第二网格')];
  await sqlRun(store, 'DELETE FROM staff_grids WHERE person_id = ? AND grid_id = ?', personId, grid2);
  const token = (await createApiToken(db, 'grid_leader', '王建国', { personId })).token;
  return { bot, token, personId, grid1, grid2 };
}

/** Announcements and queued messages: a refused request must leave both unchanged. */
async function stored(bot: AnnBot): Promise<{ a: number; o: number }> {
  return (await sqlRow<{ a: number; o: number }>(bot.bot.store, 'SELECT (SELECT count(*) FROM announcements) a, (SELECT count(*) FROM outbox) o'))!;
}

describe('a grid leader token (linked to the person) posts only within their grids', () => {
  it('own grid, own building, and the workers group are sent; the next grid over is not', async () => {
    const { bot, token, grid1 } = await leaderOfGridOne();
    const post = (text: string, targets: object) => bot.api('POST', '/api/announcements', { text, targets }, token);

    expect((await post('一网格通知', { grids: ['第一网格'] })).status).toBe(201);
    expect((await post('按编号的一网格通知', { grids: [grid1] })).status).toBe(201);
    expect((await post('三号楼通知', { buildings: ['3号楼'] })).status).toBe(201);
    expect((await post('带工作群的通知', { buildings: ['2'], includeWorkers: true })).status).toBe(201);
    await bot.bot.settle();

    expect(await countsOf(bot, '一网格通知')).toEqual({ 'sim-b1': 1, 'sim-b2': 1, 'sim-b3': 1, 'sim-b4': 0, 'sim-b5': 0, 'sim-b6': 0, 'sim-workers': 0 });
    expect((await countsOf(bot, '按编号的一网格通知'))['sim-b1']).toBe(1);
    expect(await countsOf(bot, '三号楼通知')).toEqual({ 'sim-b1': 0, 'sim-b2': 0, 'sim-b3': 1, 'sim-b4': 0, 'sim-b5': 0, 'sim-b6': 0, 'sim-workers': 0 });
    expect(await countsOf(bot, '带工作群的通知')).toEqual({ 'sim-b1': 0, 'sim-b2': 1, 'sim-b3': 0, 'sim-b4': 0, 'sim-b5': 0, 'sim-b6': 0, 'sim-workers': 1 });
    expect((await post('四号楼通知', { buildings: ['4号楼'] })).status).toBe(403);
  });

  const refused: [string, object, string][] = [
    ['another grid', { grids: ['第二网格'] }, '第二网格'],
    ["another grid's building", { buildings: ['5'] }, '5号楼'],
    ['the whole community', { all: true }, '全体'],
    ['the whole community with the workers group', { all: true, includeWorkers: true }, '全体'],
    ['own building mixed with another', { buildings: ['3', '6号楼'] }, '6号楼'],
    ['own grid mixed with another grid', { grids: ['第一网格', '第二网格'] }, '第二网格'],
  ];
  for (const [what, targets, named] of refused) {
    it(`refuses ${what}: 403 outside_own_grids, nothing stored, nothing sent`, async () => {
      const { bot, token } = await leaderOfGridOne();
      const before = await stored(bot);
      const res = await bot.api('POST', '/api/announcements', { text: `越界通知 ${what}`, targets }, token);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('outside_own_grids');
      expect(res.body.error).toContain(named);
      expect(res.body.error).toContain('您负责的网格是：第一网格');
      expect(res.body.error).toContain(`不能发给：${named}。`); // only what is outside
      await bot.bot.settle();
      expect(await stored(bot)).toEqual(before);
      expect(Object.values(await countsOf(bot, `越界通知 ${what}`)).every((n) => n === 0)).toBe(true);
    });
  }

  it('refuses another grid by id, and a scheduled or recurring notice as well', async () => {
    const { bot, token, grid2 } = await leaderOfGridOne();
    const before = await stored(bot);
    const byId = await bot.api('POST', '/api/announcements', { text: 'x', targets: { grids: [grid2] } }, token);
    expect([byId.status, byId.body.code]).toEqual([403, 'outside_own_grids']);
    const later = await bot.api('POST', '/api/announcements', { text: 'x', targets: { buildings: ['4'] }, sendAt: '2026-06-02T09:00:00+08:00' }, token);
    expect([later.status, later.body.code]).toEqual([403, 'outside_own_grids']);
    const weekly = await bot.api('POST', '/api/announcements', { template: 'anti_fraud', targets: { all: true }, cron: '0 9 * * 1' }, token);
    expect([weekly.status, weekly.body.code]).toEqual([403, 'outside_own_grids']);
    expect(await stored(bot)).toEqual(before);
  });

  it('an unknown building is still "no such building"; a real one outside is "outside your grids"', async () => {
    const { bot, token } = await leaderOfGridOne();
    const res = await bot.api('POST', '/api/announcements', { text: 'x', targets: { buildings: ['99'] } }, token);
    expect([res.status, res.body.code]).toEqual([400, 'unknown_building']);
    const outside = await bot.api('POST', '/api/announcements', { text: 'x', targets: { buildings: ['6'] } }, token);
    expect([outside.status, outside.body.code]).toEqual([403, 'outside_own_grids']);
  });

  it("the workers group of a community where the leader covers no grid is not theirs", async () => {
    const { bot, token } = await leaderOfGridOne();
    await sqlRun(bot.bot.store, `INSERT INTO communities (street_id, name) SELECT street_id, '和平里社区' FROM communities LIMIT 1`);
    const body = { text: 'x', targets: { includeWorkers: true }, community: '和平里社区' };
    const res = await bot.api('POST', '/api/announcements', body, token);
    expect([res.status, res.body.code]).toEqual([403, 'outside_own_grids']);
    expect(res.body.error).toContain('不能发给：网格工作群。');
    // The office gets past the limit (and is told that community has no bound groups).
    expect((await bot.api('POST', '/api/announcements', body)).body.code).toBe('no_groups');
  });

  it('follows the roster at once: a grid taken away is refused on the next request', async () => {
    const { bot, token, personId, grid1, grid2 } = await leaderOfGridOne();
    const { store } = bot.bot;
    await sqlRun(store, 'INSERT INTO staff_grids (person_id, grid_id) VALUES (?, ?)', personId, grid2);
    expect((await bot.api('POST', '/api/announcements', { text: '二网格通知', targets: { grids: ['第二网格'] } }, token)).status).toBe(201);
    await sqlRun(store, 'DELETE FROM staff_grids WHERE person_id = ?', personId);
    const none = await bot.api('POST', '/api/announcements', { text: 'x', targets: { grids: [grid1] } }, token);
    expect([none.status, none.body.code]).toEqual([403, 'outside_own_grids']);
    expect(none.body.error).toContain('您还没有负责的网格');
  });
});

describe('the office is not limited', () => {
  it('an office token posts to any grid, building and the whole community, where the leader token may not', async () => {
    const { bot, token } = await leaderOfGridOne();
    const office = (await createApiToken(bot.bot.store.db, 'office', '赵敏')).token;
    for (const targets of [{ all: true }, { grids: ['第二网格'] }, { buildings: ['5'] }]) {
      const res = await bot.api('POST', '/api/announcements', { text: `办公室 ${JSON.stringify(targets)}`, targets }, office);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect((await bot.api('POST', '/api/announcements', { text: 'x', targets }, token)).status).toBe(403);
    }
    await bot.bot.settle();
    expect((await countsOf(bot, '办公室 {"buildings":["5"]}'))['sim-b5']).toBe(1);
  });
});

describe('tokens not linked to a grid leader', () => {
  it('an unlinked grid_leader token reads, but posting and cancelling are refused with 403 grids_unknown', async () => {
    const { bot } = await leaderOfGridOne();
    const unlinked = (await createApiToken(bot.bot.store.db, 'grid_leader', '未关联')).token;
    const mine = await bot.api('POST', '/api/announcements', { text: '办公室发的', targets: { buildings: ['1'] }, sendAt: '2026-06-02T09:00:00+08:00' });
    expect(mine.status).toBe(201);
    const before = await stored(bot);

    expect((await bot.api('GET', '/api/announcements', undefined, unlinked)).status).toBe(200);
    expect((await bot.api('GET', `/api/announcements/${mine.body.id}`, undefined, unlinked)).status).toBe(200);
    const post = await bot.api('POST', '/api/announcements', { text: 'x', targets: { buildings: ['1'] } }, unlinked);
    expect(post.status).toBe(403);
    expect(post.body.code).toBe('grids_unknown');
    expect(post.body.error).toContain('没有关联');
    expect(post.body.error).toContain('--person');
    // Even a malformed body: this token can never post, and says so first.
    expect((await bot.api('POST', '/api/announcements', {}, unlinked)).body.code).toBe('grids_unknown');
    const del = await bot.api('DELETE', `/api/announcements/${mine.body.id}`, undefined, unlinked);
    expect([del.status, del.body.code]).toEqual([403, 'grids_unknown']);
    expect(await stored(bot)).toEqual(before);
    expect((await bot.api('GET', `/api/announcements/${mine.body.id}`)).body.status).toBe('scheduled');
  });

  it('a token linked to someone who is no longer a grid leader is refused the same way', async () => {
    const { bot, token, personId } = await leaderOfGridOne();
    await sqlRun(bot.bot.store, `UPDATE people SET role = 'grid_worker' WHERE id = ?`, personId);
    const res = await bot.api('POST', '/api/announcements', { text: 'x', targets: { buildings: ['1'] } }, token);
    expect([res.status, res.body.code]).toEqual([403, 'grids_unknown']);
    expect(res.body.error).toContain('王建国');
  });
});

describe('cancelling: a grid leader may cancel what lies within their grids', () => {
  const later = '2026-06-02T09:00:00+08:00';

  it("cancels notices aimed within their grids (their own and the office's); refuses wider ones; the office cancels any", async () => {
    const { bot, token } = await leaderOfGridOne();
    const office = (targets: object) => bot.api('POST', '/api/announcements', { text: '办公室定时', targets, sendAt: later });
    const own = await bot.api('POST', '/api/announcements', { text: '网格长定时', targets: { grids: ['第一网格'] }, sendAt: later }, token);
    const officeInside = await office({ buildings: ['3'], includeWorkers: true });
    const officeOtherGrid = await office({ grids: ['第二网格'] });
    const officeAll = await office({ all: true });
    const officeMixed = await office({ buildings: ['3', '4'] });
    for (const r of [own, officeInside, officeOtherGrid, officeAll, officeMixed]) expect(r.status).toBe(201);

    const cancel = (id: number, t?: string) => bot.api('DELETE', `/api/announcements/${id}`, undefined, t);
    expect((await cancel(own.body.id, token)).status).toBe(200);
    expect((await cancel(officeInside.body.id, token)).status).toBe(200);
    for (const [r, named] of [[officeOtherGrid, '第二网格'], [officeAll, '全体'], [officeMixed, '4号楼']] as const) {
      const res = await cancel(r.body.id, token);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('outside_own_grids');
      expect(res.body.error).toContain(`通知 #${r.body.id}`);
      expect(res.body.error).toContain(named);
      expect((await bot.api('GET', `/api/announcements/${r.body.id}`)).body.status).toBe('scheduled');
    }
    // The refused ones still go out when due.
    await bot.timer.advanceTo('2026-06-02T01:00:00Z');
    await bot.bot.settle();
    expect((await countsOf(bot, '办公室定时'))['sim-b5']).toBe(2); // 第二网格 and 全体
    expect((await countsOf(bot, '网格长定时'))['sim-b1']).toBe(0);

    const office2 = (await createApiToken(bot.bot.store.db, 'office', '赵敏')).token;
    const wide = await bot.api('POST', '/api/announcements', { text: '办公室全体', targets: { all: true }, sendAt: '2026-06-03T09:00:00+08:00' });
    expect((await cancel(wide.body.id, office2)).status).toBe(200);
  });
});
