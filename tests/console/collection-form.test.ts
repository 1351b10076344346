/**
 * The console's 接龙 pages over HTTP (inject): the start form goes through
 * createCollection with the API's Chinese refusals, nothing is written on a
 * refusal, grid leaders start only in their grids, and closing early.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/app';
import { createApiToken } from '../../src/services/tokens';
import { createPerson } from '../../src/store/repos/people';
import { staffGrids } from '../../src/store/schema';
import { gridByIdOrName } from '../../src/store/repos/ticket-queries';
import { collectionErrorText } from '../../src/templates/collections';
import { badNumber, priceWithoutName } from '../../src/templates/console/collections';
import { ADMIN, FORM, form, signIn } from './support';
import { sqlValue } from '../helpers/sql';

let t: TestBot;
beforeEach(async () => {
  t = await startTestBot({ env: { GRIDBOT_ADMIN_TOKEN: ADMIN } });
});
afterEach(async () => t?.stop());

/** Tomorrow 18:00 Beijing time, as a datetime-local input writes it. */
const tomorrow = () => `${new Date(Date.now() + 8 * 3600_000 + 86400_000).toISOString().slice(0, 10)}T18:00`;
const count = () => sqlValue<number>(t.bot.store, 'SELECT count(*) AS n FROM collections');

async function start(s: { cookie: string; csrf: string }, fields: Record<string, string | string[]>, htmx = false) {
  return t.bot.app.inject({
    method: 'POST',
    url: '/console/collections',
    headers: { cookie: s.cookie, ...FORM, ...(htmx ? { 'hx-request': 'true' } : {}) },
    payload: form({ _csrf: s.csrf, ...fields }),
  });
}

const order = { kind: 'order', title: '本周蔬菜团购', deadline: '', buildings: ['1:3', '1:5'], itemName: ['白菜', '土豆', ''], itemUnit: ['斤', '斤', ''], itemPrice: ['', '3', ''] };

