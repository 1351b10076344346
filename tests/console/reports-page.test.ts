/** The 报表 page: the same figures as GET /api/reports/:kind, on screen and as downloads. */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/app';
import { ADMIN, signIn } from './support';

let t: TestBot;
let now: Date;

beforeEach(async () => {
  now = new Date('2026-12-04T02:00:00Z');
  t = await startTestBot({ env: { GRIDBOT_ADMIN_TOKEN: ADMIN }, gridbot: { now: () => now } });
});
afterEach(async () => t?.stop());

describe('报表 in the console', () => {
  it('shows this month by default, matches the API, and downloads CSV and XLSX', async () => {
    const zheng = await t.personNamed('郑海涛');
    await t.say('sim-b3', zheng.id, '3号楼2单元电梯又坏了');
    await t.say('sim-b5', (await t.personNamed('林淑芬')).id, '5号楼楼道里堆满了纸箱 过不去');
    const { cookie } = await signIn(t.bot.app, ADMIN);
    const res = await t.bot.app.inject({ url: '/console/reports', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('2026-12 月通报');
    const api = (await t.bot.app.inject({ url: '/api/reports/monthly?period=2026-12', headers: { authorization: `Bearer ${ADMIN}` } })).json();
    expect(res.body).toContain(`<th scope="row">合计</th><td>${api.total.received}</td>`);
    expect(api.total.received).toBe(2);
    for (const g of api.grids) expect(res.body).toContain(`<th scope="row">${g.name}</th>`);

    const csv = await t.bot.app.inject({ url: '/console/reports/export.csv?kind=monthly&period=2026-12', headers: { cookie } });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toContain('受理数');
    const xlsx = await t.bot.app.inject({ url: '/console/reports/export.xlsx?kind=quarterly&period=2026-Q4', headers: { cookie } });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(1).getCell(3).value).toBe('受理数');
    expect(wb.worksheets[0]!.getRow(2).getCell(3).value).toBe(2);
  });

  it('explains a period it cannot read, and needs a session', async () => {
    const { cookie } = await signIn(t.bot.app, ADMIN);
    const bad = await t.bot.app.inject({ url: '/console/reports?kind=weekly&period=2026-W77', headers: { cookie } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('role="alert"');
    const none = await t.bot.app.inject({ url: '/console/reports/export.csv' });
    expect(none.statusCode).toBe(303);
  });
});
