/**
 * 通知 in chat from a grid leader: their grids come from staff_grids of the
 * person. In the demo 王建国 leads both grids; here he is narrowed to 第一网格
 * (buildings 1–3), as a roster would.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { countsOf, startAnnBot, type AnnBot } from './support';
import { sqlRun, sqlValue } from '../helpers/sql';

let b: AnnBot | undefined;
afterEach(async () => {
  await b?.stop();
  b = undefined;
});

async function leaderOfGridOne(): Promise<{ bot: AnnBot; wang: string; personId: number; grid1: number }> {
  const bot = await startAnnBot();
  b = bot;
  const { store } = bot.bot;
  const personId = await sqlValue<number>(store, `SELECT id FROM people WHERE name = '王建国'`);
  const grid = (name: string) => sqlValue<number>(store, 'SELECT id FROM grids WHERE name = ?', name);
  await sqlRun(store, 'DELETE FROM staff_grids WHERE person_id = ? AND grid_id = ?', personId, await grid('第二网格'));
  return { bot, wang: (await bot.personNamed('王建国')).id, personId, grid1: await grid('第一网格') };
}

const drafts = (bot: AnnBot) => sqlValue<number>(bot.bot.store, 'SELECT count(*) AS n FROM announcement_drafts');

describe('通知 from a grid leader', () => {
  it('outside their grids: a Chinese refusal naming what is outside and what they cover; no draft, nothing sent', async () => {
    const { bot, wang } = await leaderOfGridOne();
    const cases: [string, string][] = [
      ['通知 5号楼 明天停水', '5号楼'],
      ['通知 全体 明天停水', '全体'],
      ['通知 第二网格 明天停水', '第二网格'],
      ['通知 3号楼 4号楼 明天停水', '4号楼'],
    ];
    for (const [text, outside] of cases) {
      await bot.say('sim-workers', wang, text);
      const reply = (await bot.texts('sim-workers')).at(-1)!;
      expect(reply).toContain('网格长只能给自己负责的网格及其楼栋发通知');
      expect(reply).toContain(`不能发给：${outside}。`);
      expect(reply).toContain('您负责的网格是：第一网格');
      expect(reply).toContain('请联系社区办公室');
    }
    expect(await drafts(bot)).toBe(0);
    // Nothing is waiting, so 确认 sends nothing.
    await bot.say('sim-workers', wang, '确认');
    await bot.bot.settle();
    expect(Object.values(await countsOf(bot, '明天停水')).every((n) => n === 0)).toBe(true);
  });

  it('within their grids (a building, with the workers group): preview, then sent on 确认', async () => {
    const { bot, wang } = await leaderOfGridOne();
    await bot.dm(wang, '通知 3号楼 工作群 周六上午电梯维保');
    expect((await bot.directTexts(wang))[0]).toContain('3号楼、网格工作群（共 2 个群）');
    await bot.dm(wang, '确认');
    await bot.bot.settle();
    expect(await countsOf(bot, '周六上午电梯维保')).toEqual({
      'sim-b1': 0, 'sim-b2': 0, 'sim-b3': 1, 'sim-b4': 0, 'sim-b5': 0, 'sim-b6': 0, 'sim-workers': 1,
    });
    // The building next door, in 第二网格, is not his.
    await bot.dm(wang, '通知 4号楼 工作群 周六上午电梯维保');
    expect((await bot.directTexts(wang)).at(-1)).toContain('不能发给：4号楼。');
  });

  it('is checked again at 确认: a grid taken away after the preview is refused then', async () => {
    const { bot, wang, personId, grid1 } = await leaderOfGridOne();
    await bot.dm(wang, '通知 第一网格 下午社区义诊');
    expect((await bot.directTexts(wang))[0]).toContain('请确认以下通知');
    await sqlRun(bot.bot.store, 'DELETE FROM staff_grids WHERE person_id = ? AND grid_id = ?', personId, grid1);
    await bot.dm(wang, '确认');
    await bot.bot.settle();
    const reply = (await bot.directTexts(wang)).at(-1)!;
    expect(reply).toContain('不能发给：第一网格。');
    expect(reply).toContain('您还没有负责的网格');
    expect(Object.values(await countsOf(bot, '下午社区义诊')).every((n) => n === 0)).toBe(true);
  });
});