describe('starting a collection from the console', () => {
  it('posts through createCollection: the same collection as POST /api/collections, in the groups at once', async () => {
    const s = await signIn(t.bot.app);
    const list = await t.bot.app.inject({ url: '/console/collections', headers: { cookie: s.cookie } });
    expect(list.body).toContain('发起接龙');
    expect(list.body).toContain('value="1:第一网格"');
    const r = await start(s, { ...order, deadline: tomorrow() });
    expect(r.statusCode, r.body).toBe(303);
    expect(r.headers.location).toMatch(/^\/console\/collections\/1\?created=2$/);
    const api = (await t.bot.app.inject({ url: '/api/collections/1', headers: { authorization: `Bearer ${ADMIN}` } })).json();
    expect(api).toMatchObject({ kind: 'order', title: '本周蔬菜团购', status: 'open', groups: 2 });
    expect(api.items).toEqual([
      { name: '白菜', unit: '斤', total: 0, amount: null },
      { name: '土豆', unit: '斤', total: 0, amount: 0 },
    ]);
    expect(api.deadline).toBe(new Date(`${tomorrow()}:00+08:00`).toISOString());
    await t.bot.settle();
    expect((await t.groupTexts('sim-b3')).at(-1)).toContain('本周蔬菜团购');
    expect((await t.groupTexts('sim-b5')).at(-1)).toContain('土豆（斤，3元）');
    const page = await t.bot.app.inject({ url: r.headers.location as string, headers: { cookie: s.cookie } });
    expect(page.body).toContain('接龙 #1 已发到 2 个群');
    const listed = await t.bot.app.inject({ url: '/console/collections', headers: { cookie: s.cookie } });
    expect(listed.body).toContain('本周蔬菜团购');
  });

  it('refuses bad input with the API’s Chinese reasons, keeps what was typed, and writes nothing', async () => {
    const s = await signIn(t.bot.app);
    const cases: Array<[Record<string, string | string[]>, string]> = [
      [{ ...order, deadline: tomorrow(), title: '' }, '缺少标题 title'],
      [{ ...order, deadline: tomorrow(), itemName: ['', ''], itemUnit: ['', ''], itemPrice: ['', ''] }, collectionErrorText.no_items!({})],
      [{ ...order, deadline: tomorrow(), kind: 'form', fields: '  ' }, collectionErrorText.no_fields!({})],
      [{ ...order, deadline: '2020-01-01T08:00' }, collectionErrorText.deadline_past!({})],
      [{ ...order, deadline: '2026-02-30T08:00' }, collectionErrorText.bad_deadline!({ deadline: '2026-02-30T08:00' })],
      [{ ...order, deadline: '' }, '缺少截止时间 deadline'],
      [{ ...order, deadline: tomorrow(), buildings: [] }, collectionErrorText.no_targets!({})],
      [{ ...order, deadline: tomorrow(), buildings: ['1:99'] }, '没有「99」这栋楼'],
      [{ ...order, deadline: tomorrow(), itemPrice: ['三块', '', ''] }, badNumber('单价', '三块')],
      [{ ...order, deadline: tomorrow(), itemName: ['白菜', '', ''], itemPrice: ['', '3', ''] }, priceWithoutName()],
      [{ ...order, deadline: tomorrow(), itemName: ['白菜', '白菜', ''] }, '选项重复'],
      [{ ...order, deadline: tomorrow(), kind: 'bogus' }, 'kind 应为 order、signup 或 form'],
      [{ ...order, deadline: tomorrow(), limit: '2.5' }, '每户限量应为正整数'],
      [{ ...order, deadline: tomorrow(), limit: '两份' }, badNumber('每户限量', '两份')],
      [{ ...order, deadline: tomorrow(), itemName: ['白菜', '', ''], itemUnit: ['一大塑料袋装', '', ''], itemPrice: ['', '', ''] }, '单位最多 4 个字'],
    ];
    for (const [fields, reason] of cases) {
      const plain = await start(s, fields);
      expect(plain.statusCode, reason).toBe(400);
      expect(plain.body, reason).toContain(reason);
      // The whole page again, with what was typed.
      expect(plain.body).toContain('<h1>接龙</h1>');
      if (fields.title) expect(plain.body).toContain(`value="${fields.title}"`);
      const htmx = await start(s, fields, true);
      expect(htmx.statusCode).toBe(200);
      expect(htmx.body).toContain(reason);
      expect(htmx.body).not.toContain('<html');
    }
    expect(await count()).toBe(0);
    // No CSRF token: refused before the verb.
    const forged = await t.bot.app.inject({ method: 'POST', url: '/console/collections', headers: { cookie: s.cookie, ...FORM }, payload: form({ ...order, deadline: tomorrow() }) });
    expect(forged.statusCode).toBe(403);
    expect(await count()).toBe(0);
  });

  it('lets a grid leader start only within their grids, and close only what lies in them', async () => {
    const { db } = t.bot.store;
    const first = (await gridByIdOrName(db, '第一网格'))!;
    const leader = await createPerson(db, { name: '钱网格长', role: 'grid_leader', communityId: 1, createdAt: new Date() });
    await db.insert(staffGrids).values({ personId: leader.id, gridId: first.id });
    const token = (await createApiToken(db, 'grid_leader', '钱网格长的令牌', { personId: leader.id })).token;
    const s = await signIn(t.bot.app, token);
    const page = await t.bot.app.inject({ url: '/console/collections', headers: { cookie: s.cookie } });
    expect(page.body).toContain('value="1:第一网格"');
    expect(page.body).not.toContain('value="1:第二网格"');
    expect(page.body).not.toContain('name="all"');

    // Building 5 is in 第二网格: the service refuses, nothing written.
    const outside = await start(s, { ...order, deadline: tomorrow(), buildings: ['1:3', '1:5'] });
    expect(outside.statusCode).toBe(400);
    expect(outside.body).toContain(collectionErrorText.not_allowed!({}));
    expect(await count()).toBe(0);
    const inside = await start(s, { kind: 'signup', title: '周六义务理发', deadline: tomorrow(), grids: '1:第一网格' });
    expect(inside.statusCode, inside.body).toBe(303);

    // The office starts one in 第二网格: the leader sees it, but cannot close it.
    const office = await signIn(t.bot.app);
    expect((await start(office, { ...order, deadline: tomorrow(), buildings: ['1:5'] })).statusCode).toBe(303);
    const close = (id: number, who = s) =>
      t.bot.app.inject({ method: 'POST', url: `/console/collections/${id}/close`, headers: { cookie: who.cookie, ...FORM }, payload: form({ _csrf: who.csrf }) });
    const theirs = await t.bot.app.inject({ url: '/console/collections/2', headers: { cookie: s.cookie } });
    expect(theirs.statusCode).toBe(200);
    expect(theirs.body).not.toContain('提前结束</button>');
    expect((await close(2)).statusCode).toBe(403);
    const mine = await close(1);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.body).toContain('接龙 #1 已提前结束');
    const again = await close(1, office);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain(collectionErrorText.already_closed!({ id: 1 }));
    const api = (await t.bot.app.inject({ url: '/api/collections/1', headers: { authorization: `Bearer ${ADMIN}` } })).json();
    expect(api.status).toBe('closed');
  });

  it('starts a registration form with fields; the detail page shows each household’s fields to staff only', async () => {
    const s = await signIn(t.bot.app);
    const r = await start(s, { kind: 'form', title: '独居老人用餐需求', deadline: tomorrow(), buildings: '1:3', fields: '姓名，房号 人数、忌口', itemName: '白菜' });
    expect(r.statusCode, r.body).toBe(303);
    const api = (await t.bot.app.inject({ url: '/api/collections/1', headers: { authorization: `Bearer ${ADMIN}` } })).json();
    // The item row is ignored for a form: only the chosen kind's part is sent.
    expect(api).toMatchObject({ kind: 'form', fields: ['姓名', '房号', '人数', '忌口'], visible: false, items: [] });
    const feng = await t.personNamed('冯秀英');
    await t.say('sim-b3', feng.id, '姓名冯秀英 房号502 人数1 忌口不吃辣');
    const page = await t.bot.app.inject({ url: '/console/collections/1', headers: { cookie: s.cookie } });
    const table = /<table id="household-table">[\s\S]*?<\/table>/.exec(page.body)![0];
    for (const th of ['姓名', '房号', '人数', '忌口']) expect(table).toContain(`<th scope="col">${th}</th>`);
    expect(table).toContain('<td>不吃辣</td>');
    expect(table).toContain('<td>冯秀英</td>');
    // Never in the group.
    expect((await t.groupTexts('sim-b3')).join('\n')).not.toContain('不吃辣');
  });

  it('downloads the per-household file and answers 404 for a collection that does not exist', async () => {
    const s = await signIn(t.bot.app);
    expect((await start(s, { ...order, deadline: tomorrow() })).statusCode).toBe(303);
    const csv = await t.bot.app.inject({ url: '/console/collections/1/export.csv', headers: { cookie: s.cookie } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const api = await t.bot.app.inject({ url: '/api/collections/1?format=csv', headers: { authorization: `Bearer ${ADMIN}` } });
    expect(csv.body).toBe(api.body);
    expect((await t.bot.app.inject({ url: '/console/collections/9', headers: { cookie: s.cookie } })).statusCode).toBe(404);
    expect((await t.bot.app.inject({ url: '/console/collections/9/export.xlsx', headers: { cookie: s.cookie } })).statusCode).toBe(404);
  });
});
