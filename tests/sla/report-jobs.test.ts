import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock, sh, startSlaBot, type SlaBot } from './support';
import { sqlRows, sqlValue } from '../helpers/sql';

let b: SlaBot | undefined;
afterEach(async () => {
  await b?.stop();
  b?.cleanup();
  b = undefined;
});

function queued(bot: SlaBot, part: string): Promise<number> {
  return sqlValue<number>(bot.bot.store, 'SELECT count(*) AS n FROM outbox WHERE text LIKE ?', `%${part}%`);
}

describe('weekly 督查, monthly 通报, quarterly 排名', () => {
  it('run at their slots through the outbox, once per period across a restart', async () => {
    const clock = new FakeClock(sh('2026-12-03 09:00'));
    b = await startSlaBot({ start: '', clock });
    await b.say('sim-b3', await b.id('郑海涛'), '3号楼2单元楼道灯坏了'); // sign-for due 24:00 Friday 12-04

    await b.until('2026-12-07 09:01');
    const weekly = (await b.dmTexts('王建国')).filter((x) => x.startsWith('【周督查 2026-W50】'));
    expect(weekly).toHaveLength(1);
    expect(weekly[0]).toContain('#1 【超期】设施报修｜3号楼2单元｜时限 12-04 24:00｜网格员张丽');
    expect((await b.dmTexts('赵敏')).filter((x) => x.startsWith('【周督查 2026-W50】全社区'))).toHaveLength(1);
    expect((await b.dmTexts('张丽')).filter((x) => x.includes('周督查'))).toHaveLength(0);

    // A restart an hour later: the week's 督查 is not sent again.
    const { dbPath, cleanup } = b; // the next bot on the same data removes the temp directory
    await b.stop();
    clock.set(sh('2026-12-07 10:00'));
    b = await startSlaBot({ start: '', clock, dbPath });
    b.cleanup = cleanup;
    await b.bot.settle();
    expect(await queued(b, '【周督查 2026-W50】')).toBe(2); // the leader and the office, once each

    await b.until('2027-01-01 09:01');
    const group = await b.groupTexts('sim-workers');
    const monthly = group.filter((x) => x.startsWith('【月通报 2026-12】'));
    expect(monthly).toHaveLength(1);
    expect(monthly[0]).toContain('受理 1 件');
    expect(monthly[0]).toContain('超期五个工作日以上、予以通报：#1');
    const ranking = group.filter((x) => x.startsWith('【季度排名 2026-Q4】'));
    expect(ranking).toHaveLength(1);
    expect(ranking[0]).toMatch(/网格前三：第一网格（\d+(\.\d+)?分）/);
    expect((await b.dmTexts('赵敏')).filter((x) => x.startsWith('【月通报 2026-12】'))).toHaveLength(1);
    // Stored, once.
    const rows = await sqlRows(b.bot.store, 'SELECT kind, period FROM sla_reports ORDER BY id');
    expect(rows).toEqual(expect.arrayContaining([{ kind: 'monthly', period: '2026-12' }, { kind: 'quarterly', period: '2026-Q4' }]));
    expect(rows.filter((r) => (r as { kind: string }).kind === 'monthly')).toHaveLength(1);
  }, 60_000); // a quarter of scheduler wakes on a fake clock: 5-8 s alone, over 20 s on two loaded CI cores
});
