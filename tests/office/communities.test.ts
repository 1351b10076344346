/**
 * Several communities in one store: the office filters by community, and a
 * building or grid name that two communities share is refused (400 with the
 * list of communities) instead of mixing them. Announcement views say which
 * community a notice belongs to.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { insertTicket } from '../../src/store/repos/tickets';
import { ADMIN, startOfficeBot, T0, type OfficeBot } from './support';
import { sqlRow, sqlValue } from '../helpers/sql';

let b: OfficeBot | undefined;
afterEach(async () => {
  await b?.stop();
  b = undefined;
});

/** The demo (幸福里社区, grids 第一网格/第二网格, buildings 1–6) plus 安康社区 with its own 第一网格 and building 1. */
async function twoCommunities() {
  b = await startOfficeBot();
  const { store } = b.bot;
  const street = await sqlValue<number>(store, 'SELECT street_id AS s FROM communities WHERE id = 1');
  const c2 = await sqlValue<number>(store, `INSERT INTO communities (street_id, name) VALUES (?, '安康社区') RETURNING id`, street);
  const g2 = await sqlValue<number>(store, `INSERT INTO grids (community_id, name) VALUES (?, '第一网格') RETURNING id`, c2);
  const b2 = await sqlValue<number>(store, `INSERT INTO buildings (community_id, grid_id, name) VALUES (?, ?, '1') RETURNING id`, c2, g2);
  const b1 = (await sqlRow<{ id: number; g: number }>(store, `SELECT id, grid_id AS g FROM buildings WHERE community_id = 1 AND name = '1'`))!;
  const reporter = await b.pid('郑海涛');
  const put = async (communityId: number, gridId: number, buildingId: number, text: string) =>
    (await insertTicket(b!.bot.store.db, {
      communityId, gridId, buildingId, building: '1', unit: null, room: null, category: 'repair', urgency: 'normal',
      emergencyKind: null, status: 'open', summary: text, text, reporterId: reporter, assigneeId: null, escalationLevel: 0,
      createdAt: new Date(T0 - 3_600_000), updatedAt: new Date(T0 - 3_600_000),
    })).id;
  const ours = await put(1, b1.g, b1.id, '幸福里1号楼电梯坏了');
  const theirs = await put(c2, g2, b2, '安康1号楼电梯坏了');
  return { c2, g2, ours, theirs };
}

describe('several communities', () => {
  it('/api/tickets honours community=, and building=1 without it is ambiguous', async () => {
    const { ours, theirs } = await twoCommunities();
    const mine = await b!.api(`/api/tickets?community=${encodeURIComponent('幸福里社区')}`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((i: any) => i.id)).toEqual([ours]);
    expect(mine.body.items[0].community).toEqual({ id: 1, name: '幸福里社区' });
    const other = await b!.api(`/api/tickets?community=${encodeURIComponent('安康社区')}&building=1`);
    expect(other.body.items.map((i: any) => i.id)).toEqual([theirs]);

    const ambiguous = await b!.api('/api/tickets?building=1');
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.error).toContain('1号楼 在多个社区里都有，请加 community=社区名');
    expect(ambiguous.body.communities).toEqual([
      { id: 1, name: '幸福里社区' },
      { id: expect.any(Number), name: '安康社区' },
    ]);
    // A building only one community has is not ambiguous.
    expect((await b!.api('/api/tickets?building=3')).status).toBe(200);

    const unknown = await b!.api(`/api/tickets?community=${encodeURIComponent('没有的社区')}`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toContain('没有这个社区：没有的社区（库里的社区：幸福里社区、安康社区）');
  });

  it('a grid name two communities share needs community=; /api/stats counts one community', async () => {
    const { g2 } = await twoCommunities();
    const ambiguous = await b!.api(`/api/tickets?grid=${encodeURIComponent('第一网格')}`);
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.error).toContain('第一网格 在多个社区里都有');
    const theirs = await b!.api(`/api/tickets?grid=${encodeURIComponent('第一网格')}&community=${encodeURIComponent('安康社区')}`);
    expect(theirs.status).toBe(200);
    expect(theirs.body.items.map((i: any) => i.grid.id)).toEqual([g2]);

    const all = await b!.api('/api/stats');
    expect(all.body.total.opened).toBe(2);
    const one = await b!.api(`/api/stats?community=${encodeURIComponent('安康社区')}`);
    expect(one.status).toBe(200);
    expect(one.body.community).toEqual({ id: expect.any(Number), name: '安康社区' });
    expect(one.body.total.opened).toBe(1);
    expect(one.body.grids.map((g: any) => g.grid?.id)).toEqual([g2]);
    expect((await b!.api(`/api/stats?grid=${encodeURIComponent('第一网格')}`)).status).toBe(400);
  });

  it('announcement views say which community, and the list filters by it', async () => {
    await twoCommunities();
    const post = await b!.bot.app.inject({
      method: 'POST',
      url: '/api/announcements',
      headers: { authorization: `Bearer ${ADMIN}` },
      payload: { text: '幸福里明天停水', targets: { buildings: ['3'] }, community: '幸福里社区' },
    });
    expect(post.statusCode, post.body).toBe(201);
    const id = post.json().id;
    const detail = await b!.api(`/api/announcements/${id}`);
    expect(detail.body.community).toEqual({ id: 1, name: '幸福里社区' });
    const list = await b!.api('/api/announcements');
    expect(list.body[0].community).toEqual({ id: 1, name: '幸福里社区' });
    expect((await b!.api(`/api/announcements?community=${encodeURIComponent('安康社区')}`)).body).toEqual([]);
    expect((await b!.api(`/api/announcements?community=${encodeURIComponent('幸福里社区')}`)).body.map((a: any) => a.id)).toEqual([id]);
  });

  it('the chat preview names the community when there are several', async () => {
    await twoCommunities();
    const zhao = await b!.personNamed('赵敏');
    await b!.dm(zhao.id, '通知 3号楼 明天停水');
    const [preview] = await b!.directTexts(zhao.id);
    expect(preview).toContain('发送对象：幸福里社区 3号楼（共 1 个群）');
  });
});
