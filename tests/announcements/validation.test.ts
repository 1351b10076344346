import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnnBot, type AnnBot } from './support';
import { sqlRow } from '../helpers/sql';

let b: AnnBot;
beforeAll(async () => {
  // 2026-06-01 09:00 Asia/Shanghai.
  b = await startAnnBot({ start: '2026-06-01T01:00:00Z' });
});
afterAll(async () => {
  await b?.stop();
});

const ok = { text: '测试通知', targets: { buildings: ['3'] } };

/** Each invalid body is refused with 400, a Chinese reason, and nothing is stored or queued. */
const cases: [string, unknown, string | RegExp][] = [
  ['no body fields', {}, /targets/],
  ['not an object', [1, 2], /请求格式不正确/],
  ['unknown field', { ...ok, colour: 'red' }, /未知字段 colour/],
  ['neither text nor template', { targets: { all: true } }, /text.*template/],
  ['both text and template', { ...ok, template: 'anti_fraud' }, /二选一/],
  ['empty text', { text: '  ', targets: { all: true } }, /text 不能为空/],
  ['unknown template', { template: 'flood', targets: { all: true } }, /没有这个通知模板：flood/],
  ['missing template variables', { template: 'water_outage', vars: { area: '3号楼' }, targets: { all: true } }, /变量不正确/],
  ['unknown template variable', { template: 'anti_fraud', vars: { colour: 'x' }, targets: { all: true } }, /未知变量 colour/],
  ['vars without template', { ...ok, vars: { a: '1' } }, /vars/],
  ['empty targets', { text: 'x', targets: {} }, /发送对象/],
  ['empty building list', { text: 'x', targets: { buildings: [] } }, /发送对象/],
  ['unknown building', { text: 'x', targets: { buildings: ['3', '99'] } }, /没有「99」这栋楼/],
  ['unknown grid', { text: 'x', targets: { grids: ['第九网格'] } }, /没有「第九网格」这个网格/],
  ['unknown target kind', { text: 'x', targets: { streets: ['a'] } }, /未知字段 streets/],
  ['sendAt in the past', { ...ok, sendAt: '2026-05-31T09:00:00+08:00' }, /已经过去/],
  ['sendAt malformed', { ...ok, sendAt: 'tomorrow 9am' }, /时间格式不正确/],
  ['impossible date', { ...ok, sendAt: '2026-02-30T09:00:00' }, /时间格式不正确/],
  ['sendAt without a time of day', { ...ok, sendAt: '2026-06-02' }, /sendAt 需要具体时间/],
  ['bad cron', { ...ok, cron: '61 9 * * 1' }, /cron 表达式不正确/],
  ['cron with 4 fields', { ...ok, cron: '0 9 * *' }, /cron 表达式不正确/],
  ['cron with seconds', { ...ok, cron: '0 0 9 * * 1' }, /5 段/],
  ['cron every minute', { ...ok, cron: '* 9 * * 1' }, /太频繁/],
  ['until in the past', { ...ok, cron: '0 9 * * 1', until: '2026-05-01T00:00:00Z' }, /已经过去/],
  ['until without cron', { ...ok, until: '2026-12-01T00:00:00Z' }, /cron/],
  ['until before the first run', { ...ok, cron: '0 9 * * 1', until: '2026-06-02T00:00:00+08:00' }, /早于第一次/],
  ['maxRuns not a positive integer', { ...ok, cron: '0 9 * * 1', maxRuns: 0 }, /maxRuns/],
  ['unknown community', { ...ok, community: '不存在社区' }, /没有这个社区/],
];

describe('POST /api/announcements: 400 with a reason', () => {
  it.each(cases)('%s', async (_name, body, reason) => {
    const before = await sqlRow(b.bot.store, 'SELECT (SELECT count(*) FROM announcements) a, (SELECT count(*) FROM outbox) o');
    const res = await b.api('POST', '/api/announcements', body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error).toMatch(reason);
    const after = await sqlRow(b.bot.store, 'SELECT (SELECT count(*) FROM announcements) a, (SELECT count(*) FROM outbox) o');
    expect(after).toEqual(before);
  });

  it('reasons from zod itself are Chinese too (a wrong type, a number too small)', async () => {
    for (const body of [{ ...ok, cron: '0 9 * * 1', maxRuns: 0 }, { ...ok, sendAt: 42 }, [1, 2]]) {
      const res = await b.api('POST', '/api/announcements', body);
      expect(res.status).toBe(400);
      expect(res.body.error).not.toMatch(/Invalid input|expected|received|Too small/);
    }
  });

  it('a valid body still passes (the cases above fail for their own reason)', async () => {
    const res = await b.api('POST', '/api/announcements', { ...ok, sendAt: '2026-06-02T09:00:00+08:00' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(Number), status: 'scheduled', nextRunAt: '2026-06-02T01:00:00.000Z', unreachable: [] });
  });

  it('until may be a date alone: the end of that day, Beijing time', async () => {
    const res = await b.api('POST', '/api/announcements', { ...ok, cron: '0 9 * * 1', until: '2026-06-30' });
    expect(res.status).toBe(201);
    const shown = await b.api('GET', `/api/announcements/${res.body.id}`);
    expect(shown.body.until).toBe('2026-06-30T15:59:59.000Z');
  });

  it('GET and DELETE of an unknown id are 404; a non-numeric id is 400', async () => {
    expect((await b.api('GET', '/api/announcements/9999')).status).toBe(404);
    expect((await b.api('DELETE', '/api/announcements/9999')).status).toBe(404);
    expect((await b.api('GET', '/api/announcements/abc')).status).toBe(400);
  });
});
