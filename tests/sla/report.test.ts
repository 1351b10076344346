import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sh, startSlaBot, type SlaBot } from './support';
import { computeFigures, score, type TicketFacts } from '../../src/core/sla/report';
import { parsePeriod, periodContaining, previousPeriod } from '../../src/core/sla/period';
import { ticketById } from '../../src/store/repos/tickets';

let b: SlaBot | undefined;
afterEach(async () => {
  await b?.stop();
  b?.cleanup();
  b = undefined;
});

const H = 3_600_000;

describe('report formulas (pure, hand-computed)', () => {
  const base = (over: Partial<TicketFacts>): TicketFacts => ({
    id: 0,
    createdAt: sh('2026-12-01 09:00'),
    signDueAt: sh('2026-12-03 00:00'),
    resolveDueAt: sh('2026-12-08 00:00'),
    signedAt: null,
    resolvedAt: null,
    rejected: false,
    reopened: false,
    extended: false,
    rating: null,
    overdueNow: false,
    longOverdue: false,
    firstResponseMs: null,
    resolutionMs: null,
    ...over,
  });
  const facts = [
    base({ id: 1, signedAt: sh('2026-12-01 10:00'), resolvedAt: sh('2026-12-05 10:00'), rating: '非常满意', firstResponseMs: 1 * H, resolutionMs: 30 * H }),
    base({ id: 2, signedAt: sh('2026-12-04 10:00'), resolvedAt: sh('2026-12-09 10:00'), rating: '一般', reopened: true, firstResponseMs: 50 * H, resolutionMs: 80 * H }),
    base({ id: 3, signedAt: sh('2026-12-02 10:00'), resolvedAt: sh('2026-12-06 10:00'), extended: true, firstResponseMs: 25 * H, resolutionMs: 40 * H }),
    base({ id: 4, overdueNow: true, longOverdue: true }),
    base({ id: 5, rejected: true }),
    // Due next month: counts as received only.
    base({ id: 6, createdAt: sh('2026-12-30 09:00'), signDueAt: sh('2027-01-01 00:00'), resolveDueAt: sh('2027-01-07 00:00') }),
    // Opened last month, due this month, resolved on time.
    base({ id: 7, createdAt: sh('2026-11-28 09:00'), signDueAt: sh('2026-11-30 00:00'), resolveDueAt: sh('2026-12-04 00:00'), signedAt: sh('2026-11-28 09:30'), resolvedAt: sh('2026-12-03 12:00'), rating: '满意', firstResponseMs: 0.5 * H, resolutionMs: 20 * H }),
  ];
  const dec = parsePeriod('monthly', '2026-12')!;
  const f = computeFigures(facts, dec.start, dec.end, sh('2027-01-02 09:00'));

  it('counts each ticket in the period its deadline falls in', () => {
    expect(f.received).toBe(6); // 1-6 opened in December (7 in November)
    expect(f.dueSign).toBe(4); // 1,2,3,4 (5 rejected, 6 due in January, 7 due in November)
    expect(f.signedOnTime).toBe(2); // 1, 3
    expect(f.signOnTime).toBe(0.5);
    expect(f.dueResolve).toBe(5); // 1,2,3,4,7
    expect(f.resolved).toBe(4);
    expect(f.resolvedOnTime).toBe(3); // 1,3,7
    expect(f.resolveRate).toBe(0.8);
    expect(f.resolveOnTime).toBe(0.6);
    expect(f.rated).toBe(3);
    expect(f.satisfied).toBe(2);
    expect(f.satisfaction).toBe(0.6667);
    expect(f.followUpRate).toBe(0.75);
    expect(f.redoRate).toBe(0.25);
    expect(f.extensionRate).toBe(0.2);
    expect(f.rejectRate).toBe(0.1667); // 1 / (5 + 1)
    expect(f.overdueNow).toBe(1);
    expect(f.longOverdue).toEqual([4]);
    // First response over 1,2,3,4 (signed: 1h, 50h, 25h) → median 25, p90 50 (nearest rank).
    expect(f.firstResponseHours).toEqual({ median: 25, p90: 50 });
    // Resolution over 1,2,3,7: 30, 80, 40, 20 → sorted 20,30,40,80: median rank 2 = 30, p90 rank 4 = 80.
    expect(f.resolutionHours).toEqual({ median: 30, p90: 80 });
  });

  it('the quarterly score: weighted rates, below the pass mark scores 0', () => {
    const weights = { signOnTime: 20, resolveRate: 20, resolveOnTime: 30, satisfaction: 30 };
    const pass = { signOnTime: 0.9, resolveRate: 0.8, resolveOnTime: 0.8, satisfaction: 0.6 };
    // signOnTime 0.5 < 0.9 → 0; resolveRate 0.8 ≥ 0.8 → 0.8; resolveOnTime 0.6 < 0.8 → 0; satisfaction 0.6667 ≥ 0.6.
    // (20·0 + 20·0.8 + 30·0 + 30·0.6667) / 100 = 0.36 → 36.00
    expect(score(f, weights, pass)).toBe(36);
  });

  it('periods in Beijing time', () => {
    expect(parsePeriod('weekly', '2026-W49')!.start).toEqual(sh('2026-11-30 00:00'));
    expect(periodContaining('weekly', sh('2026-12-06 23:59')).key).toBe('2026-W49');
    expect(parsePeriod('quarterly', '2026-Q4')!.end).toEqual(sh('2027-01-01 00:00'));
    expect(previousPeriod('monthly', sh('2027-01-01 09:00')).key).toBe('2026-12');
    expect(parsePeriod('monthly', '2026-13')).toBeNull();
  });
});

