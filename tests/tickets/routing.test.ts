/**
 * Routing against the store: building → grid → worker, and the fallbacks when
 * a building has no grid, a grid has no worker or the community no leader —
 * never nowhere. Also the category rules (a dispute goes to the grid leader,
 * illegal construction to the office).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startTestBot, type SimPerson, type TestBot } from '../helpers/app';
import { buildings, people } from '../../src/store/schema';
import { createGroup } from '../../src/store/repos/groups';
import { createPerson, linkIdentity, personByIdentity } from '../../src/store/repos/people';
import { cast, directSince, events, groupSince, onlyReply, post, ticket, ticketNo, WORKERS, type Cast } from './support';
import { only } from '../../src/store/port';

const B7 = 'sim-b7';

let t: TestBot;
let c: Cast;
let newcomer: SimPerson; // a resident of building 7, which belongs to no grid

beforeEach(async () => {
  t = await startTestBot();
  c = await cast(t);
  const db = t.bot.store.db;
  const communityId = (await personByIdentity(db, 'simulator', c.zheng.id))!.communityId!;
  // A new building the grids have not been redrawn for yet, with its own group.
  const b7 = only(await db.insert(buildings).values({ communityId, gridId: null, name: '7', units: 2 }).returning());
  await createGroup(db, { channel: 'simulator', externalId: B7, topic: '幸福里7号楼业主群', kind: 'building', buildingId: b7.id, communityId });
  const p = await createPerson(db, { name: '钱新民', role: 'resident', communityId, buildingId: b7.id, wechatName: '钱新民' });
  await linkIdentity(db, p.id, 'simulator', 'p-b7', '钱新民');
  newcomer = await t.personNamed('钱新民');
});
afterEach(async () => {
  await t.stop();
});

const dbId = async (who: { id: string }) => (await personByIdentity(t.bot.store.db, 'simulator', who.id))!.id;
const deactivate = async (who: SimPerson) => {
  await t.bot.store.db.update(people).set({ active: false }).where(eq(people.id, await dbId(who)));
};

/** Reports as `who` in `group`; returns the ticket number, the ack, and the seq to read what followed. */
async function reportIn(group: string, who: SimPerson, text: string) {
  const seq = await post(t, group, who, text);
  const ack = await onlyReply(t, group, who, seq);
  return { n: ticketNo(ack), ack, seq };
}

describe('routing in the store', () => {
  it('a building in the grid goes to its grid worker', async () => {
    const { n, seq } = await reportIn('sim-b4', c.ma, '4号楼2单元楼道灯坏了');
    expect(await ticket(t, n)).toMatchObject({ assigneeId: await dbId(c.li), escalationLevel: 0 });
    expect(await directSince(t, c.li, seq)).toHaveLength(1);
    expect(await directSince(t, c.zhang, seq)).toEqual([]);
  });

  it('a building with no grid → the community’s grid leader', async () => {
    const { n, ack, seq } = await reportIn(B7, newcomer, '7号楼楼道灯坏了');
    expect(ack).toContain('网格长王建国');
    expect(await ticket(t, n)).toMatchObject({ gridId: null, building: '7', assigneeId: await dbId(c.wang), escalationLevel: 1 });
    expect(await directSince(t, c.wang, seq)).toEqual([expect.stringContaining(`#${n}`)]);
    expect((await groupSince(t, WORKERS, seq)).map((e) => e.mentions)).toEqual([[c.wang.id]]);
    expect((await events(t, n)).find((e) => e.type === 'assigned')?.note).toContain('王建国');
  });

  it('a building with no grid and no leader → the office', async () => {
    await deactivate(c.wang);
    const { n, ack, seq } = await reportIn(B7, newcomer, '7号楼楼道灯坏了');
    expect(ack).toContain('赵敏');
    expect(await ticket(t, n)).toMatchObject({ assigneeId: await dbId(c.zhao), escalationLevel: 2 });
    expect(await directSince(t, c.zhao, seq)).toEqual([expect.stringContaining(`#${n}`)]);
  });

  it('a grid whose worker is gone → its grid leader', async () => {
    await deactivate(c.zhang);
    const { n, ack } = await reportIn('sim-b3', c.zheng, '3号楼2单元楼道灯坏了');
    expect(ack).toContain('王建国');
    expect(await ticket(t, n)).toMatchObject({ assigneeId: await dbId(c.wang), escalationLevel: 1 });
  });

  it('nobody in the grid and no leader → still the office, with escalation going nowhere further', async () => {
    await deactivate(c.zhang);
    await deactivate(c.wang);
    const { n } = await reportIn('sim-b3', c.zheng, '3号楼2单元楼道灯坏了');
    expect(await ticket(t, n)).toMatchObject({ assigneeId: await dbId(c.zhao), escalationLevel: 2 });
    const seq = await post(t, null, c.zhao, `上报 ${n}`);
    expect(await onlyReply(t, null, c.zhao, seq)).toContain('无法再上报');
  });

  it('with no leader, a worker’s 上报 goes straight to the office', async () => {
    await deactivate(c.wang);
    const { n } = await reportIn('sim-b3', c.zheng, '3号楼2单元楼道灯坏了');
    const seq = await post(t, null, c.zhang, `上报 ${n} 需要协调`);
    expect(await onlyReply(t, null, c.zhang, seq)).toContain('赵敏');
    expect(await ticket(t, n)).toMatchObject({ assigneeId: await dbId(c.zhao), escalationLevel: 2 });
  });

  it('category rules: a dispute goes to the grid leader, illegal construction to the office', async () => {
    const dispute = await reportIn('sim-b3', c.zheng, '楼上邻居天天吵架，还骂人');
    expect(await ticket(t, dispute.n)).toMatchObject({ category: 'dispute', assigneeId: await dbId(c.wang), escalationLevel: 1 });
    const building = await reportIn('sim-b3', c.feng, '3号楼有人私搭乱建');
    expect(await ticket(t, building.n)).toMatchObject({ category: 'construction', assigneeId: await dbId(c.zhao), escalationLevel: 2 });
    expect(await directSince(t, c.zhao, building.seq)).toEqual([expect.stringContaining(`#${building.n}`)]);
  });
});
