import { afterEach, describe, expect, it } from 'vitest';
import { BUILDING_GROUPS, countsOf, startAnnBot, wrap, type AnnBot } from './support';
import { sqlRow, sqlRun } from '../helpers/sql';
import type { Store } from '../../src/store/db';

let b: AnnBot | undefined;
afterEach(async () => {
  await b?.stop();
  b = undefined;
});

const MIN = 60_000;

async function restartAt(at: string | Date): Promise<AnnBot> {
  const old = b!;
  old.clock.set(at);
  b = wrap(await old.restart(), old.clock, old.timer);
  await b.bot.settle();
  return b;
}

/**
 * From now on the 4th delivery row of a run fails to write, until the process
 * "dies": SQLite's TEMP trigger ends with the connection; PostgreSQL has no
 * temporary triggers, so `endWithProcess()` drops it there before the restart.
 */
async function crashMidFanout(store: Store): Promise<{ endWithProcess(): Promise<void> }> {
  if (store.dialect === 'sqlite') {
    await sqlRun(store, `CREATE TEMP TRIGGER crash_mid_fanout BEFORE INSERT ON announcement_deliveries
      WHEN (SELECT count(*) FROM announcement_deliveries WHERE run_id = NEW.run_id) >= 3
      BEGIN SELECT RAISE(ABORT, 'simulated crash'); END`);
    return { endWithProcess: async () => undefined };
  }
  await sqlRun(store, `CREATE FUNCTION crash_mid_fanout() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF (SELECT count(*) FROM announcement_deliveries WHERE run_id = NEW.run_id) >= 3 THEN RAISE EXCEPTION 'simulated crash'; END IF;
      RETURN NEW;
    END $$`);
  await sqlRun(store, 'CREATE TRIGGER crash_mid_fanout BEFORE INSERT ON announcement_deliveries FOR EACH ROW EXECUTE FUNCTION crash_mid_fanout()');
  return {
    async endWithProcess() {
      await sqlRun(store, 'DROP TRIGGER crash_mid_fanout ON announcement_deliveries');
      await sqlRun(store, 'DROP FUNCTION crash_mid_fanout()');
    },
  };
}

async function officeTexts(bot: AnnBot): Promise<string[]> {
  return bot.directTexts((await bot.personNamed('赵敏')).id);
}

