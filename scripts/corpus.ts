/**
 * `npm run corpus -- add FILE.jsonl …`: brings a writer's labelled file into
 * the training corpus (tests/fixtures/corpus/), keeping only lines that pass
 * validation (legal labels, see src/intake/labelled.ts) and are not
 * near-copies of a message already in the corpus or the repository's sets.
 * Prints what it left out and why; the kept lines are written unchanged.
 *
 * `npm run corpus -- check`: validates the whole corpus the same way (exit 1
 * on a bad line or a near-copy), as tests/intake/corpus.test.ts does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { nearCopies, parseLabelledLines } from '../src/intake/labelled';
import { CORPUS_DIR, loadFiles, trainingFiles } from './intake/data';

function add(files: string[]): void {
  for (const file of files) {
    const name = basename(file);
    const target = join(CORPUS_DIR, name);
    const existing = loadFiles(trainingFiles().filter((f) => f !== target), { dedupe: false }).rows;
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
    const parsed = lines.map((line, i) => ({ line, check: parseLabelledLines(line, `${name}:${i + 1}`) }));
    const valid = parsed.filter((p) => p.check.rows.length === 1);
    for (const p of parsed) for (const e of p.check.errors) console.log(`rejected ${e.replace(/:1: /, ': ')}`);
    const texts = [...existing.map((r) => r.text), ...valid.map((p) => p.check.rows[0]!.text)];
    const { keep } = nearCopies(texts);
    const kept = new Set(keep.filter((i) => i >= existing.length).map((i) => i - existing.length));
    const out = valid.filter((_, i) => kept.has(i));
    console.log(`${name}: ${lines.length} lines, ${lines.length - valid.length} invalid, ${valid.length - out.length} near-copies, ${out.length} kept`);
    writeFileSync(target, out.map((p) => p.line).join('\n') + '\n');
  }
}

function check(): void {
  const all = loadFiles(trainingFiles(), { dedupe: false });
  const corpusRows = all.rows.filter((r) => !r.source.startsWith('intake-'));
  for (const e of all.errors) console.log(`bad line ${e}`);
  const { dropped } = nearCopies(all.rows.map((r) => r.text));
  const corpusCopies = dropped.filter((d) => !all.rows[d.index]!.source.startsWith('intake-'));
  for (const d of corpusCopies) console.log(`near-copy ${all.rows[d.index]!.source}: ${all.rows[d.index]!.text} ≈ ${all.rows[d.copyOf]!.source}: ${all.rows[d.copyOf]!.text}`);
  console.log(`corpus: ${corpusRows.length} messages; ${all.errors.length} bad lines, ${corpusCopies.length} near-copies`);
  if (all.errors.length > 0 || corpusCopies.length > 0) process.exit(1);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'add' && rest.length > 0) add(rest);
else if (command === 'check') check();
else {
  console.error('用法：npm run corpus -- add <文件.jsonl>…  |  npm run corpus -- check');
  process.exit(2);
}
