/**
 * `npm run train [-- --with FILE.jsonl ...] [-- --check]`: rebuilds the intake
 * model from the labelled corpus (tests/fixtures/intake-*.jsonl and
 * tests/fixtures/corpus/*.jsonl), seeded, so the same corpus gives the same
 * file byte for byte.
 *
 *  1. 5-fold cross-validation by writer (each file whole in one fold):
 *     out-of-fold figures, and the calibration temperatures fitted on the
 *     out-of-fold logits; with --sweep, the decision rates at other thresholds;
 *  2. the committed model: trained on everything, with those temperatures,
 *     written to src/core/parse/model/intake-model.gen.mjs.
 *
 * --with FILE folds reviewed worker labels (`npm run labels -- export`) in.
 * --check writes nothing and exits 1 when the committed file differs.
 * --out FILE writes the model module there instead (to compare before committing).
 * --dump FILE writes every out-of-fold row (gold, rule reading, emergency head, parse) as JSONL for analysis.
 * --sweep also prints what other thresholds would cost (the figures behind decide.ts).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { encodeModel } from '../src/core/parse/model/codec';
import { logits, predict } from '../src/core/parse/model/linear';

import { DEFAULT_TRAIN_OPTIONS, fitTemperature, train, type TrainOptions } from '../src/core/parse/model/train';
import { sweep } from './intake/sweep';
import { THRESHOLDS } from '../src/core/parse/decide';
import { loadFiles, trainingFiles, type Row } from './intake/data';
import { figures, formatFigures } from './intake/metrics';
import { trainingFingerprint } from './intake/fingerprint';
import { CATEGORY_LABELS, INTENT_LABELS, samples, score, viewAll, type Viewed } from './intake/pipeline';

// Plain JavaScript, not TypeScript: tsx would run its 4 MB string through the
// TypeScript transform at every start, which cost about 60 MB of resident
// memory for nothing (its type is in intake-model.gen.d.mts).
const OUT = fileURLToPath(new URL('../src/core/parse/model/intake-model.gen.mjs', import.meta.url));
const FOLDS = 5;

function parseArgs(argv: string[]) {
  const withFiles: string[] = [];
  let check = false;
  let quiet = false;
  let sweep = false;
  let out = OUT;
  let dump = '';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--with') {
      const f = argv[++i];
      if (!f || !existsSync(f)) throw new Error(`--with 需要一个存在的 JSONL 文件：${f ?? ''}`);
      withFiles.push(f);
    } else if (a === '--check') check = true;
    else if (a === '--quiet') quiet = true;
    else if (a === '--sweep') sweep = true;
    else if (a === '--dump') {
      dump = argv[++i] ?? '';
      if (!dump) throw new Error('--dump 需要一个文件路径');
    } else if (a === '--out') {
      out = argv[++i] ?? '';
      if (!out) throw new Error('--out 需要一个文件路径');
    }
    else throw new Error(`未知参数：${a}`);
  }
  return { withFiles, check, quiet, sweep, out, dump };
}

function trainOn(viewed: readonly Viewed<Row>[], opts: TrainOptions) {
  return train(samples(viewed), INTENT_LABELS, CATEGORY_LABELS, opts);
}

/**
 * Folds by writer: every file (one writer's set) lands whole in one fold, so
 * each message is scored by a model that has seen nothing of its writer:
 * the closest stand-in for a blind set written later. Files are dealt
 * largest first to the lightest fold, in a fixed order.
 */
