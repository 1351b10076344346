/**
 * Training of the intake classifier: multinomial logistic regression by
 * AdaGrad SGD over hashed features, L2-regularised, in a seeded order; the
 * emergency head may be the average of a few such heads in different orders.
 * Pure and deterministic: the same samples and options give the same
 * weights bit for bit (one thread, a fixed order, no Math.random).
 */
import { featureBufferSize, ngramFeatures, signalFeatures, SIGNAL_VALUE, type RuleSignals } from './features';
import { classCount, compactWeights, type LinearModel } from './linear';

export interface TrainSample {
  normalized: string;
  signals: RuleSignals;
  intent: string;
  /** Acceptable categories of a report (a soft target over them); empty otherwise. */
  categories: readonly string[];
  emergency: boolean;
  /** Extra weight (e.g. reviewed worker labels); default 1. */
  weight?: number;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /**
   * L2 of the category head alone. Stronger than the others: categories are
   * learned from reports only (about half the corpus) and a new writer's
   * words for a leak or a fight differ most there; shrinking the rare
   * n-grams' weights lifts category on unseen writers (cross-validation by
   * writer: docs/intake.md) while intent is best nearly unregularised.
   */
  categoryL2: number;
  /**
   * How many emergency heads, each trained in its own seeded order, are
   * averaged into the one kept (linear heads: averaging their weights is
   * averaging their logits). One head's alarms on rare phrasings follow the
   * shuffle order: two seeds disagreed on about 100 of 137,435 labelled
   * lines (11 of them emergencies); four averaged halved that (49, 4), and
   * out-of-fold precision rose 0.980 → 0.983 at the same recall (2026-12-08).
   * Kept at 1 for now: the rules were read against the single head of seed
   * 20261204, and on the 72,000 unseen-set lines the averaged head gave 152
   * false alarms to the single head's 139 with the same rules (one more
   * emergency caught). Worth turning on with the next large rule change.
   */
  emergencyHeads: number;
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { bits: 20, epochs: 12, learningRate: 0.3, l2: 1e-6, categoryL2: 1e-4, emergencyHeads: 1, seed: 20261204 };

/** mulberry32: a small seeded PRNG, so the shuffle is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

interface Encoded {
  ids: Uint32Array;
  /** Value of each id: n-grams 1/sqrt(count), rule signals SIGNAL_VALUE. */
  values: Float64Array;
  target: Float64Array;
  weight: number;
}

function encode(samples: readonly TrainSample[], labels: readonly string[], mask: number, head: 'intent' | 'category' | 'emergency'): Encoded[] {
  const buf = new Uint32Array(featureBufferSize());
  const out: Encoded[] = [];
  for (const s of samples) {
    const target = new Float64Array(labels.length);
    if (head === 'emergency') {
      target[s.emergency ? 0 : 1] = 1;
    } else if (head === 'intent') {
      const i = labels.indexOf(s.intent);
      if (i < 0) throw new Error(`unknown intent ${s.intent}`);
      target[i] = 1;
    } else {
      const known = s.categories.filter((c) => labels.includes(c));
      if (known.length === 0) continue;
      for (const c of known) target[labels.indexOf(c)] = 1 / known.length;
    }
    const grams = ngramFeatures(s.normalized, mask, buf);
    const n = signalFeatures(s.signals, s.normalized.length, mask, buf, grams);
    const values = new Float64Array(n).fill(SIGNAL_VALUE);
    values.fill(grams > 0 ? 1 / Math.sqrt(grams) : 0, 0, grams);
    out.push({ ids: buf.slice(0, n), values, target, weight: s.weight ?? 1 });
  }
  return out;
}

