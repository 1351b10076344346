/**
 * The real entry point as `npm start` runs it, in a child process: it prints
 * where to open the simulator, serves it, and on SIGTERM stops cleanly
 * (exit 0, in-flight messages finished, the store closed). Bad config stops
 * start-up with one line naming the variable.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, type TestContext } from 'vitest';

const MAIN = new URL('../../src/main.ts', import.meta.url).pathname;
// tsx by absolute path: the child runs outside the project (so no stray .env is read).
const TSX = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

/**
 * A temp directory for the store, removed after the test. Not tests/helpers/app's
 * tempDb: that module loads the whole bot, seconds of import this file never uses.
 */
function tempDb({ onTestFinished }: TestContext): { path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gridbot-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return { path: join(dir, 'gridbot.db') };
}

/** The child, and what a failing test may have left behind under the npm it started, killed after the test. */
function reap({ onTestFinished }: TestContext, child: ChildProcess, strays: () => number[] = () => []): void {
  onTestFinished(() => {
    child.kill('SIGKILL');
    for (const pid of strays()) if (alive(pid)) process.kill(pid, 'SIGKILL');
  });
}

function start(env: Record<string, string>) {
  const proc = spawn(process.execPath, ['--import', TSX, MAIN], {
    // No .env from the working directory: only what the test says.
    cwd: '/',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, exited, out: () => out, err: () => err };
}


// Child processes (node + tsx, ~2 s of CPU each) on a shared 2-core machine: a generous cap, not a speed check.
// The four run side by side (own store, own port each): the children mostly wait on each other's CPU.
describe.concurrent('npm start (src/main.ts)', { timeout: 90_000 }, () => {
  it('prints the /sim address, serves it, and stops cleanly on SIGTERM', async (ctx) => {
    const db = tempDb(ctx);
    const run = start({ GRIDBOT_DB: db.path, PORT: '0' });
    reap(ctx, run.proc);
    const base = await until('the start-up line', () => /(http:\/\/127\.0\.0\.1:\d+)\/sim/.exec(run.out())?.[1], 60_000);
    expect(run.out()).toContain('gridbot 已启动');
    // Printed right after, possibly in a later chunk of output.
    await until('the one-time token', () => /已创建社区办公室 API 令牌/.test(run.out()));

    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const posted = await fetch(`${base}/sim/groups/sim-b3/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: 'p12', text: '3号楼2单元楼道灯坏了' }),
    });
    expect(posted.status).toBe(202);

    run.proc.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    // Everything accepted was handled and committed before the store closed.
    const store = new Database(db.path, { readonly: true });
    const inbox = store.prepare(`SELECT status FROM inbox`).all() as { status: string }[];
    const tickets = store.prepare(`SELECT count(*) AS n FROM tickets`).get() as { n: number };
    // The replies to it were drained before exit, not left for the next start.
    const outbox = store.prepare(`SELECT status FROM outbox`).all() as { status: string }[];
    store.close();
    expect(outbox.length).toBeGreaterThan(0);
    expect(outbox.filter((r) => r.status !== 'sent')).toEqual([]);
    expect(inbox.map((r) => r.status)).toEqual(['done']);
    expect(tickets.n).toBe(1);
  });

  it('stops at once with one line naming a bad variable', async (ctx) => {
    const run = start({ GRIDBOT_DB: '/tmp/never-created.db', PORT: 'abc' });
    reap(ctx, run.proc);
    expect(await run.exited).toBe(1);
    const lines = run.err().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^配置错误 PORT=/);
  });


  // A supervisor (systemd, Docker, pm2) signals the pid it started, which is whatever
  // runs the start script: that one signal must stop the whole thing and free the port.
  it.for(['SIGTERM', 'SIGINT'] as const)('npm start: %s to the started pid stops every process and frees the port', async (signal, ctx) => {
    const db = tempDb(ctx);
    const port = await freePort();
    const proc = spawn('npm', ['start', '--silent'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', GRIDBOT_DB: db.path, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let family: number[] = [];
    reap(ctx, proc, () => family);
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    await until('/healthz', async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.status === 200, 60_000);
    family = descendants(proc.pid!);
    expect(family.length, out).toBeGreaterThan(0);

    proc.kill(signal);
    expect(await exited, out).toBe(0);
    await until('every process under npm to exit', () => family.every((pid) => !alive(pid)));
    expect(await canListen(port)).toBe(true);
  });
});

async function until<T>(what: string, fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/** Every process below pid (Linux /proc), so none can be left behind unnoticed. */
function descendants(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  if (!existsSync(file)) return [];
  const kids = readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  return kids.flatMap((k) => [k, ...descendants(k)]);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
