import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { sql } from 'drizzle-orm';
import { openStore, type Store } from '../../src/store/db';
import { seedDemo } from '../../src/store/seed-demo';
import { loadRosterYamlText } from '../../src/roster/load';
import { formatIssue } from '../../src/roster/issues';
import type { Roster } from '../../src/roster/schema';
import { main } from '../../scripts/roster';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXAMPLE_YAML = `${ROOT}examples/roster.yaml`;
export const EXAMPLE_CSV = `${ROOT}examples/roster-csv`;
export const exampleText = () => readFileSync(EXAMPLE_YAML, 'utf8');

/** What a test runs after it (in reverse order); the stores' close() is async. */
export type Cleanups = (() => void | Promise<void>)[];

/** A fresh store with nothing in it (no demo seed), closed by the caller's cleanup. */
export async function emptyStore(cleanups: Cleanups): Promise<Store> {
  const store = await openStore(':memory:');
  cleanups.push(() => store.close());
  return store;
}

export async function demoStore(cleanups: Cleanups): Promise<Store> {
  const store = await emptyStore(cleanups);
  await seedDemo(store, new Date('2025-03-01T08:00:00+08:00'));
  return store;
}

/** Parses YAML text that is expected to be valid, failing with the issues otherwise. */
export function roster(text: string): Roster {
  const r = loadRosterYamlText(text);
  expect(r.issues.map(formatIssue)).toEqual([]);
  return r.roster!;
}

// outbox: an import that moves tickets also queues messages to their new assignees.
const TABLES = ['streets', 'communities', 'grids', 'buildings', 'people', 'staff_grids', 'identities', 'groups', 'tickets', 'ticket_events', 'outbox'];

/** Every row the roster could touch, for "nothing changed" comparisons. */
export async function dump(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = await store.execute(sql.raw(`SELECT * FROM ${t} ORDER BY rowid`));
  return out;
}

/** A ticket assigned to someone, inserted directly (the roster only reads its assignee and status). */
export const TICKET_BASE = {
  category: 'facility',
  urgency: 'normal' as const,
  summary: '楼道灯不亮',
  text: '3号楼楼道灯不亮了',
  escalationLevel: 0,
  createdAt: new Date('2025-03-02T09:00:00+08:00'),
  updatedAt: new Date('2025-03-02T09:00:00+08:00'),
};

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The script as `npm run roster` runs it (tsx), started with node's --import
 * rather than through npx so npm's start-up time and warnings stay out. Each
 * start costs ~2 s of CPU: tests use it once per file, for what only a real
 * process shows (exit code, which stream a line goes to); rosterCli otherwise.
 */
export function rosterProcess(db: string, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/roster.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, GRIDBOT_DB: db, GRIDBOT_SEED_DEMO: '0' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The same script's main() in this process, with the environment rosterProcess gives it and its output captured. */
export async function rosterCli(db: string, ...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
  const code = await main(args, io, { ...process.env, GRIDBOT_DB: db, GRIDBOT_SEED_DEMO: '0' });
  return { code, stdout, stderr };
}
