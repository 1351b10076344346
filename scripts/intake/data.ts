/**
 * Reading labelled JSONL files for `npm run train` and `npm run eval`:
 * validated line by line (bad lines reported and left out), then near-copies
 * dropped across all files in a fixed order, so the training set is the same
 * on every run.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nearCopies, parseLabelledLines, type Labelled } from '../../src/intake/labelled';

export const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
export const CORPUS_DIR = join(FIXTURES, 'corpus');
/**
 * Blind sets after their first measurement (tests/fixtures/blind/): each was
 * written by a helper who never saw the model, measured once unseen (figures
 * in README.md), and only then trained on. The newest sets wait in
 * tests/fixtures/unseen/, out of training, as the current model's unseen
 * measure, until the next sets are first measured and a model retrained with
 * them holds up (docs/intake.md).
 */
export const MEASURED_BLIND_DIR = join(FIXTURES, 'blind');

/** The blind sets kept out of training while hyper-parameters and thresholds are chosen. */
export const VALIDATION_SETS = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `intake-blind-${x}`);

export interface Row extends Labelled {
  /** File name without .jsonl. */
  source: string;
}

export interface Loaded {
  rows: Row[];
  errors: string[];
  dropped: Array<{ row: Row; copyOf: Row }>;
}

function jsonlIn(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => join(dir, f))
    : [];
}

/** Repository sets first (their labels were checked longest), then the corpus, the measured blind sets, then --with files. */
export function trainingFiles(extra: readonly string[] = []): string[] {
  const fixtures = readdirSync(FIXTURES)
    .filter((f) => /^intake-.*\.jsonl$/.test(f))
    .sort()
    .map((f) => join(FIXTURES, f));
  return [...fixtures, ...jsonlIn(CORPUS_DIR), ...jsonlIn(MEASURED_BLIND_DIR), ...extra];
}

export function loadFiles(files: readonly string[], opts: { dedupe?: boolean } = {}): Loaded {
  const all: Row[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const source = basename(file).replace(/\.jsonl$/, '');
    const parsed = parseLabelledLines(readFileSync(file, 'utf8'), source);
    errors.push(...parsed.errors);
    for (const r of parsed.rows) all.push({ ...r, source });
  }
  if (opts.dedupe === false) return { rows: all, errors, dropped: [] };
  const { keep, dropped } = nearCopies(all.map((r) => r.text));
  return {
    rows: keep.map((i) => all[i]!),
    errors,
    dropped: dropped.map((d) => ({ row: all[d.index]!, copyOf: all[d.copyOf]! })),
  };
}
