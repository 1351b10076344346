/**
 * Registrations with personal fields (never in group text, deleted after the
 * retention), sign-ups started over HTTP, leads, and bad input.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { eventsOfCollection } from '../../src/store/repos/collections';
import { startCollBot, type CollBot } from './support';
import { sqlRow } from '../helpers/sql';

let t: CollBot;
afterEach(async () => {
  await t?.stop();
});

const B3 = 'sim-b3';

describe('a form with personal fields', () => {
  it('keeps names and phones out of every group text, shows them to staff, and deletes them after the retention', async () => {
    t = await startCollBot({ env: { GRIDBOT_COLLECTION_SUMMARY_EVERY: '2', GRIDBOT_COLLECTION_RETENTION_DAYS: '30' } });
    await t.as('张丽', B3, '登记 独居老人用餐需求 截止明天12:00 字段：姓名 电话 房号 人数 忌口');
    const post = (await t.botTexts(B3)).at(-1)!;
    expect(post).toContain('【登记 #1】独居老人用餐需求');
    expect(post).toContain('个人信息只有工作人员能看到');

    await t.as('郑海涛', B3, '姓名张三 电话13812345678 房号502 人数2 忌口不吃辣');
    await t.as('冯秀英', B3, '登记 王芳 13900001111 2单元301 1 无');
    const texts = await t.botTexts(B3);
    const summary = texts.at(-1)!;
    expect(summary).toContain('已有 2 户');
    for (const text of texts) {
      for (const secret of ['张三', '王芳', '13812345678', '1381234', '13900001111', '不吃辣']) expect(text).not.toContain(secret);
    }

    const detail = await t.api('GET', '/api/collections/1');
    expect(detail.body.visible).toBe(false);
    const byRoom = Object.fromEntries(detail.body.entries.map((e: { room: string; fields: Record<string, string> }) => [e.room, e.fields]));
    expect(byRoom['502']).toEqual({ 姓名: '张三', 电话: '13812345678', 房号: '502', 人数: '2', 忌口: '不吃辣' });
    expect(byRoom['301']).toEqual({ 姓名: '王芳', 电话: '13900001111', 房号: '2单元301', 人数: '1', 忌口: '无' });

    // Closed at the deadline (明天12:00 = 2026-12-02 04:00Z); 30 days later the entries are gone, with an event.
    t.clock.set('2026-12-02T04:00:00Z');
    await t.tick();
    expect((await t.api('GET', '/api/collections/1')).body.status).toBe('closed');
    t.clock.set('2027-01-01T03:59:00Z');
    await t.tick();
    expect((await t.api('GET', '/api/collections/1')).body.entries).toHaveLength(2);
    t.clock.set('2027-01-01T04:01:00Z');
    await t.tick();
    const purged = (await t.api('GET', '/api/collections/1')).body;
    expect(purged.status).toBe('purged');
    expect(purged.entries).toEqual([]);
    expect(purged.finalSummary).toContain('2 户');
    expect((await eventsOfCollection(t.bot.store.db, 1)).filter((e) => e.type === 'purged')).toHaveLength(1);
  });
});

describe('a sign-up started over HTTP', () => {
  it('posts at once, asks for a room it does not know, remembers it, and applies the per-household limit', async () => {
    t = await startCollBot({ env: { GRIDBOT_COLLECTION_SUMMARY_EVERY: '50' } });
    const res = await t.api('POST', '/api/collections', {
      kind: 'signup',
      title: '周六义务理发',
      targets: { buildings: ['3'] },
      deadline: '2026-12-05T18:00:00.123456+08:00',
      perHouseholdLimit: 2,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: 1, status: 'open', groups: 1, unreachable: [] });
    expect((await t.botTexts(B3)).at(-1)).toContain('回复「+1 房号」报名');
    expect((await t.botTexts('sim-b5')).join('\n')).not.toContain('义务理发');

    const n = (await t.botTexts(B3)).length;
    await t.as('何俊', B3, '+1');
    const ask = (await t.botTexts(B3)).slice(n);
    expect(ask).toHaveLength(1);
    expect(ask[0]).toContain('请写上房号');
    await t.as('何俊', B3, '+1 2单元302');
    await t.as('郑海涛', B3, '报名 601');
    await t.as('郑海涛', B3, '+3');
    const limited = (await t.botTexts(B3)).at(-1)!;
    expect(limited).toContain('每户限 2 份');
    const detail = (await t.api('GET', '/api/collections/1')).body;
    expect(detail.households).toBe(2);
    expect(detail.count).toBe(3);
    const counts = Object.fromEntries(detail.entries.map((e: { room: string; count: number }) => [e.room, e.count]));
    expect(counts).toEqual({ '302': 1, '601': 2 });

    // Closing early, once.
    expect((await t.api('POST', '/api/collections/1/close')).body).toMatchObject({ status: 'closed' });
    const again = await t.api('POST', '/api/collections/1/close');
    expect(again.status).toBe(409);
    expect(again.body.error).toContain('已经截止');
  });

  it('refuses bad input with a Chinese reason and writes nothing', async () => {
    t = await startCollBot();
    const cases: Array<[unknown, number, string]> = [
      [{ kind: 'order', title: '团购', targets: 'all', deadline: '2026-12-05T18:00:00+08:00' }, 400, '选项'],
      [{ kind: 'form', title: '登记', targets: 'all', deadline: '2026-12-05T18:00:00+08:00' }, 400, '字段'],
      [{ kind: 'signup', title: '报名', targets: 'all', deadline: '2027-02-30T18:00:00+08:00' }, 400, '截止时间'],
      [{ kind: 'signup', title: '报名', targets: 'all', deadline: '2026-11-30T18:00:00+08:00' }, 400, '已经过去'],
      [{ kind: 'signup', title: '报名', targets: { buildings: ['99'] }, deadline: '2026-12-05T18:00:00+08:00' }, 400, '没有「99」'],
      [{ kind: 'lottery', title: '报名', targets: 'all', deadline: '2026-12-05T18:00:00+08:00' }, 400, 'kind'],
      [{ kind: 'signup', targets: 'all', deadline: '2026-12-05T18:00:00+08:00' }, 400, '标题'],
    ];
    for (const [body, status, reason] of cases) {
      const res = await t.api('POST', '/api/collections', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error).toContain(reason);
    }
    expect((await t.api('GET', '/api/collections')).body).toEqual([]);
    expect((await t.api('GET', '/api/collections/7')).status).toBe(404);
  });
});

describe('group-buy leads', () => {
  it('a lead named by staff starts collections in their own building only', async () => {
    t = await startCollBot();
    await t.as('冯秀英', B3, '接龙 团购苹果 截止周五20:00 选项：苹果(箱)');
    expect((await t.botTexts(B3)).join('\n')).not.toContain('团购苹果');
    await t.as('张丽', B3, '设团购长 冯秀英');
    expect((await t.botTexts(B3)).at(-1)).toContain('已设 冯秀英 为 3号楼的团购长');
    await t.as('冯秀英', B3, '接龙 团购苹果 截止周五20:00 选项：苹果(箱,68元)');
    expect((await t.botTexts(B3)).at(-1)).toContain('【团购接龙 #1】团购苹果');
    await t.dmAs('冯秀英', '接龙 团购橙子 截止周五20:00 选项：橙子(箱) 范围：5号楼');
    expect((await t.directTextsOf('冯秀英')).at(-1)).toContain('只能在自己楼栋');
    await t.as('郑海涛', B3, '602 苹果1箱');
    await t.dmAs('冯秀英', '结束接龙 1');
    expect((await t.directTextsOf('冯秀英')).join('\n')).toContain('接龙结果 #1');
  });
});

describe('restart in the middle', () => {
  it('loses nothing and doubles nothing', async () => {
    t = await startCollBot({ env: { GRIDBOT_COLLECTION_SUMMARY_EVERY: '3' } });
    await t.as('张丽', B3, '接龙 鸡蛋团购 截止周五20:00 选项：鸡蛋(板)');
    await t.as('郑海涛', B3, '501 鸡蛋1板');
    await t.as('冯秀英', B3, '502 鸡蛋2板');
    const clock = t.clock;
    const restarted = await t.restart();
    const { wrap } = await import('../announcements/support');
    const { wrapColl } = await import('./support');
    t = wrapColl(wrap(restarted, clock, t.timer));
    await t.as('何俊', B3, '503 鸡蛋3板');
    const texts = await t.botTexts(B3);
    // The simulator's transcript starts again after a restart: only the summary is new, and the post was not re-sent.
    expect(texts.filter((x) => x.includes('【团购接龙 #1】'))).toHaveLength(0);
    expect(texts.filter((x) => x.includes('已有 3 户'))).toHaveLength(1);
    const rows = (await sqlRow<{ n: number }>(t.bot.store, "select count(*) as n from outbox where ref = 'collection:1'"))!;
    expect(rows.n).toBe(1);
    clock.set('2026-12-04T12:00:00Z');
    await t.tick();
    await t.tick();
    const detail = (await t.api('GET', '/api/collections/1')).body;
    expect(detail.households).toBe(3);
    expect(detail.items[0].total).toBe(6);
    expect(detail.events.filter((e: { type: string }) => e.type === 'closed')).toHaveLength(1);
  });
});
