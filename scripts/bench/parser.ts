/**
 * Parser throughput on the labelled dev set.
 *
 *   npx tsx scripts/bench/parser.ts [--quick]
 *
 * Warm-up first (JIT, opencc dictionaries), then several timed passes over
 * the whole set; the reported figures are the median pass. Median µs is the
 * median of per-message times taken in a separate pass, so the timer's own
 * cost (~0.1 µs) is included in it but not in msgs/s.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from '../../src/core/parse';

interface Sample {
  text: string;
  groupBuilding: string | null;
}

const DEV_SET = fileURLToPath(new URL('../../tests/fixtures/intake-dev.jsonl', import.meta.url));

function loadSamples(): Sample[] {
  return readFileSync(DEV_SET, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const row = JSON.parse(l) as { text: string; groupBuilding?: string | null };
      return { text: row.text, groupBuilding: row.groupBuilding ?? null };
    });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

let sink = 0; // keeps the optimizer from dropping the calls

export async function benchParser(opts: { quick?: boolean } = {}): Promise<{ msgsPerSec: number; medianUs: number }> {
  const samples = loadSamples();
  const warmup = opts.quick ? 200 : 2_000;
  const runs = opts.quick ? 3 : 9;
  const passesPerRun = opts.quick ? 50 : 300;

  for (let i = 0; i < warmup; i++) for (const s of samples) sink += parse(s.text, s).summary.length;

  const rates: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    for (let p = 0; p < passesPerRun; p++) for (const s of samples) sink += parse(s.text, s).summary.length;
    const ns = Number(process.hrtime.bigint() - t0);
    rates.push((passesPerRun * samples.length) / (ns / 1e9));
  }

  const perMessageUs: number[] = [];
  const timedPasses = opts.quick ? 5 : 30;
  for (let p = 0; p < timedPasses; p++) {
    for (const s of samples) {
      const t0 = process.hrtime.bigint();
      sink += parse(s.text, s).summary.length;
      perMessageUs.push(Number(process.hrtime.bigint() - t0) / 1e3);
    }
  }

  return {
    msgsPerSec: Math.round(median(rates)),
    medianUs: Math.round(median(perMessageUs) * 100) / 100,
  };
}

// Run alone: print the figures.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes('--quick');
  const { msgsPerSec, medianUs } = await benchParser({ quick });
  console.log(`parser: ${msgsPerSec.toLocaleString('en-US')} msgs/s, median ${medianUs} µs/msg${quick ? ' (quick)' : ''}`);
  if (sink === -1) console.log(''); // never true; uses sink
}
