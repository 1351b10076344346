/**
 * The console's sign-in, session and CSRF rules, and ticket actions under a
 * grid leader's limits — over HTTP (inject), no browser needed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/app';
import { createApiToken } from '../../src/services/tokens';
import { createPerson } from '../../src/store/repos/people';
import { staffGrids } from '../../src/store/schema';
import { gridByIdOrName } from '../../src/store/repos/ticket-queries';
import { SESSION_TTL_MS } from '../../src/http/console/session';
import { ADMIN, FORM, form, signIn } from './support';
import { sqlRun } from '../helpers/sql';

let t: TestBot;
let now: Date;

beforeEach(async () => {
  now = new Date('2026-12-04T02:00:00Z');
  t = await startTestBot({ env: { GRIDBOT_ADMIN_TOKEN: ADMIN }, gridbot: { now: () => now } });
});
afterEach(async () => t?.stop());

describe('sign-in', () => {
  it('sends a visitor without a session to the sign-in page, and back after signing in', async () => {
    const app = t.bot.app;
    const first = await app.inject({ url: '/console/tickets?status=open' });
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe('/console/login?next=%2Fconsole%2Ftickets%3Fstatus%3Dopen');
    const login = await app.inject({ method: 'POST', url: '/console/login', headers: FORM, payload: form({ token: ADMIN, next: '/console/tickets?status=open' }) });
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe('/console/tickets?status=open');
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Max-Age=28800/);
    expect(cookie).not.toContain(ADMIN);
  });

  it('never follows a next that leaves the console', async () => {
    for (const next of ['https://example.org/', '//example.org/console', '/api/tickets']) {
      const r = await t.bot.app.inject({ method: 'POST', url: '/console/login', headers: FORM, payload: form({ token: ADMIN, next }) });
      expect(r.headers.location, next).toBe('/console');
    }
  });

  it('refuses a wrong token and a grid worker token, in Chinese', async () => {
    const wrong = await t.bot.app.inject({ method: 'POST', url: '/console/login', headers: FORM, payload: form({ token: 'nope' }) });
    expect(wrong.statusCode).toBe(200);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(wrong.body).toContain('令牌不对');
    const worker = (await createApiToken(t.bot.store.db, 'grid_worker', '张丽的令牌')).token;
    const w = await t.bot.app.inject({ method: 'POST', url: '/console/login', headers: FORM, payload: form({ token: worker }) });
    expect(w.statusCode).toBe(200);
    expect(w.body).toContain('只有社区办公室或网格长');
    expect(w.headers['set-cookie']).toBeUndefined();
  });

  it('expires after the session lifetime, and signing out ends it at once', async () => {
    const app = t.bot.app;
    const a = await signIn(app);
    expect((await app.inject({ url: '/console', headers: { cookie: a.cookie } })).statusCode).toBe(200);
    now = new Date(now.getTime() + SESSION_TTL_MS + 1000);
    expect((await app.inject({ url: '/console', headers: { cookie: a.cookie } })).statusCode).toBe(303);

    const b = await signIn(app);
    const out = await app.inject({ method: 'POST', url: '/console/logout', headers: { cookie: b.cookie, ...FORM }, payload: form({ _csrf: b.csrf }) });
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/console/login');
    expect((await app.inject({ url: '/console', headers: { cookie: b.cookie } })).statusCode).toBe(303);
  });

  it('refuses every POST without the session CSRF token', async () => {
    const app = t.bot.app;
    const s = await signIn(app);
    const feng = await t.personNamed('冯秀英');
    await t.say('sim-b3', feng.id, '3号楼2单元电梯坏了');
    for (const csrf of [undefined, 'x'.repeat(s.csrf.length), 'short']) {
      const r = await app.inject({
        method: 'POST',
        url: '/console/tickets/1/action',
        headers: { cookie: s.cookie, ...FORM },
        payload: form({ action: 'reject', reason: '重复', ...(csrf ? { _csrf: csrf } : {}) }),
      });
      expect(r.statusCode).toBe(403);
      expect(r.body).toBe('页面已过期，请刷新后重试。');
    }
    const api = (await app.inject({ url: '/api/tickets/1', headers: { authorization: `Bearer ${ADMIN}` } })).json();
    expect(api.status).toBe('open');
    // The header form (htmx) works as well as the field.
    const ok = await app.inject({
      method: 'POST',
      url: '/console/tickets/1/action',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'hx-request': 'true', ...FORM },
      payload: form({ action: 'reject', reason: '重复反映' }),
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('工单 #1 已退回');
  });

  it('ends a session whose token is revoked', async () => {
    const app = t.bot.app;
    const { id, token } = await createApiToken(t.bot.store.db, 'office', '社区办小王');
    const s = await signIn(app, token);
    await sqlRun(t.bot.store, 'DELETE FROM api_tokens WHERE id = ?', id);
    expect((await app.inject({ url: '/console', headers: { cookie: s.cookie } })).statusCode).toBe(303);
  });
});

describe('a grid leader in the console', () => {
  it('sees every ticket but changes only those of the grids they cover', async () => {
    const { db } = t.bot.store;
    const first = (await gridByIdOrName(db, '第一网格'))!;
    const leader = await createPerson(db, { name: '钱网格长', role: 'grid_leader', communityId: 1, createdAt: now });
    await db.insert(staffGrids).values({ personId: leader.id, gridId: first.id });
    const token = (await createApiToken(db, 'grid_leader', '钱网格长的令牌', { personId: leader.id })).token;
    const liu = await t.personNamed('刘阿姨'); // building 1: 第一网格
    const ma = await t.personNamed('马丽娟'); // building 4: 第二网格
    await t.say('sim-b1', liu.id, '1号楼楼道灯坏了');
    await t.say('sim-b4', ma.id, '4号楼门口垃圾没人清');
    const app = t.bot.app;
    const s = await signIn(app, token);
    const mine = await app.inject({ url: '/console/tickets/1', headers: { cookie: s.cookie } });
    expect(mine.body).toContain('选择操作');
    const other = await app.inject({ url: '/console/tickets/2', headers: { cookie: s.cookie } });
    expect(other.statusCode).toBe(200);
    expect(other.body).toContain('可以查看，不能处理');

    const post = (id: number) =>
      app.inject({ method: 'POST', url: `/console/tickets/${id}/action`, headers: { cookie: s.cookie, ...FORM }, payload: form({ _csrf: s.csrf, action: 'resolve', reason: '已处理' }) });
    expect((await post(2)).statusCode).toBe(403);
    expect((await post(1)).statusCode).toBe(200);
    const api = (id: number) => app.inject({ url: `/api/tickets/${id}`, headers: { authorization: `Bearer ${ADMIN}` } }).then((r) => r.json());
    expect((await api(1)).status).toBe('resolved');
    expect((await api(2)).status).toBe('open');
    // The action is recorded as the leader's, like a chat command.
    expect((await api(1)).events.at(-1)).toMatchObject({ type: 'resolved', actor: { name: '钱网格长' }, note: '已处理' });
  });
});
