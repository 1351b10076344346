/**
 * An order collection (团购接龙) in two buildings, through the simulator:
 * natural replies in every form the residents use, batched confirmations,
 * an unreadable line, a withdrawal, corrections, pasted and re-pasted chains,
 * the reminder, the close, a late reply, and the office's export.
 */
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { ticketCount } from '../tickets/support';
import { startCollBot, type CollBot } from './support';

let t: CollBot;
afterEach(async () => {
  await t?.stop();
});

const B3 = 'sim-b3';
const B5 = 'sim-b5';

async function start(): Promise<number> {
  await t.dmAs('赵敏', '接龙 本周蔬菜团购 截止周五20:00 选项：白菜(斤) 土豆(斤,3元) 鸡蛋(板) 范围：3号楼 5号楼');
  const confirm = (await t.directTextsOf('赵敏')).at(-1)!;
  expect(confirm).toContain('已发到 2 个群');
  return Number(/#(\d+)/.exec(confirm)![1]);
}

describe('order collection in building groups', () => {
  it('counts every household once, newest line wins, and never turns answers into tickets', async () => {
    t = await startCollBot({ env: { GRIDBOT_COLLECTION_SUMMARY_EVERY: '4' } });
    const id = await start();
    for (const g of [B3, B5]) {
      const post = (await t.botTexts(g)).at(-1)!;
      expect(post).toContain('本周蔬菜团购');
      expect(post).toContain('截止：12月4日（周五）20:00');
      expect(post).toContain('土豆（斤，3元）');
    }
    const before3 = (await t.botTexts(B3)).length;
    const tickets = await ticketCount(t);

    // Building 3: plain, Chinese numerals, traditional characters, a correction.
    await t.as('郑海涛', B3, '3-2-501 白菜2斤 鸡蛋1板');
    await t.as('冯秀英', B3, '502 土豆三斤');
    await t.as('何俊', B3, '2單元302 雞蛋兩板');
    expect((await t.botTexts(B3)).length, 'no answer per line').toBe(before3);
    await t.as('郑海涛', B3, '白菜改成3斤');
    // The 4th entry in this group: one batched confirmation.
    const summary = (await t.botTexts(B3)).slice(before3);
    expect(summary).toHaveLength(1);
    expect(summary[0]).toContain('已有 3 户');
    expect(summary[0]).toContain('2单元501 白菜3斤 鸡蛋1板');

    // A pasted chain: new households are added, the households' own answers stand.
    await t.as(
      '冯秀英',
      B3,
      '#接龙 本周蔬菜团购\n1. 郑海涛 3-2-501 白菜2斤 鸡蛋1板\n2. 冯秀英 502 土豆3斤\n3. 何俊 2-302 鸡蛋2板\n4. 老李 1单元101 白菜5斤\n5. 小王 3单元601 土豆2斤 白菜1斤',
    );
    // Re-pasted with one more line and a changed line: each household once, the newest line wins.
    await t.as(
      '何俊',
      B3,
      '#接龙 本周蔬菜团购\n1. 郑海涛 3-2-501 白菜2斤 鸡蛋1板\n2. 冯秀英 502 土豆3斤\n3. 何俊 2-302 鸡蛋2板\n4. 老李 1单元101 白菜4斤\n5. 小王 3单元601 土豆2斤 白菜1斤\n6. 小赵 3单元602 鸡蛋1板',
    );
    await t.as('冯秀英', B3, '不要了');
    const beforeUnreadable = (await t.botTexts(B3)).length;
    await t.as('郑海涛', B3, '我也要点白菜');
    const unreadable = (await t.botTexts(B3)).slice(beforeUnreadable);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toContain('没看懂');
    expect(unreadable[0]).toContain('房号 品名数量');

    // A real report in the same group is still a ticket, with its room.
    await t.as('何俊', B3, '3号楼1单元702家里水管爆了 到处是水');
    expect(await ticketCount(t)).toBe(tickets + 1);

    // Building 5.
    await t.as('林淑芬', B5, '5-1-201 白菜2 土豆2');
    await t.as('高明', B5, '301 鸡蛋一板');
    await t.as('罗婷', B5, '接龙 罗婷 402 白菜2斤');
    await t.as('高明', B5, '301 鸡蛋2板');
    await t.as('林淑芬', B5, '白菜改成4');
    await t.as('罗婷', B5, '五零三 土豆两斤 白菜一斤');
    await t.as('罗婷', B5, '1. 林淑芬 1-201 白菜2斤 土豆2斤\n2. 高明 301 鸡蛋2板\n3. 罗婷 402 白菜2斤\n4. 张阿姨 2-502 土豆1斤');
    expect(await ticketCount(t), 'no answer became a ticket').toBe(tickets + 1);

    // The reminder, two hours before: counts and unanswered rooms known from tickets, never names.
    t.clock.set('2026-12-04T10:00:00Z');
    await t.tick();
    const reminders = (await t.botTexts(B3)).filter((x) => x.includes('接龙提醒'));
    expect(reminders).toHaveLength(1);
    const reminder = reminders[0]!;
    expect(reminder).toContain('接龙提醒');
    expect(reminder).toContain('1单元702');
    expect(reminder).not.toContain('何俊');

    // The deadline: closed once, whatever the number of ticks.
    t.clock.set('2026-12-04T12:00:00Z');
    await t.tick();
    await t.tick();
    const closed3 = (await t.botTexts(B3)).filter((x) => x.includes('接龙已截止'));
    expect(closed3).toHaveLength(1);
    expect(closed3[0]).toContain('共 10 户');
    expect(closed3[0]).toContain('白菜 15斤、土豆 7斤、鸡蛋 6板');

    const detail = await t.api('GET', `/api/collections/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.status).toBe('closed');
    expect(detail.body.households).toBe(10);
    const totals = Object.fromEntries(detail.body.items.map((i: { name: string; total: number }) => [i.name, i.total]));
    expect(totals).toEqual({ 白菜: 15, 土豆: 7, 鸡蛋: 6 });
    const rooms = detail.body.entries.map((e: { building: string; unit: string | null; room: string }) => `${e.building}-${e.unit ?? ''}-${e.room}`).sort();
    expect(rooms).toEqual(['3-1-101', '3-2-302', '3-2-501', '3-3-601', '3-3-602', '5--301', '5--402', '5--503', '5-1-201', '5-2-502'].sort());
    const byBuilding = Object.fromEntries(detail.body.byBuilding.map((b: { building: string; households: number }) => [b.building, b.households]));
    expect(byBuilding).toEqual({ '3': 5, '5': 5 });
    const e201 = detail.body.entries.find((e: { room: string }) => e.room === '201');
    expect(e201.items).toEqual({ 白菜: 4, 土豆: 2 });

    // Names stay with staff: the result went to the office and the grid workers in direct chat.
    const result = (await t.directTextsOf('赵敏')).at(-1)!;
    expect(result).toContain('接龙结果');
    expect(result).toContain('老李');
    expect((await t.directTextsOf('张丽')).at(-1)).toContain('接龙结果');
    expect((await t.directTextsOf('李强')).at(-1)).toContain('接龙结果');
    for (const g of [B3, B5]) {
      for (const text of await t.botTexts(g)) for (const name of ['老李', '小王', '小赵', '张阿姨']) expect(text).not.toContain(name);
    }

    // A late answer hears "已截止" once, and is not counted.
    await t.as('高明', B5, '303 白菜1斤');
    await t.as('高明', B5, '303 白菜2斤');
    const late = (await t.botTexts(B5)).filter((x) => x.includes('已经截止'));
    expect(late).toHaveLength(1);
    expect((await t.api('GET', `/api/collections/${id}`)).body.households).toBe(10);
    expect(await ticketCount(t)).toBe(tickets + 1);
  });

  it('exports the table as CSV and as a real XLSX workbook', async () => {
    t = await startCollBot();
    const id = await start();
    await t.as('郑海涛', B3, '3-2-501 白菜2斤 鸡蛋1板');
    await t.as('林淑芬', B5, '5-1-201 土豆2斤');
    const csv = await t.bot.app.inject({ method: 'GET', url: `/api/collections/${id}?format=csv`, headers: { authorization: 'Bearer test-admin-token-0123456789' } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('楼栋,单元,房号,网格,姓名,白菜(斤),土豆(斤),鸡蛋(板),更新时间');
    expect(lines[1]).toMatch(/^3,2,501,第一网格,,2,0,1,/);
    expect(lines[2]).toMatch(/^5,1,201,第二网格,,0,2,0,/);
    expect(lines[3]).toBe('合计,,,,2户,2,2,1,');

    const xlsx = await t.bot.app.inject({ method: 'GET', url: `/api/collections/${id}?format=xlsx`, headers: { authorization: 'Bearer test-admin-token-0123456789' } });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const detail = wb.getWorksheet('明细')!;
    const cells = (r: number) => [1, 2, 3, 4, 6, 7, 8].map((c) => detail.getRow(r).getCell(c).value);
    expect(detail.getRow(1).getCell(6).value).toBe('白菜(斤)');
    expect(cells(2)).toEqual(['3', '2', '501', '第一网格', 2, 0, 1]);
    expect(cells(3)).toEqual(['5', '1', '201', '第二网格', 0, 2, 0]);
    const sum = wb.getWorksheet('汇总')!;
    const potato = sum.getRows(1, sum.rowCount)!.find((r) => r.getCell(1).value === '土豆')!;
    expect(potato.getCell(3).value).toBe(2);
    expect(potato.getCell(4).value).toBe(6);
  });
});
