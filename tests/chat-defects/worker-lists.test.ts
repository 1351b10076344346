/**
 * Issue 13, items 7, 8, 11 (chat) and the small texts of item 12, as a grid
 * worker, an office clerk and a resident meet them in chat.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/app';
import { createGroup } from '../../src/store/repos/groups';
import { cast, directSince, events, groupSince, onlyReply, post, report, ticket, ticketNo, type Cast, staffCommand } from '../tickets/support';

const B3 = 'sim-b3';
let t: TestBot;
let c: Cast;

beforeEach(async () => {
  t = await startTestBot();
  c = await cast(t);
});
afterEach(async () => {
  await t.stop();
});

const command = (who: Cast[keyof Cast], text: string) => staffCommand(t, who, text);

describe('转派 to oneself (item 7)', () => {
  it('replies 已经是您负责的工单 and records nothing', async () => {
    const n = await report(t, B3, c.zheng, '3号楼2单元楼道灯坏了');
    const before = await events(t, n);
    const assignee = (await ticket(t, n)).assigneeId;
    const seq = await post(t, null, c.zhang, `转派 ${n} @张网格`);
    expect(await onlyReply(t, null, c.zhang, seq)).toContain('已经是您负责的工单');
    expect(await events(t, n)).toEqual(before);
    expect((await ticket(t, n)).assigneeId).toBe(assignee);
    expect(await groupSince(t, B3, seq)).toEqual([]); // the resident is not told of a transfer that did not happen
  });
});

describe('emergencies first in 我的 / 待办 (item 8)', () => {
  it('an emergency is marked 【急】 and listed before older ordinary tickets', async () => {
    const plain = await report(t, B3, c.zheng, '3号楼2单元楼道灯坏了');
    const seq = await post(t, B3, c.feng, '着火了！3号楼1单元冒烟了');
    const fire = ticketNo((await groupSince(t, B3, seq))[0]!.text);
    for (const list of [await command(c.zhang, '待办'), await command(c.wang, '待办')]) {
      const lines = list.split('\n').filter((l) => l.startsWith('#') || l.startsWith('【'));
      const iFire = lines.findIndex((l) => l.includes(`#${fire} `));
      const iPlain = lines.findIndex((l) => l.includes(`#${plain} `));
      expect(iFire, list).toBeGreaterThanOrEqual(0);
      expect(iFire, list).toBeLessThan(iPlain);
      expect(lines[iFire]).toContain('【急】');
      expect(lines[iPlain]).not.toContain('【急】');
    }
    const assignee = (await ticket(t, fire)).assigneeId === (await ticket(t, plain)).assigneeId ? c.zhang : c.wang;
    await command(assignee, `接单 ${fire}`);
    await command(c.zhang, `接单 ${plain}`);
    const mine = await command(assignee, '我的');
    expect(mine).toMatch(new RegExp(`【急】#${fire} `));
  });
});

describe('traditional characters in chat commands (item 11)', () => {
  it('通知 全體 今晚停車場劃線 works like 全体', async () => {
    const seq = await post(t, null, c.zhao, '通知 全體 今晚停車場劃線');
    const preview = (await directSince(t, c.zhao, seq))[0]!;
    expect(preview).toContain('请确认以下通知');
    expect(preview).toContain('全体');
    await t.dm(c.zhao.id, '確認');
    await t.bot.settle();
    expect((await t.groupTexts(B3)).filter((x) => x === '今晚停車場劃線')).toHaveLength(1); // as typed
  });
});

describe('traditional characters in 绑定 (item 11)', () => {
  it('綁定 工作羣 makes a new group the workers’ group', async () => {
    await createGroup(t.bot.store.db, { channel: 'simulator', externalId: 'sim-new', topic: '新工作羣', kind: 'unbound' });
    await t.say('sim-new', c.zhang.id, '綁定 工作羣');
    expect((await t.groups()).find((g) => g.id === 'sim-new')).toMatchObject({ kind: 'workers' });
  });
});

describe('small texts (item 12)', () => {
  it('a report in a direct chat says updates come by direct chat', async () => {
    const seq = await post(t, null, c.zheng, '3号楼2单元楼道灯坏了');
    const reply = await onlyReply(t, null, c.zheng, seq);
    expect(reply).toContain('已收到您的反映');
    expect(reply).not.toContain('在群里');
    expect(reply).toContain('私信');
    // In a group it still says the group.
    const s2 = await post(t, B3, c.feng, '3号楼1单元水管漏水了');
    expect(await onlyReply(t, B3, c.feng, s2)).toContain('在群里');
  });

  it('接单 abc and /foo 3 get the usage or an unknown-command help, not the greeting', async () => {
    const claim = await command(c.zhang, '接单 abc');
    expect(claim).toContain('格式不对');
    expect(claim).toContain('接单 12');
    const unknown = await command(c.zhang, '/foo 3');
    expect(unknown).toContain('/foo');
    expect(unknown).toContain('帮助');
    const greeting = await command(c.zhang, '你好');
    expect(unknown).not.toBe(greeting);
  });

  it('a unit the roster does not have keeps the ticket but is flagged unverified for the worker', async () => {
    const seq = await post(t, 'sim-b5', await t.personNamed('林淑芬'), '5号楼10单元楼道灯坏了');
    const group = (await groupSince(t, 'sim-b5', seq)).map((e) => e.text);
    expect(group).toHaveLength(1);
    const n = ticketNo(group[0]!);
    expect((await ticket(t, n)).unit).toBe('10');
    const dm = (await directSince(t, c.li, seq)).find((x) => x.includes(`#${n}`))!;
    expect(dm).toContain('位置未核实');
    expect(dm).toContain('5号楼只有 3 个单元');
    expect(await command(c.li, `查 ${n}`)).toContain('位置未核实');
    // A unit that exists is not flagged.
    const s2 = await post(t, B3, c.zheng, '3号楼2单元楼道灯坏了');
    const m = ticketNo((await groupSince(t, B3, s2))[0]!.text);
    expect(await command(c.zhang, `查 ${m}`)).not.toContain('未核实');
  });
});