export function writerFolds(viewed: readonly Viewed<Row>[], folds: number): Int32Array {
  const sizes = new Map<string, number>();
  for (const v of viewed) sizes.set(v.row.source, (sizes.get(v.row.source) ?? 0) + 1);
  const files = [...sizes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const load = new Array<number>(folds).fill(0);
  const foldOfFile = new Map<string, number>();
  for (const [file, n] of files) {
    const k = load.indexOf(Math.min(...load));
    foldOfFile.set(file, k);
    load[k]! += n;
  }
  return Int32Array.from(viewed, (v) => foldOfFile.get(v.row.source)!);
}

/** Out-of-fold logits for every row, in row order, from k models each trained without its fold. */
function outOfFold(viewed: readonly Viewed<Row>[], opts: TrainOptions) {
  const foldOf = writerFolds(viewed, FOLDS);
  const out: Array<{ logits: Float64Array; model: ReturnType<typeof trainOn> } | null> = viewed.map(() => null);
  for (let k = 0; k < FOLDS; k++) {
    const model = trainOn(viewed.filter((_, i) => foldOf[i] !== k), opts);
    viewed.forEach((v, i) => {
      if (foldOf[i] === k) out[i] = { logits: logits(model, v.view.normalized, v.view.signals), model };
    });
  }
  return out as Array<{ logits: Float64Array; model: ReturnType<typeof trainOn> }>;
}

function temperatures(viewed: readonly Viewed<Row>[], rowLogits: Float64Array[]) {
  const ni = INTENT_LABELS.length;
  const intentRows = viewed.map((v, i) => ({ logits: rowLogits[i]!.subarray(0, ni), gold: INTENT_LABELS.indexOf(v.row.intent) }));
  const nc = CATEGORY_LABELS.length;
  const categoryRows = viewed.flatMap((v, i) =>
    v.row.intent === 'report' && v.row.category
      ? [{ logits: rowLogits[i]!.subarray(ni, ni + nc), gold: CATEGORY_LABELS.indexOf(v.row.category[0]!) }]
      : [],
  );
  const emergencyRows = viewed.map((v, i) => ({ logits: rowLogits[i]!.subarray(ni + nc), gold: v.row.emergency === true ? 0 : 1 }));
  return { intent: fitTemperature(intentRows), category: fitTemperature(categoryRows), emergency: fitTemperature(emergencyRows) };
}

/**
 * The model module: the model file brotli-compressed (6.0 MB → 2.5 MB), then
 * base64. A module's source stays in memory beside the string it defines, so
 * every byte here costs two in every process that parses; brotli at its
 * highest quality is deterministic (same bytes in, same bytes out) and
 * decompresses in well under 0.1 s.
 */
function moduleText(bytes: Uint8Array, fingerprint: string): string {
  const packed = brotliCompressSync(bytes, {
    params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  const b64 = packed.toString('base64');
  // Lines of 100 inside one template literal (the decoder skips the line
  // breaks): a chain of thousands of "+" is too deep for some tools' parsers.
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 100) lines.push(b64.slice(i, i + 100));
  return [
    '// Generated by `npm run train` (scripts/train.ts) from the labelled corpus. Do not edit.',
    '// The intake model file (format: src/core/parse/model/codec.ts), brotli-compressed, base64 with line breaks.',
    '// prettier-ignore',
    'export const MODEL_BROTLI_BASE64 = `',
    lines.join('\n'),
    '`;',
    '// What it was trained on (scripts/intake/fingerprint.ts): tests/parse/model-fresh.test.ts checks it.',
    `export const TRAINING_FINGERPRINT = '${fingerprint}';`,
    '',
  ].join('\n');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const log = (s: string) => {
    if (!args.quiet) console.log(s);
  };
  const opts = DEFAULT_TRAIN_OPTIONS;
  const loaded = loadFiles(trainingFiles(args.withFiles));
  for (const e of loaded.errors) console.error(`rejected ${e}`);
  log(`corpus: ${loaded.rows.length} messages after dropping ${loaded.dropped.length} near-copies; ${loaded.errors.length} bad lines rejected`);
  const viewed = viewAll(loaded.rows);

  // 1. Cross-validation by writer → temperatures and out-of-fold figures.
  const out = outOfFold(viewed, opts);
  const temperature = temperatures(viewed, out.map((o) => o.logits));
  for (const o of out) o.model.temperature = temperature;
  const oof = viewed.flatMap((v, i) => score(out[i]!.model, [v]));
  const title = `${FOLDS}-fold cross-validation by writer, out-of-fold (temperature intent ${temperature.intent}, category ${temperature.category})`;
  log(formatFigures(`${title}, all`, figures(oof)));
  // The rules were tuned on the repository's own sets, so their figures flatter; the corpus is the fair measure.
  const corpusOnly = oof.filter((s) => !(s.g as Row).source.startsWith('intake-'));
  if (corpusOnly.length > 0) log(formatFigures(`${title}, corpus files only`, figures(corpusOnly)));
  const bySource = new Map<string, typeof oof>();
  for (const s of oof) bySource.set((s.g as Row).source, [...(bySource.get((s.g as Row).source) ?? []), s]);
  for (const [source, rows] of bySource) {
    const f = figures(rows);
    log(
      `  ${source.padEnd(22)} n ${String(f.n).padStart(4)} intent ${f.intent?.toFixed(3)} category ${f.category?.toFixed(3) ?? '—'}` +
        ` chatter→public ${f.chatterPublic?.toFixed(3) ?? '—'} reports→ignore ${f.reportIgnored?.toFixed(3) ?? '—'}`,
    );
  }
  if (args.dump) {
    const lines = oof.map((s, i) => {
      const v = viewed[i]!;
      const head = predict(out[i]!.model, v.view.normalized, v.view.signals).emergency;
      return JSON.stringify({
        source: (s.g as Row).source,
        text: v.row.text,
        gold: { intent: v.row.intent, category: v.row.category ?? null, emergency: v.row.emergency === true },
        rule: { kind: v.view.check.kind, urgent: v.view.check.urgent },
        head: Number(head.toFixed(4)),
        parsed: { intent: s.p.intent, category: s.p.category, emergency: s.p.emergency, action: s.d.action },
      });
    });
    writeFileSync(args.dump, lines.join('\n') + '\n');
    log(`wrote ${oof.length} out-of-fold rows to ${args.dump}`);
  }
  if (args.sweep) {
    log(sweep(oof));
    log('emergency sweep (out-of-fold): add veto → recall precision');
    for (const emergencyAdd of [0.1, 0.15, 0.2, 0.3, 0.5]) {
      for (const emergencyVeto of [0.02, 0.05, 0.1]) {
        const t = { ...THRESHOLDS, emergencyAdd, emergencyVeto };
        const f = figures(viewed.flatMap((v, i) => score(out[i]!.model, [v], false, t)));
        const chosen = emergencyAdd === THRESHOLDS.emergencyAdd && emergencyVeto === THRESHOLDS.emergencyVeto ? ' ← chosen' : '';
        log(`  ${emergencyAdd.toFixed(2)} ${emergencyVeto.toFixed(2)} → ${f.emergencyRecall?.toFixed(3)} ${f.emergencyPrecision?.toFixed(3)}${chosen}`);
      }
    }
    log('add on a passage of a long message (out-of-fold; 1.01 = no passage reading) → recall precision chatter→public');
    for (const emergencyAddPassage of [0.1, 0.2, 0.3, 0.5, 1.01]) {
      const t = { ...THRESHOLDS, emergencyAddPassage };
      const f = figures(viewed.flatMap((v, i) => score(out[i]!.model, [v], false, t)));
      const chosen = emergencyAddPassage === THRESHOLDS.emergencyAddPassage ? ' ← chosen' : '';
      log(`  ${emergencyAddPassage.toFixed(2)} → ${f.emergencyRecall?.toFixed(3)} ${f.emergencyPrecision?.toFixed(3)} ${f.chatterPublic?.toFixed(4)}${chosen}`);
    }
    log('passage keep (out-of-fold; 1.01 = no second reading) → recall precision');
    for (const emergencyPassageKeep of [0.1, 0.3, 0.6, 1.01]) {
      const t = { ...THRESHOLDS, emergencyPassageKeep };
      const f = figures(viewed.flatMap((v, i) => score(out[i]!.model, [v], false, t)));
      const chosen = emergencyPassageKeep === THRESHOLDS.emergencyPassageKeep ? ' ← chosen' : '';
      log(`  ${emergencyPassageKeep.toFixed(2)} → ${f.emergencyRecall?.toFixed(3)} ${f.emergencyPrecision?.toFixed(3)}${chosen}`);
    }
  }

  // 2. The committed model.
  const model = trainOn(viewed, opts);
  model.temperature = temperature;
  const counts = { report: 0, question: 0, chatter: 0 };
  for (const v of viewed) counts[v.row.intent]++;
  const bytes = encodeModel(model, {
    messages: viewed.length,
    intents: counts,
    options: opts,
    folds: FOLDS,
  });
  // Of the repository's rows only: with --with files the model is the community's own, and the
  // check (tests/parse/model-fresh.test.ts) still says whether the rules changed under it.
  const repoViewed = args.withFiles.length > 0 ? viewAll(loadFiles(trainingFiles()).rows) : viewed;
  const text = moduleText(bytes, trainingFingerprint(repoViewed));
  if (args.check) {
    const same = existsSync(args.out) && readFileSync(args.out, 'utf8') === text;
    console.log(same ? 'model file up to date' : 'model file differs from a fresh training');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(args.out, text);
  log(`wrote ${args.out} (${bytes.length} bytes of model)`);
}

await main();
