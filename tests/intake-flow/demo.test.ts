/**
 * Issue 12's "Done means": the demo conversation in the 3号楼 group behaves as
 * a careful grid worker would. Thanks and reminders are silent, 漏水了 is
 * asked where, the two reports the rules dropped become tickets or triage
 * items, the question to neighbours is ignored. Through the simulator API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupSince, post, ticketCount } from '../tickets/support';
import { B3, startFlowBot, triageRows, type FlowBot } from './support';

let f: FlowBot;
beforeAll(async () => {
  f = await startFlowBot();
});
afterAll(async () => {
  await f.t.stop();
});

/** Says `text` as 郑海涛 and returns the bot's group replies and what was stored. */
async function say(text: string) {
  const { t, c } = f;
  const ticketsBefore = await ticketCount(t);
  const triageBefore = (await triageRows(t)).length;
  const s = await post(t, B3, c.zheng, text);
  return {
    replies: (await groupSince(t, B3, s)).map((e) => e.text),
    newTickets: await ticketCount(t) - ticketsBefore,
    newTriage: (await triageRows(t)).length - triageBefore,
  };
}

describe('the demo conversation in 3号楼', () => {
  it('thanks are silent: no public reply, no ticket', async () => {
    const r = await say('感谢物业师傅上门修水管，速度很快！');
    expect(r.replies).toEqual([]);
    expect(r.newTickets).toBe(0);
  });

  it('a reminder to neighbours is silent: no public reply, no ticket', async () => {
    const r = await say('孩子们放学了注意安全哈');
    expect(r.replies).toEqual([]);
    expect(r.newTickets).toBe(0);
  });

  for (const text of ['垃圾分类的桶被人翻得到处都是', '地下车库的灯全灭了，黑得看不见路']) {
    it(`a report the rules used to drop is not lost: ${text}`, async () => {
      const r = await say(text);
      const ticketed = r.newTickets === 1 && r.replies.length === 1 && r.replies[0]!.includes('#');
      const triaged = r.newTriage === 1 && r.replies.length === 0 && r.newTickets === 0;
      expect(ticketed || triaged, JSON.stringify(r)).toBe(true);
    });
  }

  it('漏水了 opens a ticket and asks where, once', async () => {
    const r = await say('漏水了');
    expect(r.newTickets).toBe(1);
    expect(r.replies).toHaveLength(1);
    expect(r.replies[0]).toContain('请问是几单元几室？方便网格员上门');
  });

  it('a question to neighbours is ignored: no reply, no ticket, no triage', async () => {
    const r = await say('有人知道附近哪家理发店好吗');
    expect(r).toEqual({ replies: [], newTickets: 0, newTriage: 0 });
  });

  // The issue asks for `ignore`, not triage: the worker is not bothered either.
  it('thanks and reminders are ignored outright: not even a triage item', async () => {
    for (const text of ['感谢物业师傅上门修水管，速度很快！', '孩子们放学了注意安全哈', '多谢王师傅昨天来修暖气 人特别好']) {
      const r = await say(text);
      expect(r, text).toEqual({ replies: [], newTickets: 0, newTriage: 0 });
    }
  });

  // Formal message-board complaints (issue 12's measured gap: the keyword
  // rules dropped 45% of them as chatter).
  it('formal message-board complaints are not ignored', async () => {
    const r = await say('A2区XX小区垃圾无人处理');
    expect(r.newTickets + r.newTriage).toBe(1);
  });

  // A known miss until the corpus had message-board titles (titles.jsonl, 2026-12-06).
  it('the illegal-hostel complaint from the issue is not ignored', async () => {
    const r = await say('XX县时代星城4幢有非法经营的家庭旅馆');
    expect(r.newTickets + r.newTriage).toBe(1);
  });
});
