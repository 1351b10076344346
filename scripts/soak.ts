/**
 * `npm run soak [-- --minutes N] [-- --only burst,crash,...] [-- --rounds N]`:
 * the heavier variants of the reliability suite (tests/reliability), run by
 * vitest with GRIDBOT_SOAK=1 (sizes in tests/reliability/scale.ts):
 *   burst   10,000 messages from 200 groups at once (2,000 in `npm test`)
 *   crash   5 SIGKILL/restart cycles over a 3,000-message stream (1 over 600)
 *   fuzz    2,000 runs per property (150), WeCom bodies up to 4 MiB
 *   outbox, backup, store-lock   as in `npm test`
 *   processes   5,000 messages through 2 and 3 gridbot processes on one PostgreSQL (2,000), only
 *               with GRIDBOT_TEST_PG_URL (scripts/pg-test-server.sh); skipped without
 * Each round runs the chosen files once; `--rounds` repeats them (default 1),
 * each round on fresh temp files. Bounded: stops by itself after the rounds,
 * and is killed after --minutes (default 20) whatever happens. Everything
 * stays on this machine: SQLite temp files, in-process HTTP (inject) and the
 * fake WeCom API on 127.0.0.1 (and, for processes, the server you point it at).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const FILES = ['burst', 'crash', 'fuzz', 'outbox', 'backup', 'store-lock', 'processes'] as const;
const fileOf = (name: string) => (name === 'processes' ? 'tests/multiprocess/processes.test.ts' : `tests/reliability/${name}.test.ts`);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITEST = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

function arg(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

const minutes = Number(arg('--minutes') ?? 20);
const rounds = Number(arg('--rounds') ?? 1);
const only = (arg('--only') ?? FILES.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
const unknown = only.filter((f) => !(FILES as readonly string[]).includes(f));
if (unknown.length || !(minutes > 0) || !(rounds >= 1) || !Number.isInteger(rounds)) {
  console.error(`usage: npm run soak [-- --minutes N] [--rounds N] [--only ${FILES.join(',')}]${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`);
  process.exit(2);
}

const deadline = Date.now() + minutes * 60_000;

function runRound(round: number): Promise<number> {
  return new Promise((resolve) => {
    const left = deadline - Date.now();
    if (left <= 0) return resolve(124);
    const files = only.map(fileOf);
    console.log(`\n=== soak round ${round}/${rounds}: ${only.join(', ')} (at most ${Math.ceil(left / 60_000)} min left) ===`);
    const child = spawn(process.execPath, [VITEST, 'run', '--reporter=verbose', ...files], {
      cwd: ROOT,
      env: { ...process.env, GRIDBOT_SOAK: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
      // Own process group, so the time limit takes vitest's workers and their children with it.
      detached: true,
      stdio: 'inherit',
    });
    const timer = setTimeout(() => {
      console.error(`\nsoak: time limit of ${minutes} min reached, stopping`);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, left);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(signal ? 124 : (code ?? 1));
    });
  });
}

const started = Date.now();
const results: { round: number; code: number; s: number }[] = [];
for (let round = 1; round <= rounds; round++) {
  const t0 = Date.now();
  const code = await runRound(round);
  results.push({ round, code, s: Math.round((Date.now() - t0) / 1000) });
  if (code !== 0) break;
}
console.log(`\nsoak: ${results.map((r) => `round ${r.round} ${r.code === 0 ? 'passed' : r.code === 124 ? 'timed out' : 'FAILED'} in ${r.s} s`).join('; ')}; total ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(results.every((r) => r.code === 0) && results.length === rounds ? 0 : 1);
