/**
 * A grid leader's scheduled or recurring notice is checked again at each run
 * against the grids its creator covers then: after a roster change it is not
 * sent, it is stopped, and the office is told once. Office notices are not
 * limited. In the demo community 王建国 leads both grids; each test first
 * narrows him to 第一网格 (buildings 1–3), as a roster would.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/services/tokens';
import { createAnnouncement, type Actor } from '../../src/services/announcements';
import { countsOf, startAnnBot, type AnnBot } from './support';
import { sqlRow, sqlRun, sqlValue } from '../helpers/sql';

let b: AnnBot | undefined;
afterEach(async () => {
  await b?.stop();
  b = undefined;
});

const DAILY = '0 9 * * *'; // 09:00 Shanghai = 01:00Z
const GRID_ONE = { 'sim-b1': 1, 'sim-b2': 1, 'sim-b3': 1, 'sim-b4': 0, 'sim-b5': 0, 'sim-b6': 0, 'sim-workers': 0 };

async function setup() {
  const bot = await startAnnBot({ start: '2026-06-01T00:00:00Z' }); // Mon 08:00 Shanghai
  b = bot;
  const { store } = bot.bot;
  const db = store.db;
  const id = (sql: string, ...args: unknown[]) => sqlValue<number>(store, sql, ...args);
  const exec = (sql: string, ...args: unknown[]) => sqlRun(store, sql, ...args);
  const wang = await id(`SELECT id FROM people WHERE name = '王建国'`);
  const grid1 = await id(`SELECT id FROM grids WHERE name = '第一网格'`);
  const grid2 = await id(`SELECT id FROM grids WHERE name = '第二网格'`);
  await exec('DELETE FROM staff_grids WHERE person_id = ? AND grid_id = ?', wang, grid2);
  const leaderToken = (await createApiToken(db, 'grid_leader', '王建国', { personId: wang })).token;
  /** The day's 09:00 run, then the outbox has sent it. */
  const runDay = async (day: number) => {
    await bot.timer.advanceTo(`2026-06-${String(day).padStart(2, '0')}T01:00:00Z`);
    await bot.bot.settle();
  };
  const detail = async (n: number) => (await bot.api('GET', `/api/announcements/${n}`)).body;
  const officeTexts = async () => bot.directTexts((await bot.personNamed('赵敏')).id);
  return { bot, id, exec, db, wang, grid1, grid2, leaderToken, runDay, detail, officeTexts };
}

