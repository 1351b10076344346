/**
 * The whole ticket loop over Wechaty (wechaty-puppet-mock): report → ack with
 * number → the worker gets it directly and in the workers' room → 接单 → the
 * resident sees who is on it → 进度 → the note → 办结 → the outcome.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startMockBot, until, type MockBot } from './mock-bot';

let t: MockBot | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

describe('ticket lifecycle over Wechaty', () => {
  it('closes the loop 发现 → 上报 → 交办 → 办结 in real rooms and direct chats', async () => {
    t = await startMockBot();
    const zhang = t.contact('张网格');
    const resident = t.contact('冯秀英');
    const building = t.room('r-b3@chatroom', '幸福里3号楼业主群', [zhang, resident]);
    const workers = t.room('r-workers@chatroom', '幸福里网格工作群', [zhang]);
    zhang.say('绑定 3号楼').to(building);
    await t.waitForSaid(building.id, 1);
    zhang.say('绑定 工作群').to(workers);
    await t.waitForSaid(workers.id, 1);

    resident.say('3号楼2单元楼道灯坏了好几天了').to(building);
    const [, ack] = await t.waitForSaid(building.id, 2);
    const id = /#(\d+)/.exec(ack ?? '')?.[1];
    expect(ack).toMatch(/^@冯秀英 .*设施报修.*3号楼2单元.*张丽/);

    // Assignment: directly to the worker, and announced (with an @) in the workers' room.
    const [assignment] = await t.waitForSaid(zhang.id, 1);
    expect(assignment).toContain(`#${id}`);
    const [, notice] = await t.waitForSaid(workers.id, 2);
    expect(notice).toMatch(new RegExp(`^@张网格 【新工单 #${id}】`));

    zhang.say(`接单 ${id}`).to(t.self);
    expect((await t.waitForSaid(building.id, 3))[2]).toBe(`@冯秀英 工单 #${id} 已由网格员张丽接单，正在处理。`);

    zhang.say(`进度 ${id} 已联系物业，明天上午更换`).to(t.self);
    expect((await t.waitForSaid(building.id, 4))[3]).toBe(`@冯秀英 工单 #${id} 最新进展：已联系物业，明天上午更换`);

    zhang.say(`办结 ${id} 已更换灯泡`).to(t.self);
    expect((await t.waitForSaid(building.id, 5))[4]).toMatch(new RegExp(`^@冯秀英 工单 #${id} 已办结：已更换灯泡`));

    // The worker got a confirmation for each command in the direct chat.
    await until('confirmations', () => t!.saidIn(zhang.id).length >= 4);
    expect(t.saidIn(zhang.id).slice(1)).toEqual([
      expect.stringContaining(`已接单 #${id}`),
      expect.stringContaining(`已记录 #${id}`),
      expect.stringContaining(`#${id} 已办结`),
    ]);
  });
});
