/**
 * 回访 in chat, through the simulator's HTTP API: after 办结 the reporter (or
 * a follower) answers 满意 / 不满意 and the answer lands in the ticket history.
 * Demo community: building 3 is grid 1 (worker 张丽), leader 王建国.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/app';
import { personByIdentity } from '../../src/store/repos/people';
import { parseRating } from '../../src/services/tickets/rate-ticket';
import { latestRatings } from '../../src/store/repos/ticket-queries';
import { cast, directSince, events, groupSince, onlyReply, post, report, testClock, ticket, ticketCount, type Cast } from '../tickets/support';

const B3 = 'sim-b3';
const DAY = 24 * 60 * 60_000;

let t: TestBot;
let c: Cast;
let clock: ReturnType<typeof testClock>;

beforeEach(async () => {
  clock = testClock();
  t = await startTestBot({ gridbot: { now: clock.now } });
  c = await cast(t);
});
afterEach(async () => {
  await t.stop();
});

const dbId = async (who: { id: string }) => (await personByIdentity(t.bot.store.db, 'simulator', who.id))!.id;
const ratings = async (n: number) => (await events(t, n)).filter((e) => e.type === 'rated');

/** 郑海涛 reports in building 3, 张丽 claims and resolves it. Returns the number and the resolution reply. */
async function resolved(text = '3号楼2单元楼道灯坏了'): Promise<{ n: number; done: string }> {
  const n = await report(t, B3, c.zheng, text);
  await post(t, null, c.zhang, `接单 ${n}`);
  const s = await post(t, null, c.zhang, `办结 ${n} 已更换灯泡`);
  const [done] = await groupSince(t, B3, s);
  expect((await ticket(t, n)).status).toBe('resolved');
  return { n, done: done!.text };
}

