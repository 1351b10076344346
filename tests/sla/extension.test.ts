import { afterEach, describe, expect, it } from 'vitest';
import { sh, startSlaBot, type SlaBot } from './support';
import { ticketById } from '../../src/store/repos/tickets';
import { parseSlaCommand } from '../../src/core/sla/commands';

let b: SlaBot | undefined;
afterEach(async () => {
  await b?.stop();
  b?.cleanup();
  b = undefined;
});

const last = async (bot: SlaBot, name: string) => (await bot.dmTexts(name)).at(-1)!;

describe('延期 commands (pure parse)', () => {
  it('reads the ticket, the days and the reason, with Chinese numerals', () => {
    expect(parseSlaCommand('延期 12 3天 等待配件')).toEqual({ verb: 'extend', ticket: 12, days: 3, reason: '等待配件' });
    expect(parseSlaCommand('延期#12 三个工作日，等物业采购')).toEqual({ verb: 'extend', ticket: 12, days: 3, reason: '等物业采购' });
    expect(parseSlaCommand('同意延期 12')).toEqual({ verb: 'approve_extension', ticket: 12 });
    expect(parseSlaCommand('不同意延期 #12')).toEqual({ verb: 'refuse_extension', ticket: 12 });
    expect(parseSlaCommand('延期 12')).toEqual({ verb: 'sla_usage' });
    expect(parseSlaCommand('快递延期了')).toBeNull();
    expect(parseSlaCommand('延期到明天吧')).toBeNull();
  });
});

describe('延期 end to end', () => {
  it('worker asks, leader approves: the resolve deadline moves by working days and is shown where the deadline is', async () => {
    b = await startSlaBot({ start: '2026-12-07 09:00', sla: 'quietHours: off\n' });
    await b.say('sim-b3', await b.id('郑海涛'), '3号楼2单元楼道灯坏了');
    const zhang = await b.id('张丽');
    const wang = await b.id('王建国');
    await b.dm(zhang, '接单 1');
    await b.dm(zhang, '延期 1 12天 等待配件');
    expect(await last(b, '张丽')).toBe('延期最多 10 个工作日。');
    await b.dm(zhang, '延期 1 3天 等待配件');
    expect(await last(b, '张丽')).toContain('等待网格长王建国批复');
    expect(await last(b, '王建国')).toContain('【延期申请】');
    await b.dm(zhang, '我的');
    expect(await last(b, '张丽')).toContain('延期3天待批');
    await b.dm(zhang, '同意延期 1');
    expect(await last(b, '张丽')).toContain('只有网格长');

    await b.dm(wang, '同意延期 1');
    expect(await last(b, '王建国')).toBe('已同意工单 #1 延期，新的办结时限 12-17 24:00。');
    expect(await last(b, '张丽')).toContain('延期已获同意');
    expect((await ticketById(b.bot.store.db, 1))!.resolveDueAt).toEqual(sh('2026-12-18 00:00'));
    await b.dm(zhang, '查 1');
    expect(await last(b, '张丽')).toContain('办结时限：12-17 24:00（已延期 3 个工作日）');
    await b.dm(zhang, '我的');
    expect(await last(b, '张丽')).toMatch(/#1 .*办结限 12-17 24:00 已延期3天/);

    // Only once.
    await b.dm(zhang, '延期 1 2天 还要等');
    expect(await last(b, '张丽')).toContain('只能延期一次');
    // The old deadline passes without 督办; the new one brings it.
    await b.until('2026-12-15 00:05');
    expect((await b.dmTexts('王建国')).filter((x) => x.includes('【督办】'))).toHaveLength(0);
    await b.until('2026-12-18 00:05');
    expect((await b.dmTexts('王建国')).filter((x) => x.includes('【督办】工单 #1'))).toHaveLength(1);
  });

  it('refused, and not after the deadline', async () => {
    b = await startSlaBot({ start: '2026-12-07 09:00', sla: 'quietHours: off\n' });
    await b.say('sim-b3', await b.id('郑海涛'), '3号楼2单元楼道灯坏了');
    const zhang = await b.id('张丽');
    await b.dm(zhang, '延期 1 2天 住户不在家');
    await b.dm(await b.id('王建国'), '不同意延期 1');
    expect(await last(b, '张丽')).toContain('延期未获同意');
    expect((await ticketById(b.bot.store.db, 1))!.resolveDueAt).toEqual(sh('2026-12-15 00:00'));
    b.clock.set(sh('2026-12-15 08:00'));
    await b.dm(zhang, '延期 1 2天 住户不在家');
    expect(await last(b, '张丽')).toContain('已过办结时限');
    // A resident cannot use it.
    await b.say('sim-b3', await b.id('郑海涛'), '延期 1 2天 我不急');
    expect((await b.groupTexts('sim-b3')).at(-1)).toContain('只有网格员和社区工作人员');
  });
});
