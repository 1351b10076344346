/**
 * A cancellation records who cancelled (the actor ref and display name) and
 * when; the announcement's API view shows it. (Notices are cancelled only
 * over HTTP: chat has 取消 for a draft, not for a stored notice.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/services/tokens';
import { startAnnBot, type AnnBot } from './support';
import { sqlRun, sqlValue } from '../helpers/sql';

let b: AnnBot | undefined;
afterEach(async () => {
  await b?.stop();
  b = undefined;
});

const LATER = '2026-06-02T09:00:00+08:00';

describe('who cancelled', () => {
  it('an office token, a grid leader token and the admin token: ref, name and time in GET /api/announcements/:id', async () => {
    b = await startAnnBot({ start: '2026-06-01T01:00:00Z' });
    const bot = b;
    const { store } = bot.bot;
    const db = store.db;
    const wang = await sqlValue<number>(store, `SELECT id FROM people WHERE name = '王建国'`);
    const office = await createApiToken(db, 'office', '赵敏');
    const leader = await createApiToken(db, 'grid_leader', '王建国', { personId: wang });
    const post = async (text: string) =>
      (await bot.api('POST', '/api/announcements', { text, targets: { buildings: ['1'] }, sendAt: LATER })).body.id as number;
    const [a, c, d, untouched] = [await post('办公室撤'), await post('网格长撤'), await post('管理员撤'), await post('不撤')];

    bot.clock.set('2026-06-01T02:15:00Z');
    expect((await bot.api('DELETE', `/api/announcements/${a}`, undefined, office.token)).status).toBe(200);
    bot.clock.set('2026-06-01T02:16:00Z');
    expect((await bot.api('DELETE', `/api/announcements/${c}`, undefined, leader.token)).status).toBe(200);
    expect((await bot.api('DELETE', `/api/announcements/${d}`)).status).toBe(200);

    const view = async (id: number) => (await bot.api('GET', `/api/announcements/${id}`)).body;
    expect(await view(a)).toMatchObject({
      status: 'cancelled',
      cancelledAt: '2026-06-01T02:15:00.000Z',
      cancelledBy: `token:${office.id}`,
      cancelledByName: '赵敏',
    });
    expect(await view(c)).toMatchObject({ cancelledAt: '2026-06-01T02:16:00.000Z', cancelledBy: `token:${leader.id}`, cancelledByName: '王建国' });
    expect(await view(d)).toMatchObject({ cancelledBy: 'admin-token', cancelledByName: 'GRIDBOT_ADMIN_TOKEN' });
    expect(await view(untouched)).toMatchObject({ status: 'scheduled', cancelledAt: null, cancelledBy: null, cancelledByName: null });
    // The list shows it too.
    const list = (await bot.api('GET', '/api/announcements')).body as { id: number; cancelledByName: string | null }[];
    expect(list.find((x) => x.id === a)?.cancelledByName).toBe('赵敏');
  });

  it('a refused cancel records nobody', async () => {
    b = await startAnnBot({ start: '2026-06-01T01:00:00Z' });
    const { store } = b.bot;
    const db = store.db;
    const wang = await sqlValue<number>(store, `SELECT id FROM people WHERE name = '王建国'`);
    await sqlRun(store, 'DELETE FROM staff_grids WHERE person_id = ? AND grid_id = (SELECT id FROM grids WHERE name = ?)', wang, '第二网格');
    const leader = await createApiToken(db, 'grid_leader', '王建国', { personId: wang });
    const id = (await b.api('POST', '/api/announcements', { text: '全体', targets: { all: true }, sendAt: LATER })).body.id;
    expect((await b.api('DELETE', `/api/announcements/${id}`, undefined, leader.token)).status).toBe(403);
    expect((await b.api('GET', `/api/announcements/${id}`)).body).toMatchObject({ status: 'scheduled', cancelledBy: null, cancelledByName: null });
  });
});
