import { afterEach, describe, expect, it } from 'vitest';
import { startSlaBot, type SlaBot } from './support';

let b: SlaBot | undefined;
afterEach(async () => {
  await b?.stop();
  b?.cleanup();
  b = undefined;
});

const count = (texts: string[], part: string) => texts.filter((x) => x.includes(part)).length;

describe('the ladder of a normal ticket (working time)', () => {
  it('nudges, 催办, then 督办 by the leader, the office, with the resident told once', async () => {
    // Monday 2026-12-07 09:00 Shanghai: an ordinary week (no holidays).
    b = await startSlaBot({ start: '2026-12-07 09:00', sla: 'quietHours: off\n' });
    const zheng = await b.id('郑海涛');
    await b.say('sim-b3', zheng, '3号楼2单元楼道灯坏了');
    expect((await b.groupTexts('sim-b3')).at(-1)).toMatch(/#1/);

    // 查 1 shows the deadlines: sign-for by 24:00 Tuesday, resolve by 24:00 the next Monday.
    await b.dm(await b.id('张丽'), '查 1');
    const show = (await b.dmTexts('张丽')).at(-1)!;
    expect(show).toContain('签收时限：12-08 24:00');
    expect(show).toContain('办结时限：12-14 24:00');

    // 2 h unsigned: the first nudge, to the assignee only.
    await b.until('2026-12-07 11:01');
    expect(count(await b.dmTexts('张丽'), '还未签收')).toBe(1);
    expect(count(await b.dmTexts('王建国'), '工单 #1')).toBe(0);

    // 80% of the sign-for day (from 09:00 Monday to 24:00 Tuesday = 39 h → 31.2 h): 催办 to worker and leader.
    await b.until('2026-12-08 16:30');
    expect(count(await b.dmTexts('张丽'), '还未签收')).toBe(2); // and at half the time (04:30 Tuesday)
    expect(count(await b.dmTexts('张丽'), '【催办】')).toBe(1);
    expect(count(await b.dmTexts('王建国'), '【催办】')).toBe(1);

    // Past the sign-for deadline: 督办 by the grid leader, the worker told, the resident told politely once.
    await b.until('2026-12-09 00:01');
    expect(count(await b.dmTexts('王建国'), '【督办】')).toBe(1);
    expect(count(await b.dmTexts('张丽'), '【超期】')).toBe(1);
    expect(count(await b.groupTexts('sim-b3'), '已提请网格长督办')).toBe(1);

    // One working day later: the community office.
    await b.until('2026-12-10 00:01');
    expect(count(await b.dmTexts('赵敏'), '【督办】')).toBe(1);
    expect(count(await b.dmTexts('赵敏'), '社区办公室督办')).toBe(1);

    // 查 / 我的 / 待办 show 督办.
    await b.dm(await b.id('张丽'), '我的');
    expect((await b.dmTexts('张丽')).at(-1)).toContain('【督办】');
    await b.dm(await b.id('王建国'), '待办');
    expect((await b.dmTexts('王建国')).at(-1)).toMatch(/#1 .*【督办】/);

    // No street in the roster or the SLA file: the street rung stays with the office, and nobody hears anything twice.
    await b.until('2026-12-11 00:01');
    expect(count(await b.groupTexts('sim-b3'), '督办')).toBe(1);
    expect(count(await b.dmTexts('王建国'), '【督办】工单')).toBe(1);
    expect(count(await b.dmTexts('赵敏'), '【督办】工单')).toBe(1);

    // History records each step once.
    await b.dm(await b.id('王建国'), '查 1');
    const history = (await b.dmTexts('王建国')).at(-1)!;
    const lines = history.split('\n');
    expect(count(lines, ' 提醒：提醒签收')).toBe(2); // at 2 h and at half the time
    expect(count(lines, ' 催办：催办签收')).toBe(1);
    expect(count(lines, '督办：签收超期，提请网格长')).toBe(1);
    expect(count(lines, '督办：签收超期，提请社区办公室')).toBe(1);
    expect(count(lines, '列入通报')).toBe(1);
    expect(count(lines, '告知居民')).toBe(1);
  });
});