describe("a grid leader's recurring notice after a roster change", () => {
  it('grid handed over between runs: the next run is not sent, the notice stops, the office is told once', async () => {
    const { bot, exec, wang, grid1, grid2, leaderToken, runDay, detail, officeTexts } = await setup();
    const res = await bot.api('POST', '/api/announcements', { text: '每日垃圾分类提醒', targets: { grids: ['第一网格'] }, cron: DAILY }, leaderToken);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    await runDay(1);
    expect(await countsOf(bot, '每日垃圾分类提醒')).toEqual(GRID_ONE);

    // The roster swaps: 第一网格 goes to 张丽 (now a leader), 王建国 takes 第二网格.
    await exec(`UPDATE people SET role = 'grid_leader' WHERE name = '张丽'`);
    await exec('UPDATE staff_grids SET grid_id = ? WHERE person_id = ? AND grid_id = ?', grid2, wang, grid1);
    await runDay(2);
    expect(await countsOf(bot, '每日垃圾分类提醒')).toEqual(GRID_ONE); // nothing more in any group

    const d = await detail(res.body.id);
    expect(d).toMatchObject({ status: 'stopped', nextRunAt: null, runCount: 2 });
    expect(d.runs.map((r: any) => [r.scheduledFor, r.status, r.note])).toEqual([
      ['2026-06-01T01:00:00.000Z', 'queued', null],
      ['2026-06-02T01:00:00.000Z', 'stopped', 'outside-grids'],
    ]);
    const told = (await officeTexts()).filter((t) => t.includes('通知已停止'));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(`#${res.body.id}`);
    expect(told[0]).toContain('王建国');
    expect(told[0]).toContain('第一网格 已不在其负责的网格内（现在负责：第二网格）');
    expect(told[0]).toContain('2026-06-02 09:00');

    // Stopped for good: later days neither send nor tell the office again, and it is not due any more.
    await runDay(5);
    expect(await countsOf(bot, '每日垃圾分类提醒')).toEqual(GRID_ONE);
    expect((await officeTexts()).filter((t) => t.includes('通知已停止'))).toHaveLength(1);
    expect(await sqlRow(bot.bot.store, `SELECT count(*) n FROM announcement_runs WHERE announcement_id = ?`, res.body.id)).toEqual({ n: 2 });
    // And there is nothing left to cancel.
    expect((await bot.api('DELETE', `/api/announcements/${res.body.id}`)).status).toBe(409);
  });

  it('a one-shot notice by a leader who was deactivated meanwhile (posted in chat, as a person) is stopped too', async () => {
    const { bot, exec, wang, runDay, detail, officeTexts } = await setup();
    const leader: Actor = { kind: 'person', id: wang, name: '王建国', role: 'grid_leader', personId: wang, communityId: null };
    const row = await createAnnouncement(bot.bot.announcements.deps, leader, {
      text: '周二停电通知',
      targets: { buildings: ['2'] },
      sendAt: '2026-06-02T09:00:00+08:00',
    });
    await exec('UPDATE people SET active = 0 WHERE id = ?', wang);
    await runDay(2);
    expect(Object.values(await countsOf(bot, '周二停电通知')).every((n) => n === 0)).toBe(true);
    const d = await detail(row.id);
    expect(d).toMatchObject({ status: 'stopped', nextRunAt: null, createdBy: `person:${wang}` });
    expect(d.runs).toEqual([expect.objectContaining({ status: 'stopped', note: 'grids-unknown:not_leader' })]);
    const told = (await officeTexts()).filter((t) => t.includes('通知已停止'));
    expect(told).toEqual([expect.stringContaining('不是在岗的网格长')]);
  });

  it('a notice still within the grids its creator covers keeps running, whatever else changes', async () => {
    const { bot, exec, grid2, leaderToken, runDay, detail, officeTexts } = await setup();
    const res = await bot.api('POST', '/api/announcements', { text: '三号楼每日提醒', targets: { buildings: ['3'] }, cron: DAILY }, leaderToken);
    expect(res.status).toBe(201);
    await runDay(1);
    // A roster change that does not touch his grid: 第二网格 gets a new leader.
    await exec(`UPDATE people SET role = 'grid_leader' WHERE name = '李强'`);
    await exec(`INSERT INTO staff_grids (person_id, grid_id) SELECT id, CAST(? AS integer) FROM people WHERE name = '李强' ON CONFLICT DO NOTHING`, grid2);
    await runDay(2);
    await runDay(3);
    expect((await countsOf(bot, '三号楼每日提醒'))['sim-b3']).toBe(3);
    const d = await detail(res.body.id);
    expect(d).toMatchObject({ status: 'scheduled', runCount: 3, nextRunAt: '2026-06-04T01:00:00.000Z' });
    expect(d.runs.map((r: any) => r.status)).toEqual(['queued', 'queued', 'queued']);
    expect((await officeTexts()).filter((t) => t.includes('通知已停止'))).toEqual([]);
  });
});

describe('office notices are not limited by the roster', () => {
  it("an office token's and an office person's recurring notices keep running after the leader loses every grid and the office person leaves", async () => {
    const { bot, id, exec, db, wang, runDay, detail } = await setup();
    const office = (await createApiToken(db, 'office', '社区办公室')).token;
    const byToken = await bot.api('POST', '/api/announcements', { text: '办公室每日提醒', targets: { grids: ['第一网格'] }, cron: DAILY }, office);
    expect(byToken.status).toBe(201);
    const zhao = await id(`SELECT id FROM people WHERE name = '赵敏'`);
    const officePerson: Actor = { kind: 'person', id: zhao, name: '赵敏', role: 'office', personId: zhao, communityId: null };
    const byPerson = await createAnnouncement(bot.bot.announcements.deps, officePerson, { text: '赵敏的每日提醒', targets: { buildings: ['1'] }, cron: DAILY });
    await runDay(1);

    await exec('DELETE FROM staff_grids WHERE person_id = ?', wang);
    await exec(`UPDATE people SET active = 0, role = 'grid_worker' WHERE id = ?`, zhao);
    await runDay(2);
    expect(await countsOf(bot, '办公室每日提醒')).toEqual({ ...GRID_ONE, 'sim-b1': 2, 'sim-b2': 2, 'sim-b3': 2 });
    expect((await countsOf(bot, '赵敏的每日提醒'))['sim-b1']).toBe(2);
    for (const n of [byToken.body.id, byPerson.id]) {
      expect(await detail(n)).toMatchObject({ status: 'scheduled', runCount: 2 });
    }
  });
});