describe('rating a resolved ticket', () => {
  it('办结 invites a rating; 满意 is recorded as a rated event and thanked with an @', async () => {
    const { n, done } = await resolved();
    expect(done).toBe(`@郑海涛 工单 #${n} 已办结：已更换灯泡。如还没解决，请在 7 天内回复「#${n} 没修好」。欢迎回复「满意」或「不满意」评价本次服务。`);

    clock.advance(2 * DAY);
    const s = await post(t, B3, c.zheng, '满意');
    const [thanks, ...extra] = await groupSince(t, B3, s);
    expect(extra).toEqual([]);
    expect(thanks!.mentions).toEqual([c.zheng.id]);
    expect(thanks!.text).toBe(`@郑海涛 感谢您的评价！工单 #${n} 已记录为「满意」。`);
    expect((await ratings(n)).map((e) => [e.actorId, e.note, e.fromStatus, e.toStatus, e.at.getTime()])).toEqual([
      [await dbId(c.zheng), '满意', 'resolved', 'resolved', clock.now().getTime()],
    ]);
    // A satisfied resident pages nobody, and the ticket stays as it was.
    expect(await directSince(t, c.zhang, s)).toEqual([]);
    expect(await directSince(t, c.wang, s)).toEqual([]);
    expect((await ticket(t, n)).status).toBe('resolved');
    expect(await ticketCount(t)).toBe(1);
  });

  it('不满意 goes straight to the assignee and the grid leader, but does not reopen', async () => {
    const { n } = await resolved();
    const s = await post(t, B3, c.zheng, '不满意');
    const ack = await onlyReply(t, B3, c.zheng, s);
    expect(ack).toContain(`#${n}`);
    expect(ack).toContain('不满意');
    expect(ack).toContain('网格员张丽');
    expect(ack).toContain('网格长王建国');
    expect(ack).toContain(`#${n} 没修好`);
    for (const staff of [c.zhang, c.wang]) {
      const dms = await directSince(t, staff, s);
      expect(dms, staff.name).toHaveLength(1);
      expect(dms[0]).toContain(`#${n}`);
      expect(dms[0]).toContain('「不满意」');
      expect(dms[0]).toContain('郑海涛');
    }
    expect(await directSince(t, c.li, s)).toEqual([]);
    expect((await ticket(t, n)).status).toBe('resolved');
    expect((await ratings(n)).map((e) => e.note)).toEqual(['不满意']);

    // Saying it again replaces the answer but does not page the staff twice.
    const s2 = await post(t, B3, c.zheng, `#${n} 很不满意`);
    expect(await onlyReply(t, B3, c.zheng, s2)).toContain('很不满意');
    expect(await directSince(t, c.zhang, s2)).toEqual([]);
    expect(await directSince(t, c.wang, s2)).toEqual([]);
  });

  it('a second rating replaces the first: the history keeps both, the latest counts', async () => {
    const { n } = await resolved();
    await post(t, B3, c.zheng, '一般');
    const s = await post(t, B3, c.zheng, '非常满意，谢谢！');
    expect(await onlyReply(t, B3, c.zheng, s)).toBe(`@郑海涛 已更新您对工单 #${n} 的评价：「非常满意」。`);
    expect((await ratings(n)).map((e) => e.note)).toEqual(['一般', '非常满意']);
    expect((await latestRatings(t.bot.store.db, n)).map((r) => [r.personId, r.rating])).toEqual([[await dbId(c.zheng), '非常满意']]);
  });

  it('a follower may rate too; it counts as their own answer', async () => {
    const n = await report(t, B3, c.zheng, '3号楼停水了');
    await post(t, B3, c.feng, '我家也没水了 水龙头一滴都没有');
    await post(t, null, c.zhang, `接单 ${n}`);
    await post(t, null, c.zhang, `办结 ${n} 已恢复供水`);
    await post(t, B3, c.zheng, '满意');
    const s = await post(t, B3, c.feng, '5分');
    expect(await onlyReply(t, B3, c.feng, s)).toContain('「非常满意」');
    expect((await latestRatings(t.bot.store.db, n)).map((r) => [r.personId, r.rating])).toEqual([
      [await dbId(c.zheng), '满意'],
      [await dbId(c.feng), '非常满意'],
    ]);
  });

  it('after 7 days a bare 满意 is just chatter; #N 满意 gets the reason; nothing is recorded', async () => {
    const { n } = await resolved();
    clock.advance(7 * DAY + 60_000);
    const s = await post(t, B3, c.zheng, '满意');
    expect(await groupSince(t, B3, s)).toEqual([]);
    const s2 = await post(t, B3, c.zheng, `#${n} 满意`);
    expect(await onlyReply(t, B3, c.zheng, s2)).toContain('超过 7 天');
    expect(await ratings(n)).toEqual([]);
    expect(await ticketCount(t)).toBe(1);
  });

  it('just inside 7 days the rating still counts', async () => {
    const { n } = await resolved();
    clock.advance(7 * DAY - 60_000);
    await post(t, B3, c.zheng, '满意');
    expect((await ratings(n)).map((e) => e.note)).toEqual(['满意']);
  });

  it('someone who neither reported nor followed: a bare 满意 is chatter, #N 满意 is refused', async () => {
    const { n } = await resolved();
    const s = await post(t, B3, c.feng, '满意');
    expect(await groupSince(t, B3, s)).toEqual([]);
    const s2 = await post(t, B3, c.feng, `#${n} 满意`);
    expect(await onlyReply(t, B3, c.feng, s2)).toContain('只有反映人');
    expect(await ratings(n)).toEqual([]);
  });

  it('an open ticket cannot be rated yet; a bare "1" (group-speak for "got it") is not a rating', async () => {
    const n = await report(t, B3, c.zheng, '3号楼2单元楼道灯坏了');
    const s = await post(t, B3, c.zheng, `#${n} 满意`);
    expect(await onlyReply(t, B3, c.zheng, s)).toContain('还没有办结');
    await post(t, null, c.zhang, `接单 ${n}`);
    await post(t, null, c.zhang, `办结 ${n} 已更换灯泡`);
    const s2 = await post(t, B3, c.zheng, '1');
    expect(await groupSince(t, B3, s2)).toEqual([]);
    expect(await ratings(n)).toEqual([]);
  });

  it('rating first and 没修好 afterwards still reopens', async () => {
    const { n } = await resolved();
    await post(t, B3, c.zheng, '满意');
    await post(t, B3, c.zheng, '没修好');
    expect((await ticket(t, n)).status).toBe('reopened');
  });

  it('the latest resolved ticket is meant when there are several', async () => {
    const first = await resolved('3号楼2单元楼道灯坏了');
    clock.advance(60_000);
    const second = await resolved('3号楼门口垃圾没人清理');
    expect(second.n).not.toBe(first.n);
    await post(t, B3, c.zheng, '满意');
    expect((await ratings(second.n)).map((e) => e.note)).toEqual(['满意']);
    expect(await ratings(first.n)).toEqual([]);
    await post(t, B3, c.zheng, `#${first.n} 一般`);
    expect((await ratings(first.n)).map((e) => e.note)).toEqual(['一般']);
  });
});

describe('parseRating', () => {
  it.each([
    ['满意', null, '满意'],
    ['满意！', null, '满意'],
    ['满意，谢谢网格员', null, '满意'],
    ['非常满意👍', null, '非常满意'],
    ['很满意', null, '非常满意'],
    ['一般', null, '一般'],
    ['不满意', null, '不满意'],
    ['很不满意', null, '很不满意'],
    ['非常不满意', null, '很不满意'],
    ['#12 满意', 12, '满意'],
    ['＃１２ 不满意', 12, '不满意'],
    ['12号工单满意', 12, '满意'],
    ['满意 #7', 7, '满意'],
    ['5分', null, '非常满意'],
    ['三分', null, '一般'],
    ['1分', null, '很不满意'],
    // Traditional characters (many elderly residents) and full-width input.
    ['滿意', null, '满意'],
    ['很不滿意', null, '很不满意'],
    ['＃１２ 非常滿意', 12, '非常满意'],
    ['５分', null, '非常满意'],
  ])('%s → ticket %s, %s', (text, ticket, rating) => {
    expect(parseRating(text)).toEqual({ ticket, rating });
  });

  it.each(['1', '5', '我很满意这次的服务但是楼上还在漏水', '不满意没修好', '满意度调查什么时候', '', '#0 满意', '6分'])(
    '%s is not a rating',
    (text) => {
      expect(parseRating(text)).toBeNull();
    },
  );
});