/** Float weights of one head: [bucket * k + class], and k biases. */
function trainHead(data: Encoded[], k: number, opts: TrainOptions, size: number): { w: Float64Array; b: Float64Array } {
  const w = new Float64Array(size * k);
  const g2 = new Float64Array(size * k);
  const b = new Float64Array(k);
  const gb2 = new Float64Array(k);
  const z = new Float64Array(k);
  const random = seededRandom(opts.seed);
  const eps = 1e-8;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const x of shuffled(data, random)) {
      z.set(b);
      for (let f = 0; f < x.ids.length; f++) {
        const base = x.ids[f]! * k;
        const v = x.values[f]!;
        for (let c = 0; c < k; c++) z[c]! += w[base + c]! * v;
      }
      let max = -Infinity;
      for (let c = 0; c < k; c++) if (z[c]! > max) max = z[c]!;
      let sum = 0;
      for (let c = 0; c < k; c++) {
        z[c] = Math.exp(z[c]! - max);
        sum += z[c]!;
      }
      for (let c = 0; c < k; c++) {
        const g = (z[c]! / sum - x.target[c]!) * x.weight; // dLoss/dlogit
        gb2[c]! += g * g;
        b[c]! -= (opts.learningRate * g) / Math.sqrt(gb2[c]! + eps);
        z[c] = g;
      }
      for (let f = 0; f < x.ids.length; f++) {
        const base = x.ids[f]! * k;
        const v = x.values[f]!;
        for (let c = 0; c < k; c++) {
          const i = base + c;
          const grad = z[c]! * v + opts.l2 * w[i]!;
          g2[i]! += grad * grad;
          w[i]! -= (opts.learningRate * grad) / Math.sqrt(g2[i]! + eps);
        }
      }
    }
  }
  return { w, b };
}

/** The mean of `opts.emergencyHeads` heads, the i-th trained with seed + i (the first is the single head of old). */
function averagedHeads(data: Encoded[], k: number, opts: TrainOptions, size: number): { w: Float64Array; b: Float64Array } {
  const n = Math.max(1, Math.floor(opts.emergencyHeads));
  const sum = trainHead(data, k, opts, size);
  if (n === 1) return sum;
  for (let i = 1; i < n; i++) {
    const head = trainHead(data, k, { ...opts, seed: opts.seed + i }, size);
    for (let j = 0; j < sum.w.length; j++) sum.w[j]! += head.w[j]!;
    for (let c = 0; c < k; c++) sum.b[c]! += head.b[c]!;
  }
  for (let j = 0; j < sum.w.length; j++) sum.w[j]! /= n;
  for (let c = 0; c < k; c++) sum.b[c]! /= n;
  return sum;
}

/** Trains the three heads and quantizes them into one int8 table (temperatures 1: calibrate separately). */
export function train(
  samples: readonly TrainSample[],
  intents: readonly string[],
  categories: readonly string[],
  opts: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): LinearModel {
  const size = 1 << opts.bits;
  const mask = size - 1;
  const intentHead = trainHead(encode(samples, intents, mask, 'intent'), intents.length, opts, size);
  const reports = samples.filter((s) => s.intent === 'report');
  const categoryHead = trainHead(encode(reports, categories, mask, 'category'), categories.length, { ...opts, l2: opts.categoryL2 }, size);
  const emergencyHead = averagedHeads(encode(samples, ['yes', 'no'], mask, 'emergency'), 2, opts, size);

  const ni = intents.length;
  const classes = classCount({ intents, categories });
  const scales = new Float32Array(classes);
  const bias = new Float32Array(classes);
  const heads = [
    { head: intentHead, k: ni, offset: 0 },
    { head: categoryHead, k: categories.length, offset: ni },
    { head: emergencyHead, k: 2, offset: ni + categories.length },
  ];
  const weights = new Int8Array(size * classes);
  for (const { head, k, offset } of heads) {
    for (let c = 0; c < k; c++) {
      let max = 0;
      for (let i = 0; i < size; i++) max = Math.max(max, Math.abs(head.w[i * k + c]!));
      const scale = Math.fround(max > 0 ? max / 127 : 1);
      scales[offset + c] = scale;
      bias[offset + c] = Math.fround(head.b[c]!);
      for (let i = 0; i < size; i++) weights[i * classes + offset + c] = Math.round(head.w[i * k + c]! / scale);
    }
  }
  return { bits: opts.bits, intents, categories, ...compactWeights(weights, opts.bits, classes), scales, bias, temperature: { intent: 1, category: 1, emergency: 1 } };
}

/**
 * Temperature that minimises the negative log-likelihood of held-out logits
 * (rows of k logits; gold index per row). A grid, so the answer is exact and
 * repeatable rather than an optimiser's.
 */
export function fitTemperature(rows: ReadonlyArray<{ logits: ArrayLike<number>; gold: number }>): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.2; t <= 5.0001; t += 0.02) {
    let loss = 0;
    for (const { logits, gold } of rows) {
      let max = -Infinity;
      for (let c = 0; c < logits.length; c++) max = Math.max(max, logits[c]! / t);
      let sum = 0;
      for (let c = 0; c < logits.length; c++) sum += Math.exp(logits[c]! / t - max);
      loss -= logits[gold]! / t - max - Math.log(sum);
    }
    if (loss < bestLoss - 1e-12) {
      bestLoss = loss;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}
