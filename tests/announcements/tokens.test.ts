import { afterEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tempDb } from '../helpers/app';
import { openStore } from '../../src/store/db';
import { ensureBootstrapToken, verifyApiToken } from '../../src/services/tokens';
import { tokenPerson, TokenPersonError } from '../../src/services/token-person';
import { seedDemo } from '../../src/store/seed-demo';
import { createPerson } from '../../src/store/repos/people';
import { tokenPersonRefused } from '../../src/templates/cli';
import { startAnnBot, type AnnBot } from './support';
import { sqlRow, sqlRows, sqlRun, sqlValue } from '../helpers/sql';
import { main as tokenMain } from '../../scripts/create-token';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let b: AnnBot | undefined;
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  await b?.stop();
  b = undefined;
  for (const c of cleanups.splice(0)) await c();
});

describe('API tokens', () => {
  it('the bootstrap token is created once, on an empty table, and works as an office token', async () => {
    const db = tempDb();
    cleanups.push(db.cleanup);
    const store = await openStore(db.path);
    const token = await ensureBootstrapToken(store);
    expect(token).toMatch(/^gb_[\w-]{32}$/);
    expect(await ensureBootstrapToken(store)).toBeNull();
    expect(await verifyApiToken(store.db, token!)).toMatchObject({ role: 'office' });
    expect(await verifyApiToken(store.db, `${token}x`)).toBeNull();
    await store.close();

    b = await startAnnBot({ dbPath: db.path, env: { GRIDBOT_ADMIN_TOKEN: '' } });
    const res = await b.api('POST', '/api/announcements', { text: '令牌测试', targets: { buildings: ['1'] } }, token);
    expect(res.status).toBe(201);
  });

  it('npm run token creates a token that the API accepts, with its role', async () => {
    const db = tempDb();
    cleanups.push(db.cleanup);
    await (await openStore(db.path)).close();
    // As a real process (exit code, stdout): the other CLI runs in this file call its main() in-process.
    const [run, bad] = await Promise.all([
      tokenProcess(db.path, '--role', 'grid_worker', '--label', '李强'),
      tokenProcess(db.path, '--role', 'resident', '--label', 'x'),
    ]);
    expect(run.status, run.stderr).toBe(0);
    const token = /\n(gb_\S+)/.exec(run.stdout)?.[1];
    expect(token).toBeDefined();
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('角色不正确：resident');

    b = await startAnnBot({ dbPath: db.path });
    expect((await b.api('GET', '/api/announcements', undefined, token)).status).toBe(200);
    expect((await b.api('POST', '/api/announcements', { text: 'x', targets: { all: true } }, token)).status).toBe(403);
  });
});

