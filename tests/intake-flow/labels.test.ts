/**
 * Learning from the workers: 立单, 忽略, 退回 … 非诉求 and 改类 are kept as
 * labels with the masked text, and `npm run labels -- export` writes them in
 * the corpus format. 改类 also fixes the ticket: its category, its route when
 * the category has another responsible person, and its history.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { directSince, events, onlyReply, post, report, ticket } from '../tickets/support';
import { exportLabels } from '../../src/services/intake/labels';
import { B3, DAY, dbId, startFlowBot, triageRows, unsureTexts, type FlowBot } from './support';
import { tempDb, testEngine } from '../helpers/app';
import { main } from '../../scripts/labels';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let f: FlowBot;
beforeEach(async () => {
  f = await startFlowBot();
});
afterEach(async () => {
  await f.t.stop();
});

const exported = async () => (await exportLabels(f.t.bot.store.db, null)).map((l) => JSON.parse(l));

describe('改类', () => {
  it('changes the category, keeps the route when the responsible person is the same, records it', async () => {
    const { t, c } = f;
    const n = await report(t, B3, c.zheng, '3号楼2单元楼道灯坏了');
    expect((await ticket(t, n)).category).toBe('repair');
    const s = await post(t, null, c.zhang, `改类 ${n} 噪音`);
    expect(await onlyReply(t, null, c.zhang, s)).toBe(`工单 #${n} 已改为「噪音扰民」。`);
    expect((await ticket(t, n)).category).toBe('noise');
    expect((await ticket(t, n)).summary.startsWith('噪音扰民｜')).toBe(true);
    expect((await ticket(t, n)).assigneeId).toBe(await dbId(t, c.zhang));
    const ev = (await events(t, n)).filter((e) => e.type === 'recategorized');
    expect(ev.map((e) => [e.actorId, e.note])).toEqual([[await dbId(t, c.zhang), '类别 设施报修 → 噪音扰民']]);
    const show = await post(t, null, c.zhang, `查 ${n}`);
    expect(await onlyReply(t, null, c.zhang, show)).toContain('改类：类别 设施报修 → 噪音扰民');
  });

  it('follows the route when the new category belongs to someone else (安全隐患 → the grid leader)', async () => {
    const { t, c } = f;
    const n = await report(t, B3, c.zheng, '3号楼2单元楼道灯坏了');
    await post(t, null, c.zhang, `接单 ${n}`);
    const s = await post(t, null, c.zhang, `改类 ${n} 安全隐患`);
    expect(await onlyReply(t, null, c.zhang, s)).toContain('按类别转给网格长王建国');
    expect(await ticket(t, n)).toMatchObject({ category: 'safety', assigneeId: await dbId(t, c.wang), status: 'open', escalationLevel: 1 });
    const told = await directSince(t, c.wang, s);
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(`#${n}`);
    expect(told[0]).toContain('安全隐患');
  });

  it('refuses an unknown category, the same category, and a worker of another grid', async () => {
    const { t, c } = f;
    const n = await report(t, B3, c.zheng, '3号楼2单元楼道灯坏了');
    const s = await post(t, null, c.zhang, `改类 ${n} 天气`);
    expect(await onlyReply(t, null, c.zhang, s)).toContain('没有「天气」这个类别');
    const s2 = await post(t, null, c.zhang, `改类 ${n} 设施报修`);
    expect(await onlyReply(t, null, c.zhang, s2)).toContain('已经是「设施报修」');
    const s3 = await post(t, null, c.li, `改类 ${n} 噪音`);
    expect(await onlyReply(t, null, c.li, s3)).toContain('不在您负责的网格');
    expect((await ticket(t, n)).category).toBe('repair');
    expect(await exported()).toEqual([]);
  });
});

describe('labels', () => {
  it('立单, 忽略, 退回 非诉求 and 改类 are stored masked and exported in the corpus format', async () => {
    const { t, c } = f;
    // Two unsure messages (one with a phone number), then the verdicts.
    const phone = ' 有事打我电话13812345678';
    const [first] = unsureTexts(1, phone) as [string];
    const vague = first.slice(0, -phone.length);
    const other = unsureTexts(2).find((text) => text !== vague)!;
    await post(t, B3, c.zheng, first);
    await post(t, B3, c.feng, other);
    const [a, b] = await triageRows(t);
    await post(t, null, c.zhang, `立单 M${a!.id} 噪音扰民`);
    await post(t, null, c.zhang, `忽略 M${b!.id}`);
    const n = await report(t, B3, c.zheng, '3号楼2单元楼道灯坏了');
    await post(t, null, c.zhang, `改类 ${n} 安全隐患`);
    const m = await report(t, B3, c.feng, '3号楼1单元门口的灯坏了');
    await post(t, null, c.wang, `退回 ${m} 非诉求`);
    // An ordinary 退回 is not a label.
    const k = await report(t, B3, c.zheng, '3号楼2单元电梯又坏了');
    await post(t, null, c.zhang, `退回 ${k} 重复，见#${n}`);

    expect(await exported()).toEqual([
      {
        id: 1, groupBuilding: '3', text: `${vague} 有事打我电话138****5678`, intent: 'report',
        category: ['noise'], emergency: false, building: '3', unit: null, room: null, source: 'worker', label: '立单',
      },
      {
        id: 2, groupBuilding: '3', text: other, intent: 'chatter',
        category: [], emergency: false, building: '3', unit: null, room: null, source: 'worker', label: '忽略',
      },
      {
        id: 3, groupBuilding: '3', text: '3号楼2单元楼道灯坏了', intent: 'report',
        category: ['safety'], emergency: false, building: '3', unit: '2', room: null, source: 'worker', label: '改类',
      },
      {
        id: 4, groupBuilding: '3', text: '3号楼1单元门口的灯坏了', intent: 'chatter',
        category: [], emergency: false, building: '3', unit: '1', room: null, source: 'worker', label: '退回',
      },
    ]);
  });

  it('npm run labels -- export writes JSONL to --out, and --since leaves older labels out', async () => {
    if (testEngine() !== 'sqlite') {
      // The CLI is a second process reading the store the bot has open: a SQLite file (PGlite serves one process).
      const file = tempDb();
      onTestFinished(async () => {
        await f.t.stop();
        file.cleanup();
      });
      await f.t.stop();
      f = await startFlowBot({ dbPath: file.path });
    }
    const { t, c, clock } = f;
    const [older, newer] = unsureTexts(2) as [string, string];
    await post(t, B3, c.feng, older);
    await post(t, null, c.zhang, `忽略 M${(await triageRows(t))[0]!.id}`);
    clock.advance(3 * DAY);
    await post(t, B3, c.feng, newer);
    await post(t, null, c.zhang, `忽略 M${(await triageRows(t))[1]!.id}`);
    const day = new Date(clock.now().getTime() - DAY).toISOString().slice(0, 10);

    const out = `${t.dbPath}.labels.jsonl`;
    const args = ['export', '--db', t.dbPath];
    // Two real processes, side by side (each pays ~2 s of tsx start-up): a second
    // process reading the store the bot has open, and the exit code of wrong usage.
    // Node with the tsx loader is what `npm run labels` runs, minus npm's startup.
    const cli = (...more: string[]) => run(process.execPath, ['--import', 'tsx', 'scripts/labels.ts', ...args, ...more], { cwd: ROOT });
    const [all, wrong] = await Promise.allSettled([cli('--out', out), cli('--since', 'yesterday')]);
    if (all.status === 'rejected') throw all.reason;
    expect(all.value.stderr).toContain('已导出 2 条标注');
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.text, l.intent, l.label, l.source])).toEqual([
      [older, 'chatter', '忽略', 'worker'],
      [newer, 'chatter', '忽略', 'worker'],
    ]);
    expect(wrong).toMatchObject({ status: 'rejected', reason: { code: 2 } });
    // --since: the script's main() in this process.
    let stdout = '';
    const code = await main([...args, '--since', day], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true } });
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).text)).toEqual([newer]);
  }, 60_000);
});
