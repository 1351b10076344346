/**
 * Runs one benchmark section in this process and prints its result as JSON on
 * the last line. scripts/bench.ts starts one of these per section so that
 * each measures in a fresh process (memory figures included).
 */
import { benchParser } from './parser';
import { benchIntake } from './intake';
import { benchCallback } from './callback';
import { benchScale } from './scale';
import { benchCollections } from './collections';
import { benchPgIntake } from './postgres-intake';
import { benchPgScale } from './postgres-scale';

const SECTIONS = {
  parser: benchParser,
  intake: benchIntake,
  callback: benchCallback,
  scale: benchScale,
  collections: benchCollections,
  // These two need a server: GRIDBOT_BENCH_PG_URL or `--pg URL` (scripts/bench/pg-db.ts).
  'postgres-intake': benchPgIntake,
  'postgres-scale': benchPgScale,
} as const;

const name = process.argv[2] as keyof typeof SECTIONS;
const run = SECTIONS[name];
if (!run) {
  console.error(`unknown section ${name}; one of ${Object.keys(SECTIONS).join(', ')}`);
  process.exit(2);
}
const result = await run({ quick: process.argv.includes('--quick') });
console.log(JSON.stringify(result));
