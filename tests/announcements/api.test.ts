import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, BUILDING_GROUPS, countsOf, startAnnBot, type AnnBot } from './support';
import { createApiToken } from '../../src/services/tokens';
import { sqlRows, sqlValue } from '../helpers/sql';

let b: AnnBot;
afterEach(async () => {
  await b?.stop();
});

describe('POST /api/announcements end to end through the simulator', () => {
  it('sends free text now to the chosen buildings exactly once, and nothing to the others', async () => {
    b = await startAnnBot();
    const text = '明天9:00-17:00停水，请提前储水';
    const res = await b.api('POST', '/api/announcements', { text, targets: { buildings: ['3', '4号楼'] } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ id: expect.any(Number), nextRunAt: null });
    expect(['sending', 'done']).toContain(res.body.status);
    await b.bot.settle();

    expect(await countsOf(b, text)).toEqual({ 'sim-b1': 0, 'sim-b2': 0, 'sim-b3': 1, 'sim-b4': 1, 'sim-b5': 0, 'sim-b6': 0, 'sim-workers': 0 });
    // The other groups got nothing at all.
    for (const g of ['sim-b1', 'sim-b2', 'sim-b5', 'sim-b6', 'sim-workers']) expect(await b.texts(g)).toEqual([]);

    const detail = await b.api('GET', `/api/announcements/${res.body.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.status).toBe('done');
    expect(detail.body.groups.map((g: any) => [g.building, g.status])).toEqual([
      ['3', 'sent'],
      ['4', 'sent'],
    ]);
    expect(detail.body.groups[0].sentAt).toEqual(expect.any(String));
    expect(detail.body.deliveries).toMatchObject({ sent: 2, pending: 0, review: 0 });
  });

  it('targets all building groups, and the workers group only when asked', async () => {
    b = await startAnnBot();
    const r1 = await b.api('POST', '/api/announcements', { text: '全体通知一', targets: { all: true } });
    expect(r1.status).toBe(201);
    const r2 = await b.api('POST', '/api/announcements', { text: '全体通知二', targets: { all: true, includeWorkers: true } });
    expect(r2.status).toBe(201);
    await b.bot.settle();
    const c1 = await countsOf(b, '全体通知一');
    for (const g of BUILDING_GROUPS) expect(c1[g]).toBe(1);
    expect(c1['sim-workers']).toBe(0);
    expect(Object.values(await countsOf(b, '全体通知二'))).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('targets grids by name or id and renders templates', async () => {
    b = await startAnnBot();
    const grids = await sqlRows<{ id: number; name: string }>(b.bot.store, 'SELECT id, name FROM grids ORDER BY id');
    const res = await b.api('POST', '/api/announcements', {
      template: 'water_outage',
      vars: { area: '第二网格各楼', start: '6月2日 9:00', end: '6月2日 17:00', reason: '主管道维修', contact: '010-6521 3300' },
      targets: { grids: [grids[1]!.id] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    await b.bot.settle();
    const preview = await b.api('POST', '/api/templates/water_outage/preview', {
      vars: { area: '第二网格各楼', start: '6月2日 9:00', end: '6月2日 17:00', reason: '主管道维修', contact: '010-6521 3300' },
    });
    expect(preview.status).toBe(200);
    const text = preview.body.text as string;
    expect(text).toContain('【停水通知】');
    const counts = await countsOf(b, text);
    expect(counts).toEqual({ 'sim-b1': 0, 'sim-b2': 0, 'sim-b3': 0, 'sim-b4': 1, 'sim-b5': 1, 'sim-b6': 1, 'sim-workers': 0 });

    const byName = await b.api('POST', '/api/announcements', { text: '第一网格的通知', targets: { grids: ['第一网格'] } });
    expect(byName.status).toBe(201);
    await b.bot.settle();
    expect(await countsOf(b, '第一网格的通知')).toMatchObject({ 'sim-b1': 1, 'sim-b2': 1, 'sim-b3': 1, 'sim-b4': 0 });
  });
});

describe('templates API', () => {
  it('lists templates with Chinese titles and typed variables', async () => {
    b = await startAnnBot();
    const res = await b.api('GET', '/api/templates');
    expect(res.status).toBe(200);
    const names = res.body.map((t: any) => t.name);
    expect(names).toEqual(expect.arrayContaining(['water_outage', 'power_outage', 'elevator_maintenance', 'anti_fraud', 'activity', 'policy']));
    const water = res.body.find((t: any) => t.name === 'water_outage');
    expect(water.title).toBe('停水通知');
    expect(water.variables).toContainEqual({ name: 'area', description: expect.stringContaining('停水范围'), required: true });
    expect(water.variables.find((v: any) => v.name === 'contact').required).toBe(false);
  });

  it('preview: 400 on bad variables, 404 on an unknown template', async () => {
    b = await startAnnBot();
    const missing = await b.api('POST', '/api/templates/water_outage/preview', { vars: { area: '3号楼' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toContain('start');
    const extra = await b.api('POST', '/api/templates/anti_fraud/preview', { vars: { nonsense: 'x' } });
    expect(extra.status).toBe(400);
    expect((await b.api('POST', '/api/templates/nope/preview', { vars: {} })).status).toBe(404);
    const ok = await b.api('POST', '/api/templates/anti_fraud/preview', {});
    expect(ok.status).toBe(200);
    expect(ok.body.text).toContain('96110');
  });
});

describe('auth', () => {
  it('401 without or with a wrong token, 403 for a read-only role and for a leader token linked to nobody, office and linked leader tokens may post', async () => {
    b = await startAnnBot();
    const body = { text: '测试', targets: { buildings: ['1'] } };
    const none = await b.api('POST', '/api/announcements', body, null);
    expect(none.status).toBe(401);
    expect((await b.api('GET', '/api/announcements', undefined, null)).status).toBe(401);
    expect((await b.api('GET', '/api/templates', undefined, 'wrong-token')).status).toBe(401);

    const db = b.bot.store.db;
    const worker = (await createApiToken(db, 'grid_worker', '李强')).token;
    const wangId = await sqlValue<number>(b.bot.store, `SELECT id FROM people WHERE name = '王建国'`);
    const leader = (await createApiToken(db, 'grid_leader', '王建国', { personId: wangId })).token;
    // A leader token that says nobody's grids: read-only (scope.test.ts has the rest).
    const unlinked = (await createApiToken(db, 'grid_leader', '无人')).token;
    expect((await b.api('POST', '/api/announcements', body, unlinked)).status).toBe(403);
    const office = (await createApiToken(db, 'office', '赵敏')).token;
    expect((await b.api('POST', '/api/announcements', body, worker)).status).toBe(403);
    expect((await b.api('GET', '/api/announcements', undefined, worker)).status).toBe(200);
    expect((await b.api('GET', '/api/templates', undefined, worker)).status).toBe(200);
    const posted = await b.api('POST', '/api/announcements', body, leader);
    expect(posted.status).toBe(201);
    expect((await b.api('DELETE', `/api/announcements/${posted.body.id}`, undefined, worker)).status).toBe(403);
    expect((await b.api('POST', '/api/announcements', body, office)).status).toBe(201);
    expect((await b.api('POST', '/api/announcements', body, ADMIN)).status).toBe(201);
    // Only hashes are stored.
    const stored = await sqlRows<{ token_hash: string }>(b.bot.store, 'SELECT token_hash FROM api_tokens');
    expect(stored.map((r) => r.token_hash)).not.toContain(office);
    // The simulator stays open.
    expect((await b.bot.app.inject({ method: 'GET', url: '/sim/groups' })).statusCode).toBe(200);
  });
});
