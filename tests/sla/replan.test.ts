import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock, sh, startSlaBot, type SlaBot } from './support';
import { ticketById } from '../../src/store/repos/tickets';
import { sqlRun, sqlValue } from '../helpers/sql';

let b: SlaBot | undefined;
afterEach(async () => {
  await b?.stop();
  b?.cleanup();
  b = undefined;
});

const count = (texts: string[], part: string) => texts.filter((x) => x.includes(part)).length;

/** Outbox rows (everything ever queued, whatever the process) whose text contains `part`. */
function queued(bot: SlaBot, part: string): Promise<number> {
  return sqlValue<number>(bot.bot.store, 'SELECT count(*) AS n FROM outbox WHERE text LIKE ?', `%${part}%`);
}

describe('re-planning and restarts', () => {
  it('transfer gives the new handler a full clock; sign-for is met by a claim', async () => {
    b = await startSlaBot({ start: '2026-12-07 09:00', sla: 'quietHours: off\n' });
    await b.say('sim-b3', await b.id('郑海涛'), '3号楼2单元楼道灯坏了');
    const first = (await ticketById(b.bot.store.db, 1))!;
    b.clock.set(sh('2026-12-08 10:00'));
    await b.dm(await b.id('王建国'), '转派 1 @李强');
    const moved = (await ticketById(b.bot.store.db, 1))!;
    expect(moved.signDueAt!.getTime()).toBeGreaterThan(first.signDueAt!.getTime());
    expect(moved.signDueAt).toEqual(sh('2026-12-10 00:00')); // 24:00 Wednesday
    expect(moved.resolveDueAt).toEqual(sh('2026-12-16 00:00'));
    expect(moved.slaStage).toBe(0);
    // The old clock's 督办 (due 24:00 Tuesday) does not happen.
    await b.until('2026-12-09 00:05');
    expect(await queued(b, '【督办】')).toBe(0);
    await b.dm(await b.id('李强'), '接单 1');
    expect((await ticketById(b.bot.store.db, 1))!.signedAt).toEqual(b.clock.now());
    // Signed: the sign-for deadline passes quietly.
    await b.until('2026-12-10 00:05');
    expect(await queued(b, '【督办】')).toBe(0);
    await b.dm(await b.id('李强'), '查 1');
    expect((await b.dmTexts('李强')).at(-1)).toContain('签收时限：12-09 24:00（已签收）');
  });

  it('上报 (escalation) re-plans for the leader who now holds it', async () => {
    b = await startSlaBot({ start: '2026-12-07 09:00', sla: 'quietHours: off\n' });
    await b.say('sim-b3', await b.id('郑海涛'), '3号楼2单元楼道灯坏了');
    await b.dm(await b.id('张丽'), '接单 1');
    b.clock.set(sh('2026-12-09 10:00'));
    await b.dm(await b.id('张丽'), '上报 1 需要物业配合');
    const t = (await ticketById(b.bot.store.db, 1))!;
    expect(t.status).toBe('escalated');
    expect(t.signedAt).toBeNull();
    expect(t.signDueAt).toEqual(sh('2026-12-11 00:00'));
    expect(t.resolveDueAt).toEqual(sh('2026-12-17 00:00'));
    expect([t.slaStage, t.supervision]).toEqual([0, 0]);
  });

  it('reopen re-plans from the moment it reopens, and the ladder starts again', async () => {
    b = await startSlaBot({ start: '2026-12-07 09:00', sla: 'quietHours: off\n' });
    const zheng = await b.id('郑海涛');
    await b.say('sim-b3', zheng, '3号楼2单元楼道灯坏了');
    await b.dm(await b.id('张丽'), '接单 1');
    await b.dm(await b.id('张丽'), '办结 1 已换灯泡');
    expect((await ticketById(b.bot.store.db, 1))!.slaNextAt).toBeNull(); // a closed ticket leaves the scheduler's index
    b.clock.set(sh('2026-12-11 15:00'));
    await b.say('sim-b3', zheng, '没修好');
    const t = (await ticketById(b.bot.store.db, 1))!;
    expect(t.status).toBe('reopened');
    expect(t.signedAt).toBeNull();
    expect(t.signDueAt).toEqual(sh('2026-12-15 00:00')); // Friday → 24:00 Monday
    expect(t.resolveDueAt).toEqual(sh('2026-12-19 00:00'));
    await b.until('2026-12-11 17:01');
    expect(count(await b.dmTexts('张丽'), '还未签收')).toBe(1);
  });

  it('a restart in the middle of the ladder sends nothing twice and misses nothing', async () => {
    const clock = new FakeClock(sh('2026-12-07 09:00'));
    b = await startSlaBot({ start: '', clock, sla: 'quietHours: off\n' });
    await b.say('sim-b3', await b.id('郑海涛'), '3号楼2单元楼道灯坏了');
    await b.until('2026-12-09 00:01'); // nudges, 催办, 督办 by the leader
    expect(await queued(b, '【督办】')).toBe(1);
    expect(await queued(b, '【催办】')).toBe(2);
    const { dbPath, cleanup } = b; // the next bot on the same data removes the temp directory
    await b.stop();
    // Down for a while; a new process on the same file with the clock moved on past the office rung.
    clock.set(sh('2026-12-10 08:00'));
    b = await startSlaBot({ start: '', clock, dbPath, sla: 'quietHours: off\n' });
    b.cleanup = cleanup;
    await b.bot.settle();
    expect(await queued(b, '【催办】')).toBe(2);
    expect(await queued(b, '【督办】')).toBe(2); // leader once (before), office once (after the restart)
    expect(await queued(b, '您反映的 #1 已提请')).toBe(1); // the resident, once
    // A second tick at the same moment (a second process) finds nothing to do.
    expect(await b.bot.sla.tick()).toBe(0);
    expect(await queued(b, '【督办】')).toBe(2);
  });
});

describe('tickets from before the time limits', () => {
  it('get deadlines from their opening at the next start, and only the latest due step is taken', async () => {
    const clock = new FakeClock(sh('2026-12-07 09:00'));
    b = await startSlaBot({ start: '', clock, sla: 'quietHours: off\n' });
    await b.say('sim-b3', await b.id('郑海涛'), '3号楼2单元楼道灯坏了');
    // As if opened by the old version: no deadlines.
    await sqlRun(b.bot.store, 'UPDATE tickets SET sla_planned_at = NULL, sign_due_at = NULL, resolve_due_at = NULL, sla_next_at = NULL');
    const { dbPath, cleanup } = b; // the next bot on the same data removes the temp directory
    await b.stop();
    clock.set(sh('2026-12-10 10:00')); // past the sign-for deadline and the office rung
    b = await startSlaBot({ start: '', clock, dbPath, sla: 'quietHours: off\n' });
    b.cleanup = cleanup;
    await b.bot.settle();
    const t = (await ticketById(b.bot.store.db, 1))!;
    expect(t.signDueAt).toEqual(sh('2026-12-09 00:00'));
    expect(await queued(b, '【督办】')).toBe(1); // one (the grid leader), not the whole ladder
    expect(await queued(b, '【催办】')).toBe(0);
    expect(await queued(b, '还未办结')).toBe(1); // the resolve clock's half-way nudge (04:30 today) follows it
  });
});