describe('GET /api/reports from a real month of chat (hand-computed)', () => {
  it('JSON, CSV and a real xlsx agree with the hand count', async () => {
    b = await startSlaBot({ start: '2026-12-07 09:00', sla: 'quietHours: off\n' });
    const [zheng, feng, lin, gao] = (await Promise.all(['郑海涛', '冯秀英', '林淑芬', '高明'].map((n) => b!.id(n)))) as [string, string, string, string];
    const zhang = await b.id('张丽');
    const li = await b.id('李强');
    await b.say('sim-b3', zheng, '3号楼2单元楼道灯坏了'); // #1 grid 1
    b.clock.set(sh('2026-12-07 09:05'));
    await b.say('sim-b5', lin, '5号楼2单元楼道灯坏了'); // #2 grid 2
    b.clock.set(sh('2026-12-07 09:10'));
    await b.say('sim-b3', feng, '3号楼1单元门口垃圾没人清理'); // #3 grid 1, never handled
    await b.say('sim-b5', gao, '5号楼楼上装修噪音太大了'); // #4 grid 2, 退回
    expect((await ticketById(b.bot.store.db, 4))!.assigneeId).not.toBeNull();

    await b.until('2026-12-07 10:00');
    await b.dm(zhang, '接单 1');
    await b.dm(li, '退回 4 楼上已停工，不属于报修');
    await b.until('2026-12-09 10:00');
    await b.dm(li, '接单 2'); // late: due 24:00 12-08
    await b.until('2026-12-10 10:00');
    await b.dm(zhang, '办结 1 已换灯泡');
    await b.say('sim-b3', zheng, '满意');
    await b.until('2026-12-16 10:00');
    await b.dm(li, '办结 2 已修好'); // late: due 24:00 12-14
    await b.say('sim-b5', lin, '不满意');
    await b.until('2026-12-31 12:00');

    const res = await b.api('GET', '/api/reports/monthly?period=2026-12');
    expect(res.status).toBe(200);
    const r = JSON.parse(res.body);
    expect(r.period).toBe('2026-12');
    expect(r.total).toMatchObject({
      received: 4,
      dueSign: 3,
      signedOnTime: 1,
      signOnTime: 0.3333,
      dueResolve: 3,
      resolved: 2,
      resolvedOnTime: 1,
      resolveRate: 0.6667,
      resolveOnTime: 0.3333,
      rated: 2,
      satisfied: 1,
      satisfaction: 0.5,
      followUpRate: 1,
      redoRate: 0,
      rejected: 1,
      rejectRate: 0.25,
      overdueNow: 1,
      longOverdue: [3],
      // 1 h and 48 h 55 min; 73 h and 168 h 55 min of working time (the weekend of 12-12/13 does not count).
      firstResponseHours: { median: 1, p90: 48.92 },
      resolutionHours: { median: 73, p90: 168.92 },
    });
    const grid1 = r.grids.find((g: { name: string }) => g.name === '第一网格');
    expect(grid1).toMatchObject({ received: 2, dueSign: 2, signedOnTime: 1, dueResolve: 2, resolved: 1, resolveOnTime: 0.5, overdueNow: 1 });
    const liRow = r.workers.find((w: { name: string }) => w.name === '李强');
    expect(liRow).toMatchObject({ received: 2, dueSign: 1, signedOnTime: 0, resolved: 1, resolvedOnTime: 0, satisfaction: 0, rejected: 1 });

    const csv = await b.api('GET', '/api/reports/monthly?period=2026-12&format=csv');
    expect(csv.status).toBe(200);
    expect(String(csv.headers['content-type'])).toMatch(/text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^类别,名称,受理数,应签收,按时签收,及时签收率,/);
    expect(lines[1]).toMatch(/^合计,2026-12 月通报,4,3,1,33\.3%,3,2,1,66\.7%,33\.3%,2,1,50\.0%,/);

    const x = await b.api('GET', '/api/reports/monthly?period=2026-12&format=xlsx');
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.raw as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(3).value).toBe('受理数');
    expect(ws.getRow(2).getCell(1).value).toBe('合计');
    expect(ws.getRow(2).getCell(3).value).toBe(4);
    expect(ws.getRow(2).getCell(10).value).toBe('66.7%'); // 办结率
    expect(wb.getWorksheet('超期通报')!.getRow(2).getCell(1).value).toBe(3);

    // Bad input: a reason, not a crash.
    expect((await b.api('GET', '/api/reports/monthly?period=2026-W49')).status).toBe(400);
    expect((await b.api('GET', '/api/reports/yearly')).status).toBe(404);
    expect((await b.api('GET', '/api/reports/weekly?period=2026-W50&format=pdf')).status).toBe(400);
    // Weeks: signing fell due in W50 (24:00 12-08), resolving in W51 (24:00 12-14 = Tuesday 00:00).
    const w50 = JSON.parse((await b.api('GET', '/api/reports/weekly?period=2026-W50')).body);
    expect([w50.total.dueSign, w50.total.dueResolve, w50.total.received]).toEqual([3, 0, 4]);
    const w51 = JSON.parse((await b.api('GET', '/api/reports/weekly?period=2026-12-16')).body);
    expect([w51.period, w51.total.dueSign, w51.total.dueResolve, w51.total.received]).toEqual(['2026-W51', 0, 3, 0]);
    // W52: nothing of #3 was opened or due in it, but it is still not handled: it counts as overdue now, and nothing else does.
    const w52 = JSON.parse((await b.api('GET', '/api/reports/weekly?period=2026-W52')).body);
    expect(w52.total).toMatchObject({ received: 0, dueSign: 0, dueResolve: 0, overdueNow: 1, longOverdue: [3] });
    expect(w52.grids).toEqual([expect.objectContaining({ name: '第一网格', overdueNow: 1, longOverdue: [3] })]);
    const unauth = await b.bot.app.inject({ method: 'GET', url: '/api/reports/monthly' });
    expect(unauth.statusCode).toBe(401);
  });
});