interface TokenRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run token` (the script itself) as its own process, on a file store: ~2 s of node + tsx start each. */
function tokenProcess(dbPath: string, ...args: string[]): Promise<TokenRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/create-token.ts', ...args, '--db', dbPath], { cwd: ROOT, encoding: 'utf8' }, (err, stdout, stderr) =>
      resolve({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    );
  });
}

/** The same script's main() in this process, output captured. */
async function tokenCli(dbPath: string, ...args: string[]): Promise<TokenRun> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } };
  const status = await tokenMain([...args, '--db', dbPath], io);
  return { status, stdout, stderr };
}

/** A file store with the demo community (王建国 leads both grids, 张丽 is a grid worker). */
async function demoFile(): Promise<string> {
  const db = tempDb();
  cleanups.push(db.cleanup);
  const store = await openStore(db.path);
  await seedDemo(store);
  await store.close();
  return db.path;
}

const tokenCount = async (path: string) => {
  const store = await openStore(path);
  try {
    return await sqlValue<number>(store, 'SELECT count(*) AS n FROM api_tokens');
  } finally {
    await store.close();
  }
};

describe('npm run token --person: a grid leader token linked to the person', () => {
  it('links the token to 王建国 (label defaults to the name) and it may post to his grids', async () => {
    const path = await demoFile();
    const run = await tokenCli(path, '--role', 'grid_leader', '--person', '王建国');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('角色 grid_leader，王建国');
    expect(run.stdout).toContain('关联网格长：王建国，负责 第一网格、第二网格。');
    const token = /\n(gb_\S+)/.exec(run.stdout)![1]!;

    b = await startAnnBot({ dbPath: path });
    const linked = await sqlRows(b.bot.store, `SELECT t.label, p.name FROM api_tokens t JOIN people p ON p.id = t.person_id`);
    expect(linked).toEqual([{ label: '王建国', name: '王建国' }]);
    expect((await b.api('POST', '/api/announcements', { text: '令牌关联测试', targets: { buildings: ['1'] } }, token)).status).toBe(201);
    expect((await b.api('POST', '/api/announcements', { text: 'x', targets: { all: true } }, token)).body.code).toBe('outside_own_grids');
  });

  it('refuses, in Chinese and without creating a token: an unknown name, a non-leader, --person on another role', async () => {
    const path = await demoFile();
    const cases: [string[], string][] = [
      [['--role', 'grid_leader', '--person', '李不存在'], '找不到「李不存在」'],
      [['--role', 'grid_leader', '--person', '张丽'], '「张丽」是网格员，不是网格长'],
      [['--role', 'grid_leader', '--person', '赵敏'], '「赵敏」是社区办公室，不是网格长'],
      [['--role', 'office', '--person', '王建国'], '--person 只用于网格长令牌（--role grid_leader），不能用于 office'],
      [['--person', '王建国'], '--person 只用于网格长令牌'],
    ];
    for (const [args, reason] of cases) {
      const run = await tokenCli(path, ...args);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr).toContain(reason);
      expect(run.stdout).not.toMatch(/gb_/);
    }
    expect(await tokenCount(path)).toBe(0);
  });

  it('a grid_leader token without --person is created read-only, and the CLI says so', async () => {
    const path = await demoFile();
    const run = await tokenCli(path, '--role', 'grid_leader', '--label', '王建国');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('没有关联人员，只能查看');
    expect(await tokenCount(path)).toBe(1);
  });

  it('tokenPerson: an inactive leader is refused; leaders sharing a name are told apart by id', async () => {
    const store = await openStore(':memory:');
    cleanups.push(() => store.close());
    await seedDemo(store);
    const db = store.db;
    const wang = (await sqlRow<{ id: number }>(store, `SELECT id FROM people WHERE name = '王建国'`))!;
    const code = async (fn: () => Promise<unknown>) => {
      try {
        await fn();
      } catch (err) {
        if (err instanceof TokenPersonError) return err.code;
        throw err;
      }
      return 'ok';
    };
    // A resident who shares his name does not get in the way.
    await createPerson(db, { name: '王建国', role: 'resident' });
    expect((await tokenPerson(db, 'grid_leader', '王建国')).id).toBe(wang.id);
    const twin = await createPerson(db, { name: '王建国', role: 'grid_leader' });
    expect(await code(() => tokenPerson(db, 'grid_leader', '王建国'))).toBe('person_ambiguous');
    try {
      await tokenPerson(db, 'grid_leader', '王建国');
    } catch (err) {
      const e = err as TokenPersonError;
      expect(tokenPersonRefused(e.code, e.details)).toBe(`有多位网格长叫「王建国」，请改用编号 --person <编号>：${wang.id}（第一网格、第二网格）；${twin.id}（暂无网格）。`);
    }
    expect((await tokenPerson(db, 'grid_leader', String(twin.id))).id).toBe(twin.id);
    await sqlRun(store, 'UPDATE people SET active = 0 WHERE name = ? AND role = ?', '王建国', 'grid_leader');
    expect(await code(() => tokenPerson(db, 'grid_leader', '王建国'))).toBe('person_inactive');
  });
});
