/**
 * A notice to buildings no group is bound to must not look like it reached
 * everyone: the API response and the chat preview name those buildings, and
 * the office can list unbound buildings (API and `roster groups`).
 */
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { rosterCli } from '../roster/helpers';
import { startAnnBot, type AnnBot } from './support';
import { sqlRun } from '../helpers/sql';
import { tempDb } from '../helpers/app';

let b: AnnBot | undefined;
afterEach(async () => {
  await b?.stop();
  b = undefined;
});

/** The demo with building 5's group unbound and a new building 7 that never had one. */
async function partlyBound(dbPath?: string): Promise<AnnBot> {
  const bot = await startAnnBot({ dbPath });
  const { store } = bot.bot;
  await sqlRun(store, `UPDATE groups SET kind = 'unbound', building_id = NULL, community_id = NULL WHERE external_id = 'sim-b5'`);
  await sqlRun(store, `INSERT INTO buildings (community_id, grid_id, name) SELECT community_id, grid_id, '7' FROM buildings WHERE name = '6'`);
  return bot;
}

// Child processes (node + tsx, ~2 s of CPU each) on a shared 2-core machine: a generous cap, not a speed check.
describe('notices to buildings without a bound group', { timeout: 90_000 }, () => {
  it('POST /api/announcements lists the buildings no group will receive', async () => {
    b = await partlyBound();
    const some = await b.api('POST', '/api/announcements', { text: '明天停水', targets: { buildings: ['1', '5'] } });
    expect(some.status, JSON.stringify(some.body)).toBe(201);
    expect(some.body.unreachable).toEqual(['5号楼']);
    const all = await b.api('POST', '/api/announcements', { text: '今晚停电', targets: { all: true } });
    expect(all.status).toBe(201);
    expect(all.body.unreachable).toEqual(['5号楼', '7号楼']);
    const fine = await b.api('POST', '/api/announcements', { text: '周末义诊', targets: { buildings: ['1', '2'] } });
    expect(fine.body.unreachable).toEqual([]);
  });

  it('the chat preview names them before 确认', async () => {
    b = await partlyBound();
    const zhao = await b.personNamed('赵敏');
    await b.dm(zhao.id, '通知 全体 今晚小区停车场划线');
    const [preview] = await b.directTexts(zhao.id);
    expect(preview).toContain('（共 5 个群）');
    expect(preview).toContain('5号楼、7号楼 还没有绑定居民群，收不到这条通知');
  });

  it('GET /api/buildings?unbound=true lists buildings without a resident group', async () => {
    b = await partlyBound();
    const res = await b.api('GET', '/api/buildings?unbound=true');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.map((x: any) => [x.community, x.building, x.label, x.groups.length])).toEqual([
      ['幸福里社区', '5', '5号楼', 0],
      ['幸福里社区', '7', '7号楼', 0],
    ]);
    const every = await b.api('GET', '/api/buildings');
    expect(every.body).toHaveLength(7);
    expect(every.body.find((x: any) => x.building === '3').groups).toEqual([expect.objectContaining({ channel: 'simulator', topic: expect.any(String) })]);
  });

  it('npm run roster -- groups lists unbound buildings too', async () => {
    // The CLI is a second process on the store the bot has open: a SQLite file (PGlite serves one process).
    const file = tempDb();
    onTestFinished(async () => {
      await b?.stop();
      file.cleanup();
    });
    b = await partlyBound(file.path);
    const db = b.dbPath;
    const run = await rosterCli(db, 'groups');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('还没有绑定居民群的楼栋（2 栋');
    expect(run.stdout).toMatch(/幸福里社区\t第二网格\t5号楼/);
    expect(run.stdout).toMatch(/幸福里社区\t第二网格\t7号楼/);
    expect(run.stdout).toContain('sim-b5');
  });
});
