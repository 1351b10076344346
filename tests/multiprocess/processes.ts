/**
 * Real gridbot processes (`node --import tsx src/main.ts`, as `npm start`
 * runs it) on one PostgreSQL database, each with its own simulator account
 * (GRIDBOT_INSTANCE), driven over HTTP like any outside client.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export const ADMIN_TOKEN = 'multi-process-admin-token-0001';

export interface Proc {
  name: string;
  port: number;
  child: ChildProcess;
  output: string[];
  base: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Starts one process and resolves once it listens. */
export async function startProcess(name: string, dbUrl: string, env: Record<string, string> = {}, port?: number): Promise<Proc> {
  const p = port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      GRIDBOT_DB: dbUrl,
      GRIDBOT_INSTANCE: name,
      PORT: String(p),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // The burst puts thousands of lines in a group: keep them all for the count.
      GRIDBOT_SIM_HISTORY: '100000',
      GRIDBOT_SEND_JITTER_MS: '0',
      GRIDBOT_ADMIN_TOKEN: ADMIN_TOKEN,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  const proc: Proc = { name, port: p, child, output, base: `http://127.0.0.1:${p}` };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${output.join('')}`);
    try {
      const res = await fetch(`${proc.base}/healthz`);
      if (res.status === 200) return proc;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not start: ${output.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function stopProcess(p: Proc, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  const done = new Promise((r) => p.child.once('exit', r));
  p.child.kill(signal);
  await done;
}

export async function json<T>(p: Proc, path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${p.base}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}`, ...(init?.headers ?? {}) },
  });
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${path} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

export async function say(p: Proc, groupId: string, from: string, text: string): Promise<void> {
  await json(p, `/sim/groups/${groupId}/messages`, { method: 'POST', body: JSON.stringify({ from, text }) });
}

export async function health(p: Proc): Promise<{ instance: { name: string; leads: boolean; leader: string | null }; backlog: number; outbox: Record<string, number> }> {
  return json(p, '/healthz');
}

export async function until(what: string, cond: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
