/**
 * `npm run bench [-- --quick] [-- --json] [-- --pg URL]`: every performance
 * figure gridbot promises, measured on this machine, each comparison taken
 * side by side in the same run (machines are noisy: ratios are what count).
 * A table on stdout; with --json, one JSON object on the last line.
 *
 * With a PostgreSQL server (`--pg URL` or GRIDBOT_BENCH_PG_URL; a role that may
 * CREATE DATABASE) the PostgreSQL sections run too: intake with 1–3 processes
 * and the 10,000-group / 1,000,000-ticket store. Without one they are skipped.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchPgUrl } from './bench/pg-db';

const quick = process.argv.includes('--quick');
const json = process.argv.includes('--json');
const SECTION = fileURLToPath(new URL('./bench/section.ts', import.meta.url));
const pgUrl = benchPgUrl();
// The sections run in child processes: they find the server in their environment.
if (pgUrl) process.env.GRIDBOT_BENCH_PG_URL = pgUrl;

function section(name: string): Record<string, number> {
  const started = Date.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', SECTION, name, ...(quick ? ['--quick'] : [])], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) {
    process.stderr.write(child.stderr);
    throw new Error(`bench section ${name} failed (exit ${child.status})`);
  }
  const last = child.stdout.trim().split('\n').pop()!;
  if (!json) process.stderr.write(`  ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return JSON.parse(last) as Record<string, number>;
}

const parser = section('parser');
const intake = section('intake');
const callback = section('callback');
const scale = section('scale');
const collections = section('collections');
const pgIntake = pgUrl ? section('postgres-intake') : null;
const pgScale = pgUrl ? section('postgres-scale') : null;

const r = (n: number, d = 0) => Number(n.toFixed(d));
const pct = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;
const result = {
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', memGb: r(totalmem() / 2 ** 30, 1), node: process.version },
  quick,
  parser: { msgsPerSec: r(parser.msgsPerSec!), medianUs: r(parser.medianUs!, 2) },
  intake: { msgsPerSec: r(intake.msgsPerSec!), floorMsgsPerSec: r(intake.floorMsgsPerSec!), ratioToFloor: r(intake.ratioToFloor!, 3) },
  callback: {
    rps: r(callback.rps!),
    bareRps: r(callback.bareRps!),
    ratioToBare: r(callback.ratioToBare!, 3),
    // The one field that is not a number: the lowest and highest round.
    ratioRange: (callback as unknown as { ratioRange: [number, number] }).ratioRange,
    durableRps: r(callback.durableRps!),
    durableRatioToBare: r(callback.durableRatioToBare!, 3),
    p50Ms: r(callback.p50Ms!, 2),
    p99Ms: r(callback.p99Ms!, 2),
    p99At500Ms: r(callback.p99At500Ms!, 2),
  },
  scale: { openMs: r(scale.openMs!, 2), listMs: r(scale.listMs!, 2), rssMb: r(scale.rssMb!, 1) },
  collections: { linesPerSec: r(collections.linesPerSec!) },
  postgres: pgIntake && pgScale
    ? {
        intake: Object.fromEntries(Object.entries(pgIntake).map(([k, v]) => [k, r(v, k.startsWith('ratio') ? 3 : 0)])),
        scale: Object.fromEntries(Object.entries(pgScale).map(([k, v]) => [k, r(v, 1)])),
      }
    : null,
};

// ok: null marks a figure shown for context, with no goal of its own.
const rows: [string, string, string, boolean | null][] = [
  ['parser (rules + model + decision)', `${result.parser.msgsPerSec} msgs/s, median ${result.parser.medianUs} µs`, '≥ 50,000 msgs/s', result.parser.msgsPerSec >= 50_000],
  ['intake', `${result.intake.msgsPerSec} msgs/s = ${(result.intake.ratioToFloor * 100).toFixed(1)}% of floor (${result.intake.floorMsgsPerSec}/s)`, '≥ 25% of floor', result.intake.ratioToFloor >= 0.25],
  [
    'callback',
    `${result.callback.rps} req/s = ${pct(result.callback.ratioToBare)} of bare (${result.callback.bareRps}/s; pairs ${pct(result.callback.ratioRange[0])}-${pct(result.callback.ratioRange[1])})`,
    '≥ 50% of bare',
    result.callback.ratioToBare >= 0.5,
  ],
  ['callback + inbox write', `${result.callback.durableRps} req/s = ${pct(result.callback.durableRatioToBare)} of bare (durable insert, group commit)`, '(context)', null],
  ['callback p99 @500/s', `${result.callback.p99At500Ms} ms with the inbox write (p50 ${result.callback.p50Ms} ms at full load)`, '≤ 20 ms', result.callback.p99At500Ms <= 20],
  ['scale: open ticket', `${result.scale.openMs} ms`, '≤ 5 ms', result.scale.openMs <= 5],
  ['scale: 我的', `${result.scale.listMs} ms`, '≤ 50 ms', result.scale.listMs <= 50],
  ['scale: RSS', `${result.scale.rssMb} MB`, '≤ 250 MB', result.scale.rssMb <= 250],
  // Every group line is read against each open collection before intake: keep it well above the parser's own goal.
  ['collection replies', `${result.collections.linesPerSec} lines/s`, '≥ 20,000 lines/s', result.collections.linesPerSec >= 20_000],
];
if (pgIntake && pgScale) {
  const i = pgIntake;
  const s = pgScale;
  for (const n of [1, 2, 3]) {
    // No goal of its own yet; SQLite's intake goal is >= 25% of its floor.
    rows.push([`pg intake, ${n} process${n > 1 ? 'es' : ''}`, `${r(i[`p${n}`]!)} msgs/s = ${pct(i[`ratio${n}`]!)} of one-connection pg floor (${r(i.floorMsgsPerSec!)}/s)`, '(context)', null]);
  }
  rows.push(['pg scale: load', `${r(s.loadSec!, 1)} s bulk load (${quick ? '1,000 groups / 100,000' : '10,000 groups / 1,000,000'} tickets)`, '(context)', null]);
  rows.push(['pg scale: open ticket', `median ${r(s.openMs!, 2)} ms, p95 ${r(s.openP95Ms!, 2)} ms`, '≤ 5 ms', s.openMs! <= 5]);
  rows.push(['pg scale: 我的', `median ${r(s.listMs!, 2)} ms, p95 ${r(s.listP95Ms!, 2)} ms`, '≤ 50 ms', s.listMs! <= 50]);
  rows.push(['pg monthly report', `${r(s.reportMs!)} ms this month (${s.reportTickets} tickets of the month + ${s.reportOverdue} older overdue), ${r(s.reportLastMonthMs!)} ms last month`, '≤ 2 s', Math.max(s.reportMs!, s.reportLastMonthMs!) <= 2000]);
}
console.log(`\ngridbot bench${quick ? ' (quick)' : ''} — ${result.machine.cpus} × ${result.machine.cpuModel}, ${result.machine.memGb} GB, Node ${result.machine.node}\n`);
for (const [name, value, goal, ok] of rows) {
  console.log(`${ok === null ? '·' : ok ? '✓' : '✗'} ${name.padEnd(22)} ${value.padEnd(72)} ${ok === null ? goal : `goal ${goal}`}`);
}
if (json) console.log(JSON.stringify(result));
