import { eq, sql } from 'drizzle-orm';
import type { Store } from './db';
import { first, only } from './port';
import { buildings, communities, faq, grids, groups, identities, people, staffGrids, streets } from './schema';

export const DEMO_COMMUNITY = '幸福里社区';

interface DemoStaff {
  name: string;
  wechatName: string;
  wecomUserId: string;
  role: 'grid_worker' | 'grid_leader' | 'office';
  grids: number[];
}

const STAFF: DemoStaff[] = [
  { name: '张丽', wechatName: '张网格', wecomUserId: 'ZhangLi', role: 'grid_worker', grids: [1] },
  { name: '李强', wechatName: '李网格', wecomUserId: 'LiQiang', role: 'grid_worker', grids: [2] },
  { name: '王建国', wechatName: '王组长', wecomUserId: 'WangJianguo', role: 'grid_leader', grids: [1, 2] },
  { name: '赵敏', wechatName: '社区办赵敏', wecomUserId: 'ZhaoMin', role: 'office', grids: [] },
];

const RESIDENTS: Record<string, string[]> = {
  '1': ['刘阿姨', '陈大爷', '孙晓燕'],
  '2': ['周建华', '吴桂兰'],
  '3': ['郑海涛', '冯秀英', '何俊'],
  '4': ['马丽娟', '胡志刚'],
  '5': ['林淑芬', '高明', '罗婷'],
  '6': ['梁德福', '宋雨桐'],
};

const FAQ: { keywords: string; question: string; answer: string }[] = [
  {
    keywords: '社区 上班 几点 办公 时间 开门 下班',
    question: '社区几点上班？',
    answer: '幸福里社区服务站办公时间：周一至周五 8:30-12:00、13:30-17:30，周六上午 9:00-12:00 值班。',
  },
  {
    keywords: '物业 电话 号码 联系',
    question: '物业电话是多少？',
    answer: '幸福里物业服务中心电话：010-6521 8899（24小时），报修也可以直接在群里说。',
  },
  {
    keywords: '社区 电话 号码 联系 服务站',
    question: '社区电话是多少？',
    answer: '幸福里社区服务站电话：010-6521 3300（工作时间）。',
  },
  {
    keywords: '居住证明 开 证明 材料 需要',
    question: '居住证明怎么开？',
    answer: '开具居住证明：带本人身份证、房产证或租房合同原件，到社区服务站一楼窗口办理，当场出具。',
  },
  {
    keywords: '独生子女证 材料 办理 需要',
    question: '办理独生子女证需要哪些材料？',
    answer: '办理独生子女证：夫妻双方身份证、户口本、结婚证、孩子出生医学证明，到社区服务站计生窗口办理。',
  },
  {
    keywords: '养老金 认证 资格认证 办理',
    question: '养老金认证在哪里办理？',
    answer: '养老金资格认证可用"掌上12333"手机刷脸办理，也可带身份证到社区服务站由工作人员协助认证。',
  },
  {
    keywords: '充电卡 电动车 充电 申请 办理',
    question: '怎么申请电动车充电卡？',
    answer: '电动车充电卡在物业服务中心办理：带身份证和车辆信息，工作时间随到随办。',
  },
];

/**
 * Seeds the demo community (幸福里社区) when it is not there yet: one street,
 * two grids, buildings 1–6, a group per building plus the workers' group on
 * the simulator channel, staff and a few residents. Idempotent.
 */
export async function seedDemo(store: Store, now = new Date()): Promise<boolean> {
  const { db } = store;
  const seeded = async () => (await db.select().from(communities).where(eq(communities.name, DEMO_COMMUNITY))).length > 0;
  if (await seeded()) return false;
  return store.transaction(async () => {
    // Several processes may start on one PostgreSQL at once: one seeds, the
    // others wait on this lock (released at commit) and find it done.
    if (store.dialect === 'postgres') await store.execute(sql`SELECT pg_advisory_xact_lock(hashtext('gridbot:seed-demo'))`);
    if (await seeded()) return false;
    const street =
      first(await db.insert(streets).values({ name: '和平街道' }).onConflictDoNothing().returning()) ??
      only(await db.select().from(streets).where(eq(streets.name, '和平街道')));
    const community = only(await db.insert(communities).values({ streetId: street.id, name: DEMO_COMMUNITY }).returning());
    const gridRows = [];
    for (const name of ['第一网格', '第二网格']) {
      gridRows.push(only(await db.insert(grids).values({ communityId: community.id, name }).returning()));
    }
    const buildingIds = new Map<string, number>();
    for (let b = 1; b <= 6; b++) {
      const grid = gridRows[b <= 3 ? 0 : 1]!;
      const row = only(
        await db.insert(buildings).values({ communityId: community.id, gridId: grid.id, name: String(b), units: 3 }).returning(),
      );
      buildingIds.set(String(b), row.id);
      await db
        .insert(groups)
        .values({
          channel: 'simulator',
          externalId: `sim-b${b}`,
          topic: `幸福里${b}号楼业主群`,
          kind: 'building',
          buildingId: row.id,
          communityId: community.id,
        });
    }
    await db
      .insert(groups)
      .values({ channel: 'simulator', externalId: 'sim-workers', topic: '幸福里网格工作群', kind: 'workers', communityId: community.id });

    const addPerson = async (values: typeof people.$inferInsert) => {
      const p = only(await db.insert(people).values(values).returning());
      await db.insert(identities).values({ personId: p.id, channel: 'simulator', externalId: `p${p.id}`, displayName: p.name });
      return p;
    };
    for (const s of STAFF) {
      const p = await addPerson({
        name: s.name,
        role: s.role,
        communityId: community.id,
        wechatName: s.wechatName,
        wecomUserId: s.wecomUserId,
        createdAt: now,
      });
      for (const g of s.grids) await db.insert(staffGrids).values({ personId: p.id, gridId: gridRows[g - 1]!.id });
    }
    for (const [building, names] of Object.entries(RESIDENTS)) {
      for (const name of names) {
        await addPerson({ name, role: 'resident', communityId: community.id, buildingId: buildingIds.get(building)!, wechatName: name, createdAt: now });
      }
    }
    for (const f of FAQ) await db.insert(faq).values({ ...f, communityId: community.id });
    return true;
  });
}
