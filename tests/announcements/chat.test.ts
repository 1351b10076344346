import { afterEach, describe, expect, it } from 'vitest';
import { countsOf, startAnnBot, wrap, type AnnBot } from './support';

let b: AnnBot | undefined;
afterEach(async () => {
  await b?.stop();
  b = undefined;
});

const NOTICE = '明天9:00-17:00停水，请提前储水';

describe('announcing from chat', () => {
  it('office in a direct chat: preview with the exact text and targets, nothing sent before 确认, then once', async () => {
    b = await startAnnBot();
    const zhao = await b.personNamed('赵敏');
    await b.dm(zhao.id, `通知 3号楼 4号楼 ${NOTICE}`);
    const [preview] = await b.directTexts(zhao.id);
    expect(preview).toContain('请确认以下通知');
    expect(preview).toContain('3号楼、4号楼（共 2 个群）');
    expect(preview).toContain(`\n${NOTICE}\n`);
    expect(preview).toContain('确认后立即发送');
    expect(Object.values(await countsOf(b, NOTICE)).every((n) => n === 0)).toBe(true);

    await b.dm(zhao.id, '确认');
    await b.bot.settle();
    expect(await countsOf(b, NOTICE)).toEqual({ 'sim-b1': 0, 'sim-b2': 0, 'sim-b3': 1, 'sim-b4': 1, 'sim-b5': 0, 'sim-b6': 0, 'sim-workers': 0 });
    const replies = await b.directTexts(zhao.id);
    expect(replies[1]).toMatch(/^通知 #\d+ 已提交，正在发往 2 个群。$/);

    // A second 确认 has nothing left to confirm: no second send.
    await b.dm(zhao.id, '确认');
    await b.bot.settle();
    expect((await countsOf(b, NOTICE))['sim-b3']).toBe(1);
  });

  it('grid leader in the workers group: grid names; 取消 drops the draft; 全体 is the office\'s', async () => {
    b = await startAnnBot();
    const wang = await b.personNamed('王建国');
    await b.say('sim-workers', wang.id, '通知 第二网格 周六上午电梯维保');
    const texts = await b.texts('sim-workers');
    expect(texts.at(-1)).toContain('第二网格（共 3 个群）');
    await b.say('sim-workers', wang.id, '取消');
    expect((await b.texts('sim-workers')).at(-1)).toBe('已取消，这条通知不会发送。');
    await b.say('sim-workers', wang.id, '确认');
    await b.bot.settle();
    expect(Object.values(await countsOf(b, '周六上午电梯维保')).every((n) => n === 0)).toBe(true);

    // 王建国 leads both demo grids, yet 全体 stays the office's: it also reaches what no grid covers.
    await b.say('sim-workers', wang.id, '通知 全体 今晚小区停车场划线');
    expect((await b.texts('sim-workers')).at(-1)).toContain('不能发给：全体');
    await b.say('sim-workers', wang.id, '通知 第一网格 第二网格 今晚小区停车场划线');
    await b.say('sim-workers', wang.id, '确认');
    await b.bot.settle();
    expect(await countsOf(b, '今晚小区停车场划线')).toEqual({
      'sim-b1': 1, 'sim-b2': 1, 'sim-b3': 1, 'sim-b4': 1, 'sim-b5': 1, 'sim-b6': 1, 'sim-workers': 0,
    });
  });

  it('定时通知: scheduled at the given Shanghai time, sent when due', async () => {
    b = await startAnnBot({ start: '2026-06-01T01:00:00Z' });
    const zhao = await b.personNamed('赵敏');
    await b.dm(zhao.id, '定时通知 2026-06-01 10:00 5号楼 6号楼 下午社区义诊');
    expect((await b.directTexts(zhao.id))[0]).toContain('发送时间：2026-06-01 10:00（周一）');
    await b.dm(zhao.id, '确认');
    expect((await b.directTexts(zhao.id))[1]).toMatch(/已安排，将于 2026-06-01 10:00（周一） 发送/);
    expect(await b.texts('sim-b5')).toEqual([]);
    await b.timer.advanceTo('2026-06-01T02:00:00Z');
    await b.bot.settle();
    expect(await b.texts('sim-b5')).toEqual(['下午社区义诊']);
    expect(await b.texts('sim-b6')).toEqual(['下午社区义诊']);
  });

  it('the pending draft survives a restart; an expired draft is refused', async () => {
    b = await startAnnBot();
    const zhao = await b.personNamed('赵敏');
    await b.dm(zhao.id, `通知 1号楼 ${NOTICE}`);
    b = wrap(await b.restart(), b.clock, b.timer);
    await b.dm(zhao.id, '确认');
    await b.bot.settle();
    expect(await b.texts('sim-b1')).toEqual([NOTICE]);

    await b.dm(zhao.id, '通知 2号楼 过期的草稿');
    b.clock.advance(11 * 60_000);
    await b.dm(zhao.id, '确认');
    await b.bot.settle();
    expect((await b.directTexts(zhao.id)).at(-1)).toContain('超过 10 分钟');
    expect(await b.texts('sim-b2')).toEqual([]);
  });

  it('refuses residents and grid workers politely; residents talking in building groups are not intercepted', async () => {
    b = await startAnnBot();
    const resident = (await b.people()).find((p) => p.role === 'resident' && p.building === '3')!;
    await b.dm(resident.id, `通知 3号楼 ${NOTICE}`);
    expect(await b.directTexts(resident.id)).toEqual(['抱歉，只有社区办公室和网格长可以发布通知。如需发通知，请联系社区办公室。']);
    const zhang = await b.personNamed('张丽');
    await b.say('sim-workers', zhang.id, `通知 全体 ${NOTICE}`);
    expect((await b.texts('sim-workers')).at(-1)).toContain('只有社区办公室和网格长');
    await b.say('sim-b3', resident.id, '通知 物业一下，楼道灯不亮');
    expect((await b.texts('sim-b3')).some((t) => t.includes('请确认以下通知') || t.includes('只有社区办公室'))).toBe(false);
    await b.bot.settle();
    expect(Object.values(await countsOf(b, NOTICE)).every((n) => n === 0)).toBe(true);
  });

  it('explains an unknown building and the format', async () => {
    b = await startAnnBot();
    const zhao = await b.personNamed('赵敏');
    await b.dm(zhao.id, '通知 9号楼 明天停水');
    expect((await b.directTexts(zhao.id))[0]).toContain('没有「9」这栋楼');
    await b.dm(zhao.id, '通知 明天停水');
    expect((await b.directTexts(zhao.id))[1]).toContain('发通知格式');
    await b.dm(zhao.id, '定时通知 明天九点 全体 停水');
    expect((await b.directTexts(zhao.id))[2]).toContain('看不懂');
    // A bare 通知 shows the format; 确认 with nothing waiting says so (not the generic greeting).
    // An impossible date reads back as typed, in chat words, not as an API field.
    await b.dm(zhao.id, '定时通知 2026-13-01 09:00 全体 停水');
    const bad = (await b.directTexts(zhao.id)).at(-1)!;
    expect(bad).toContain('2026-13-01 09:00');
    expect(bad).not.toMatch(/sendAt|ISO/);
    await b.dm(zhao.id, '通知');
    expect((await b.directTexts(zhao.id))[4]).toContain('发通知格式');
    await b.dm(zhao.id, '确认');
    expect((await b.directTexts(zhao.id))[5]).toContain('没有等待确认的通知');
  });
});
