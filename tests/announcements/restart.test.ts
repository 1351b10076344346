import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { tempDb } from '../helpers/app';
import { ADMIN, countsOf, startAnnBot, wrap, type AnnBot } from './support';
import { sqlRows } from '../helpers/sql';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let b: AnnBot | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  await b?.stop();
  b = undefined;
  for (const c of cleanups.splice(0)) c();
});

/** Runs the crash child until it reports READY, then kills it hard (no shutdown code runs). */
function runAndKill(dbPath: string, logPath: string, text: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, logPath, ADMIN, text], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timeout = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`crash child never got ready: ${out} ${err}`));
    }, 15_000);
    child.stdout.on('data', (d) => {
      out += String(d);
      const m = /READY (\d+)/.exec(out);
      if (m) {
        child.kill('SIGKILL');
        child.once('exit', () => {
          clearTimeout(timeout);
          resolve(Number(m[1]));
        });
      }
    });
    child.stderr.on('data', (d) => (err += String(d)));
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL') {
        clearTimeout(timeout);
        reject(new Error(`crash child exited early (${code}): ${out} ${err}`));
      }
    });
  });
}

describe('a crash in the middle of a fan-out (real second process)', () => {
  it('does not re-send groups already done, sends the rest, and parks the in-flight one for review', async () => {
    const db = tempDb();
    cleanups.push(db.cleanup);
    const logPath = join(db.path, '..', 'sends.jsonl');
    const text = '【停电通知】今晚22:00-23:00线路检修，请提前做好准备';
    const id = await runAndKill(db.path, logPath, text);

    const firstLife = readFileSync(logPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { group: string; state: string });
    expect(firstLife.filter((l) => l.state === 'sent').map((l) => l.group).sort()).toEqual(['sim-b1', 'sim-b2', 'sim-b3']);
    expect(firstLife.filter((l) => l.state === 'on-the-wire').map((l) => l.group)).toEqual(['sim-b4']);

    // A new instance on the same file; its clock is past the retry back-off of the failed sends.
    b = await startAnnBot({ dbPath: db.path, start: new Date(Date.now() + 60_000).toISOString() });
    await b.bot.settle();

    expect(await countsOf(b, text)).toEqual({
      'sim-b1': 0, // done before the crash: not again
      'sim-b2': 0,
      'sim-b3': 0,
      'sim-b4': 0, // uncertain: not blindly re-sent
      'sim-b5': 1, // still queued at the crash: sent now, once
      'sim-b6': 1,
      'sim-workers': 0,
    });

    const detail = await b.api('GET', `/api/announcements/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.needsReview).toBe(true);
    const byBuilding = Object.fromEntries(detail.body.groups.map((g: any) => [g.building, g]));
    expect(Object.fromEntries(Object.entries(byBuilding).map(([k, g]: [string, any]) => [k, g.status]))).toEqual({
      '1': 'sent',
      '2': 'sent',
      '3': 'sent',
      '4': 'review',
      '5': 'sent',
      '6': 'sent',
    });
    expect(byBuilding['4'].needsReview).toBe(true);
    expect(detail.body.deliveries).toMatchObject({ sent: 5, review: 1, pending: 0 });

    // The office is told, once, which group needs checking.
    const office = await b.personNamed('赵敏');
    const reports = (await b.directTexts(office.id)).filter((t) => t.includes('通知待核实'));
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain(`#${id} → 幸福里4号楼业主群`);

    // A further restart neither re-sends nor re-reports.
    const again = wrap(await b.restart(), b.clock, b.timer);
    b = again;
    await again.bot.settle();
    const rows = await sqlRows(again.bot.store, `SELECT status, count(*) n FROM outbox WHERE ref LIKE 'announcement:${id}:%' GROUP BY status`);
    expect(rows).toEqual(expect.arrayContaining([{ status: 'sent', n: 5 }, { status: 'review', n: 1 }]));
    expect(await again.directTexts(office.id)).toEqual([]);
  });
});