describe('scheduling with a fake clock', () => {
  it('a notice at a time is not sent before it, then exactly once when the timer fires', async () => {
    b = await startAnnBot({ start: '2026-06-01T01:00:00Z' }); // Mon 09:00 Shanghai
    const res = await b.api('POST', '/api/announcements', { text: '下午三点消防演练', targets: { buildings: ['1'] }, sendAt: '2026-06-01T15:00:00+08:00' });
    expect(res.body).toEqual({ id: expect.any(Number), status: 'scheduled', nextRunAt: '2026-06-01T07:00:00.000Z', unreachable: [] });
    // The scheduler sleeps at most 5 minutes at a time (a wall-clock jump is noticed soon).
    expect(b.timer.armedAt?.toISOString()).toBe('2026-06-01T01:05:00.000Z');

    await b.timer.advanceTo('2026-06-01T06:59:59Z'); // every wake before the time sends nothing
    await b.bot.settle();
    expect(await b.texts('sim-b1')).toEqual([]);
    expect(b.timer.armedAt?.toISOString()).toBe('2026-06-01T07:00:00.000Z');

    await b.timer.advanceTo('2026-06-01T07:00:00Z');
    await b.bot.settle();
    expect(await b.texts('sim-b1')).toEqual(['下午三点消防演练']);
    await b.bot.announcements.tick();
    await b.bot.settle();
    expect(await b.texts('sim-b1')).toEqual(['下午三点消防演练']);
    const detail = await b.api('GET', `/api/announcements/${res.body.id}`);
    expect(detail.body).toMatchObject({ status: 'done', nextRunAt: null, runCount: 1 });
  });

  it('a weekly cron runs every Monday 09:00 Shanghai until its run count is used up', async () => {
    b = await startAnnBot({ start: '2026-06-02T02:00:00Z' }); // Tue 10:00 Shanghai
    const res = await b.api('POST', '/api/announcements', {
      template: 'anti_fraud',
      targets: { all: true },
      cron: '0 9 * * 1',
      maxRuns: 2,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.nextRunAt).toBe('2026-06-08T01:00:00.000Z'); // next Monday 09:00 +08:00
    const text = (await b.api('POST', '/api/templates/anti_fraud/preview', {})).body.text as string;

    // Skip most of the week in one step (thousands of 5-minute wakes), as a wake at 08:58 would.
    b.clock.set('2026-06-08T00:58:00Z');
    await b.bot.announcements.tick();
    await b.timer.advanceTo('2026-06-08T00:59:59Z');
    await b.bot.settle();
    expect(Object.values(await countsOf(b, text))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    await b.timer.advanceTo('2026-06-08T01:00:00Z');
    await b.bot.settle();
    expect(Object.values(await countsOf(b, text))).toEqual([1, 1, 1, 1, 1, 1, 0]);
    let detail = await b.api('GET', `/api/announcements/${res.body.id}`);
    expect(detail.body).toMatchObject({ status: 'scheduled', runCount: 1, nextRunAt: '2026-06-15T01:00:00.000Z' });

    b.clock.set('2026-06-15T00:58:00Z');
    await b.bot.announcements.tick();
    await b.timer.advanceTo('2026-06-15T01:00:00Z');
    await b.bot.settle();
    expect(Object.values(await countsOf(b, text))).toEqual([2, 2, 2, 2, 2, 2, 0]);
    detail = await b.api('GET', `/api/announcements/${res.body.id}`);
    expect(detail.body).toMatchObject({ status: 'done', runCount: 2, nextRunAt: null });
    expect(detail.body.runs.map((r: any) => [r.scheduledFor, r.status])).toEqual([
      ['2026-06-08T01:00:00.000Z', 'queued'],
      ['2026-06-15T01:00:00.000Z', 'queued'],
    ]);
    expect(detail.body.groups).toHaveLength(12);
    // Nothing more runs: the scheduler only wakes for its periodic check.
    b.clock.set('2026-06-22T00:58:00Z');
    await b.timer.advanceTo('2026-06-22T02:00:00Z');
    await b.bot.settle();
    expect((await countsOf(b, text))['sim-b1']).toBe(2);
  });

  it('a daily cron stops at its end date', async () => {
    b = await startAnnBot({ start: '2026-06-01T00:00:00Z' }); // Mon 08:00 Shanghai
    const res = await b.api('POST', '/api/announcements', {
      text: '核酸采样点今日开放',
      targets: { buildings: ['2'] },
      cron: '30 8 * * *',
      until: '2026-06-03T12:00:00+08:00',
    });
    expect(res.body.nextRunAt).toBe('2026-06-01T00:30:00.000Z');
    await b.timer.advanceTo('2026-06-06T00:00:00Z');
    await b.bot.settle();
    expect(await b.texts('sim-b2')).toHaveLength(3);
    const detail = await b.api('GET', `/api/announcements/${res.body.id}`);
    expect(detail.body).toMatchObject({ status: 'done', runCount: 3, nextRunAt: null });
  });

  it('a scheduled notice created after another re-arms the timer to the earlier one', async () => {
    b = await startAnnBot({ start: '2026-06-01T01:00:00Z' });
    await b.api('POST', '/api/announcements', { text: '晚的', targets: { buildings: ['1'] }, sendAt: '2026-06-01T20:00:00+08:00' });
    expect(b.timer.armedAt?.toISOString()).toBe('2026-06-01T01:05:00.000Z'); // capped sleep
    const early = await b.api('POST', '/api/announcements', { text: '早的', targets: { buildings: ['1'] }, sendAt: '2026-06-01T09:03:00+08:00' });
    expect(b.timer.armedAt?.toISOString()).toBe('2026-06-01T01:03:00.000Z');
    await b.api('DELETE', `/api/announcements/${early.body.id}`);
    expect(b.timer.armedAt?.toISOString()).toBe('2026-06-01T01:05:00.000Z'); // back to the periodic wake
  });
});

describe('cancel', () => {
  it('stops future runs of a scheduled notice; a second cancel is 409', async () => {
    b = await startAnnBot({ start: '2026-06-01T01:00:00Z' });
    const res = await b.api('POST', '/api/announcements', { text: '取消我', targets: { all: true }, cron: '0 9 * * *' });
    const del = await b.api('DELETE', `/api/announcements/${res.body.id}`);
    expect(del.status).toBe(200);
    expect(del.body).toEqual({ id: res.body.id, status: 'cancelled', cancelledDeliveries: 0, stoppedFutureRuns: true });
    expect((await b.api('DELETE', `/api/announcements/${res.body.id}`)).status).toBe(409);
    b.clock.set('2026-06-05T01:00:00Z');
    await b.bot.announcements.tick();
    await b.bot.settle();
    expect((await countsOf(b, '取消我'))['sim-b1']).toBe(0);
    expect((await b.api('GET', `/api/announcements/${res.body.id}`)).body).toMatchObject({ status: 'cancelled', nextRunAt: null });
  });

  it('cancels group messages still waiting in the send queue, not those already sent', async () => {
    // A 1-minute gap per group on a frozen clock: the second notice waits in every lane.
    b = await startAnnBot({ env: { GRIDBOT_SEND_GAP_MS: '60000' } });
    const first = await b.api('POST', '/api/announcements', { text: '第一条', targets: { all: true } });
    const inject = (method: 'POST' | 'DELETE', url: string, payload?: object) =>
      b!.bot.app.inject({ method, url, payload, headers: { authorization: 'Bearer test-admin-token-0123456789' } });
    const second = (await inject('POST', '/api/announcements', { text: '第二条', targets: { all: true } })).json();
    await new Promise((r) => setImmediate(r));
    const del = await inject('DELETE', `/api/announcements/${second.id}`);
    expect(del.statusCode).toBe(200);
    expect(del.json()).toMatchObject({ cancelledDeliveries: 6, stoppedFutureRuns: false, status: 'cancelled' });
    expect((await inject('DELETE', `/api/announcements/${first.body.id}`)).statusCode).toBe(409);
    b.clock.advance(2 * MIN);
    b.bot.sender.kick();
    await b.bot.settle();
    const counts = await countsOf(b, '第二条');
    for (const g of BUILDING_GROUPS) expect(counts[g]).toBe(0);
    expect((await countsOf(b, '第一条'))['sim-b6']).toBe(1);
    const detail = (await inject('DELETE', `/api/announcements/${second.id}`)).statusCode;
    expect(detail).toBe(409);
  });
});

describe('runs missed while gridbot was down', () => {
  it('is sent at start when less than the grace late', async () => {
    b = await startAnnBot({ start: '2026-06-01T01:00:00Z' });
    const res = await b.api('POST', '/api/announcements', { text: '停机期间的通知', targets: { buildings: ['5'] }, sendAt: '2026-06-01T10:00:00+08:00' });
    await restartAt(new Date(Date.parse('2026-06-01T02:00:00Z') + 29 * MIN)); // 29 min late, grace 30
    expect(await b.texts('sim-b5')).toEqual(['停机期间的通知']);
    expect((await b.api('GET', `/api/announcements/${res.body.id}`)).body).toMatchObject({ status: 'done' });
    expect((await officeTexts(b)).filter((t) => t.includes('未发送'))).toEqual([]);
  });

  it('beyond the grace is recorded as missed, not sent, and reported to the office', async () => {
    b = await startAnnBot({ start: '2026-06-01T01:00:00Z' });
    const res = await b.api('POST', '/api/announcements', { text: '过时的通知', targets: { buildings: ['5'] }, sendAt: '2026-06-01T10:00:00+08:00' });
    await restartAt(new Date(Date.parse('2026-06-01T02:00:00Z') + 31 * MIN));
    expect(await b.texts('sim-b5')).toEqual([]);
    const detail = (await b.api('GET', `/api/announcements/${res.body.id}`)).body;
    expect(detail).toMatchObject({ status: 'missed', nextRunAt: null });
    expect(detail.runs).toEqual([expect.objectContaining({ status: 'missed', scheduledFor: '2026-06-01T02:00:00.000Z' })]);
    const reports = (await officeTexts(b)).filter((t) => t.includes('通知未发送'));
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain(`#${res.body.id}`);
    expect(reports[0]).toContain('2026-06-01 10:00');
  });

  it('a custom grace is honoured', async () => {
    b = await startAnnBot({ start: '2026-06-01T01:00:00Z', env: { GRIDBOT_MISSED_GRACE: String(5 * MIN) } });
    await b.api('POST', '/api/announcements', { text: '五分钟宽限', targets: { buildings: ['5'] }, sendAt: '2026-06-01T10:00:00+08:00' });
    await restartAt(new Date(Date.parse('2026-06-01T02:00:00Z') + 6 * MIN));
    expect(await b.texts('sim-b5')).toEqual([]);
  });

  it('a daily notice down for days: earlier slots missed, the latest (within grace) sent once, schedule continues', async () => {
    b = await startAnnBot({ start: '2026-06-01T00:00:00Z' });
    const res = await b.api('POST', '/api/announcements', { text: '每日提醒', targets: { buildings: ['6'] }, cron: '0 9 * * *' });
    // Down from Mon 08:00 until Thu 09:10 Shanghai.
    await restartAt('2026-06-04T01:10:00Z');
    expect(await b.texts('sim-b6')).toEqual(['每日提醒']);
    const detail = (await b.api('GET', `/api/announcements/${res.body.id}`)).body;
    expect(detail.runs.map((r: any) => r.status)).toEqual(['missed', 'missed', 'missed', 'queued']);
    expect(detail).toMatchObject({ status: 'scheduled', runCount: 4, nextRunAt: '2026-06-05T01:00:00.000Z' });
    expect((await officeTexts(b)).filter((t) => t.includes('通知未发送'))).toHaveLength(1);
    expect(b.timer.armedAt!.getTime()).toBeLessThanOrEqual(Date.parse('2026-06-05T01:00:00Z'));
  });
});

describe('exactly once: a failure before the fan-out commits', () => {
  it('queues nothing, keeps the run due, and a restart sends every group once', async () => {
    b = await startAnnBot({ start: '2026-06-01T01:00:00Z' });
    const res = await b.api('POST', '/api/announcements', { text: '全体大扫除', targets: { all: true }, sendAt: '2026-06-01T10:00:00+08:00' });
    // The process "dies" in the middle of the fan-out transaction: the 4th delivery row fails to write.
    const crash = await crashMidFanout(b.bot.store);
    await b.timer.advanceTo('2026-06-01T02:00:00Z');
    await b.bot.settle();
    for (const g of BUILDING_GROUPS) expect(await b.texts(g)).toEqual([]);
    // Still due: tried again later, not in a tight loop.
    expect(b.timer.armedAt?.toISOString()).toBe('2026-06-01T02:00:30.000Z');
    const counts = await sqlRow(
      b.bot.store,
      `SELECT (SELECT count(*) FROM announcement_runs) runs, (SELECT count(*) FROM announcement_deliveries) d,
              (SELECT count(*) FROM outbox WHERE ref LIKE 'announcement:%') o`,
    );
    expect(counts).toEqual({ runs: 0, d: 0, o: 0 });
    expect((await b.api('GET', `/api/announcements/${res.body.id}`)).body).toMatchObject({ status: 'scheduled', nextRunAt: '2026-06-01T02:00:00.000Z' });

    await crash.endWithProcess();
    await restartAt('2026-06-01T02:01:00Z'); // the trigger died with the old process
    expect(Object.values(await countsOf(b, '全体大扫除'))).toEqual([1, 1, 1, 1, 1, 1, 0]);
    await b.bot.announcements.tick();
    await b.bot.settle();
    expect(Object.values(await countsOf(b, '全体大扫除'))).toEqual([1, 1, 1, 1, 1, 1, 0]);
  });
});
