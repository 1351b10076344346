import { afterEach, describe, expect, it } from 'vitest';
import { sh, startSlaBot, type SlaBot } from './support';
import { ticketById } from '../../src/store/repos/tickets';
import { fmtDue } from '../../src/templates/sla';
import { sqlRow, sqlValue } from '../helpers/sql';

let b: SlaBot | undefined;
afterEach(async () => {
  await b?.stop();
  b?.cleanup();
  b = undefined;
});

const count = (texts: string[], part: string) => texts.filter((x) => x.includes(part)).length;

describe('each urgency runs its own ladder', () => {
  it('emergency: natural time, not held by quiet hours; 督办 reaches the office when the leader is the handler', async () => {
    b = await startSlaBot({ start: '2026-12-07 23:00' });
    await b.say('sim-b3', await b.id('郑海涛'), '着火了 3号楼冒烟了');
    const t = (await ticketById(b.bot.store.db, 1))!;
    expect(t.urgency).toBe('emergency');
    expect(t.signDueAt).toEqual(sh('2026-12-07 23:30'));
    expect(t.resolveDueAt).toEqual(sh('2026-12-08 23:00'));
    // A safety emergency is the grid leader's own ticket.
    expect(t.assigneeId).toBe(await sqlValue<number>(b.bot.store, "SELECT id FROM people WHERE name = '王建国'"));
    // 50% (23:15) reminder and 80% (23:24) 催办 at night, to the leader who handles it.
    await b.until('2026-12-07 23:25');
    expect(count(await b.dmTexts('王建国'), '还未签收')).toBe(1);
    expect(count(await b.dmTexts('王建国'), '【催办】')).toBe(1);
    // 23:30: overdue → one rung up; the leader is the handler, so the rung with nobody else routes to the office.
    await b.until('2026-12-07 23:31');
    expect(count(await b.dmTexts('赵敏'), '【督办】工单 #1')).toBe(1);
    expect(count(await b.dmTexts('赵敏'), '现提请社区办公室督办')).toBe(1);
    expect(count(await b.dmTexts('王建国'), '【超期】工单 #1')).toBe(1);
    expect(count(await b.groupTexts('sim-b3'), '您反映的 #1 已提请社区办公室督办')).toBe(1);
    // +1 h natural: the street rung; none configured, so it is only recorded (for the 通报).
    await b.until('2026-12-08 00:31');
    expect(count(await b.dmTexts('赵敏'), '【督办】工单 #1')).toBe(1);
    expect(count(await b.groupTexts('sim-b3'), '督办')).toBe(1);
    expect(await sqlRow(b.bot.store, "SELECT count(*) AS n FROM ticket_events WHERE type = 'sla_overdue' AND note LIKE '%列入通报%'")).toEqual({ n: 1 });
  });

  it('a new ticket re-arms the tick for its first step (seconds in a trial file)', async () => {
    b = await startSlaBot({ start: '2026-12-07 10:00', sla: 'calendar: always\nquietHours: off\nlimits:\n  emergency: { signFor: 60s, resolve: 10m }\n' });
    await b.say('sim-b3', await b.id('郑海涛'), '着火了 3号楼冒烟了');
    expect(b.timer.armedAt).toEqual(new Date(sh('2026-12-07 10:00').getTime() + 30_000));
    await b.until('2026-12-07 10:01');
    expect(count(await b.dmTexts('赵敏'), '【督办】工单 #1')).toBe(1); // 60 s: overdue, the leader handles it → the office
  });

  it('urgent: 2 h on natural time, and quiet hours hold the reminders until 07:30', async () => {
    b = await startSlaBot({ start: '2026-12-07 21:30' });
    await b.say('sim-b3', await b.id('郑海涛'), '3号楼2单元电梯坏了');
    const t = (await ticketById(b.bot.store.db, 1))!;
    expect(t.urgency).toBe('urgent');
    expect(t.signDueAt).toEqual(sh('2026-12-07 23:30'));
    // 50% is 22:30: inside quiet hours, so nothing at night.
    await b.until('2026-12-08 07:29');
    expect(count(await b.dmTexts('张丽'), '工单 #1')).toBe(1); // only the assignment
    expect(count(await b.dmTexts('王建国'), '【督办】')).toBe(0);
    // At 07:30 the held steps run: every 督办 rung that came due in the night (none skipped),
    // but not the reminders they overtook.
    await b.until('2026-12-08 07:31');
    expect(count(await b.dmTexts('王建国'), '【督办】工单 #1')).toBe(1);
    expect(count(await b.dmTexts('赵敏'), '【督办】工单 #1')).toBe(1);
    expect(count(await b.dmTexts('张丽'), '【催办】')).toBe(0);
    expect(count(await b.dmTexts('张丽'), '【超期】')).toBe(1);
  });

  it('咨询: answer within 2 working days; a 调休 Saturday counts, the holiday does not', async () => {
    b = await startSlaBot({ start: '2026-09-30 10:00' });
    await b.say('sim-b3', await b.id('郑海涛'), '请问社区什么时候办理老年卡');
    const t = (await ticketById(b.bot.store.db, 1))!;
    expect(t.category).toBe('consult');
    expect(fmtDue(t.signDueAt!)).toBe('10-08 24:00');
    expect(fmtDue(t.resolveDueAt!)).toBe('10-09 24:00');
    // Nothing at all during the National Day holiday (the working clock stands still).
    await b.until('2026-10-07 23:59');
    expect(count(await b.dmTexts('张丽'), '提醒')).toBe(0);
  });

  it('咨询 ladder end to end: reminder, 催办, overdue to the leader, then the office', async () => {
    b = await startSlaBot({ start: '2026-12-07 09:00', sla: 'quietHours: off\n' });
    await b.say('sim-b3', await b.id('郑海涛'), '请问社区什么时候办理老年卡');
    expect((await ticketById(b.bot.store.db, 1))!.category).toBe('consult');
    await b.dm(await b.id('张丽'), '接单 1'); // signed: only the answer clock runs (2 working days → 24:00 Wednesday)
    await b.until('2026-12-08 22:00');
    expect(count(await b.dmTexts('张丽'), '还未办结')).toBe(1); // half of 63 h: Tuesday 16:30
    await b.until('2026-12-09 15:00');
    expect(count(await b.dmTexts('王建国'), '【催办】工单 #1')).toBe(1); // 80%: Wednesday 11:24
    await b.until('2026-12-10 00:01');
    expect(count(await b.dmTexts('王建国'), '【督办】工单 #1')).toBe(1);
    expect(count(await b.dmTexts('张丽'), '【超期】工单 #1')).toBe(1);
    await b.until('2026-12-11 00:01');
    expect(count(await b.dmTexts('赵敏'), '【督办】工单 #1')).toBe(1);
    expect(count(await b.groupTexts('sim-b3'), '您反映的 #1 已提请网格长督办')).toBe(1);
  });

  it('normal over the National Day holiday: the 5-day limit lands after the 调休 Saturday', async () => {
    b = await startSlaBot({ start: '2026-09-30 10:00', sla: 'quietHours: off\n' });
    await b.say('sim-b3', await b.id('郑海涛'), '3号楼2单元楼道灯坏了');
    const t = (await ticketById(b.bot.store.db, 1))!;
    expect(fmtDue(t.resolveDueAt!)).toBe('10-13 24:00');
    await b.dm(await b.id('张丽'), '接单 1');
    // Saturday 10-10 is a working day: the resolve clock runs, and the 80% 催办 comes before Monday.
    await b.until('2026-10-11 00:00');
    expect(count(await b.dmTexts('张丽'), '还未办结')).toBe(1);
    await b.until('2026-10-14 00:01');
    expect(count(await b.dmTexts('王建国'), '【督办】工单 #1 ')).toBe(0);
    expect(count(await b.dmTexts('王建国'), '已超过办结时限')).toBe(1);
  });
});
