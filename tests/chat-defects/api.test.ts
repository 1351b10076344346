/**
 * Issue 13, items 3, 11 and 12 over HTTP and chat: impossible dates are
 * refused everywhere, long fractions of a second are accepted, ticket search
 * is blind to traditional vs simplified, template and cron errors say all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnnBot, type AnnBot } from '../announcements/support';
import { sqlRow } from '../helpers/sql';

let b: AnnBot;
beforeAll(async () => {
  b = await startAnnBot({ start: '2026-06-01T01:00:00Z' }); // 09:00 Shanghai
});
afterAll(async () => {
  await b?.stop();
});

const ok = { text: '测试通知', targets: { buildings: ['3'] } };
const count = () => sqlRow(b.bot.store, 'SELECT (SELECT count(*) FROM announcements) a, (SELECT count(*) FROM outbox) o');

describe('impossible calendar dates (item 3)', () => {
  it.each([
    ['sendAt', '2027-02-30T09:00:00+08:00'],
    ['sendAt', '2027-02-29T09:00:00Z'],
    ['sendAt', '2027-04-31T09:00:00.123456+08:00'],
    ['sendAt', '2026-02-30+08:00'],
    ['until', '2027-02-29'],
    ['until', '2026-02-30+08:00'],
  ])('%s %s → 400 bad_time', async (field, value) => {
    const before = await count();
    const body = field === 'until' ? { ...ok, cron: '0 9 * * 1', until: value } : { ...ok, sendAt: value };
    const res = await b.api('POST', '/api/announcements', body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.code).toBe('bad_time');
    expect(await count()).toEqual(before);
  });

  it('office queries refuse impossible dates too (/api/tickets, /api/stats)', async () => {
    for (const url of ['/api/tickets?from=2027-02-29', '/api/tickets?to=2027-02-30T09:00:00%2B08:00', '/api/stats?from=2026-02-30']) {
      const res = await b.api('GET', url);
      expect(res.status, url).toBe(400);
    }
    expect((await b.api('GET', '/api/tickets?from=2028-02-29&to=2028-03-01T09:00:00.123456%2B08:00')).status).toBe(200);
  });

  it('a real leap day and six fractional digits are accepted', async () => {
    const res = await b.api('POST', '/api/announcements', { ...ok, sendAt: '2028-02-29T09:00:00.123456+08:00' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(new Date(res.body.nextRunAt ?? res.body.sendAt).toISOString()).toBe('2028-02-29T01:00:00.123Z');
    const py = await b.api('POST', '/api/announcements', { ...ok, sendAt: '2027-01-05T09:30:00.500000' });
    expect(py.status, JSON.stringify(py.body)).toBe(201);
  });

  it('in chat: 定时通知 2027-02-30 09:00 is refused, not previewed for March', async () => {
    const zhao = await b.personNamed('赵敏');
    await b.dm(zhao.id, '定时通知 2027-02-30 09:00 全体 电梯年检');
    const reply = (await b.directTexts(zhao.id)).at(-1)!;
    expect(reply).not.toContain('请确认');
    expect(reply).not.toMatch(/3月|03-02/);
    expect(reply).toContain('2027-02-30 09:00');
  });
});

describe('notice errors say everything (item 12)', () => {
  it('a template missing several variables names all of them', async () => {
    const res = await b.api('POST', '/api/announcements', { template: 'water_outage', vars: { area: '3号楼' }, targets: { all: true } });
    expect(res.status).toBe(400);
    for (const v of ['start', 'end', 'reason']) expect(res.body.error).toContain(v);
  });

  it('a bad cron is explained in Chinese only', async () => {
    for (const cron of ['61 9 * * 1', '0 25 * * 1', '0 9 * * 8']) {
      const res = await b.api('POST', '/api/announcements', { ...ok, cron });
      expect(res.status).toBe(400);
      const reason = String(res.body.error).replace(cron, '').replace(/"0 9 \* \* 1"/, '').replace(/cron/g, '');
      expect(reason, res.body.error).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});

describe('numbers in notices (item 2)', () => {
  it('a template masks numbers in its text but keeps its own contact field', async () => {
    const vars = { area: '3号楼', start: '6月2日 9:00', end: '6月2日 17:00', reason: '业主13912345678家管道维修', contact: '13812345678' };
    const res = await b.api('POST', '/api/announcements', { template: 'water_outage', vars, targets: { buildings: ['3'] } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const preview = await b.api('POST', '/api/templates/water_outage/preview', { vars });
    expect(preview.body.text).toContain('业主139****5678家');
    expect(preview.body.text).toContain('如有疑问请联系：13812345678');
    const sent = (await b.texts('sim-b3')).find((x) => x.startsWith('【停水通知】'))!;
    expect(sent).toBe(preview.body.text);
    expect(sent).toContain('业主139****5678家');
    expect(sent).toContain('如有疑问请联系：13812345678');
  });
});

describe('ticket search ignores traditional vs simplified (item 11)', () => {
  it('/api/tickets?q=電梯 finds simplified tickets and 电梯 finds traditional ones', async () => {
    const zheng = await b.personNamed('郑海涛');
    const ma = await b.personNamed('马丽娟');
    await b.say('sim-b3', zheng.id, '3号楼2单元电梯又坏了，一直停在五楼');
    await b.say('sim-b4', ma.id, '4號樓1單元的住戶反映：晚上樓道很黑，燈泡壞了好久，還有電梯按鈕也不靈了請儘快處理一下');
    const trad = await b.api('GET', `/api/tickets?q=${encodeURIComponent('電梯')}`);
    expect(trad.status).toBe(200);
    const simp = await b.api('GET', `/api/tickets?q=${encodeURIComponent('电梯')}`);
    const ids = (r: typeof trad) => (r.body.items as { building: string }[]).map((x) => x.building).sort();
    expect(ids(trad)).toEqual(['3', '4']);
    expect(ids(simp)).toEqual(['3', '4']);
    // Also words beyond the summary's 40 characters.
    const late = await b.api('GET', `/api/tickets?q=${encodeURIComponent('尽快处理')}`);
    expect(ids(late)).toEqual(['4']);
  });
});
