/**
 * The intake classifier at run time: three logistic regressions sharing one
 * hashed feature space: intent (over all messages), category (over reports)
 * and emergency (yes/no over all messages; it widens the rules' emergency
 * net, see assemble.ts). Weights are int8 with one scale per class, stored
 * only for the buckets training touched (about one in five): a bucket's row
 * offset, then its classes' bytes. A dense table would be buckets × classes
 * bytes (15 MB at 2^20 buckets); this is 4 MB of offsets and 3 MB of rows.
 */
import { featureBufferSize, ngramFeatures, signalFeatures, SIGNAL_VALUE, type RuleSignals } from './features';

export interface LinearModel {
  /** log2 of the number of hash buckets. */
  bits: number;
  intents: readonly string[];
  categories: readonly string[];
  /**
   * Where each bucket's weights start in `weights` (2^bits entries). 0 for a
   * bucket without weights: row 0 is all zeros, so the lookup needs no branch.
   */
  rows: Int32Array;
  /** int8 weights, one row of `classes` per stored bucket (row 0 zeros): intent classes, then categories, then emergency yes/no. */
  weights: Int8Array;
  /** Per class: real weight = int8 * scale. */
  scales: Float32Array;
  bias: Float32Array;
  /** Calibration temperatures (logits are divided by them before the softmax). */
  temperature: { intent: number; category: number; emergency: number };
}

/** The emergency head's two classes, after the intents and categories. */
export const EMERGENCY_CLASSES = 2;

export function classCount(model: Pick<LinearModel, 'intents' | 'categories'>): number {
  return model.intents.length + model.categories.length + EMERGENCY_CLASSES;
}

/**
 * The stored form of a dense table (bucket * classes + class): buckets with
 * any non-zero weight get a row, in bucket order, after the zero row.
 */
export function compactWeights(dense: Int8Array, bits: number, classes: number): { rows: Int32Array; weights: Int8Array } {
  const size = 1 << bits;
  const rows = new Int32Array(size);
  let count = 0;
  for (let b = 0; b < size; b++) {
    for (let c = 0; c < classes; c++) {
      if (dense[b * classes + c] !== 0) {
        count++;
        rows[b] = count * classes;
        break;
      }
    }
  }
  const weights = new Int8Array((count + 1) * classes);
  for (let b = 0; b < size; b++) {
    const at = rows[b]!;
    if (at !== 0) weights.set(dense.subarray(b * classes, (b + 1) * classes), at);
  }
  return { rows, weights };
}

export interface Prediction {
  /** Calibrated probabilities, in model.intents / model.categories order. */
  intent: number[];
  category: number[];
  /** Calibrated probability that the message is an emergency. */
  emergency: number;
}

const buffer = new Uint32Array(featureBufferSize());
// Scratch sums, reused: one message at a time, so no allocation per call.
let accGrams = new Int32Array(0);
let accSignals = new Int32Array(0);

/** Softmax of logits [from, to), each divided by `temperature` first, as a new array. */
function softmax(logits: Float64Array, from: number, to: number, temperature: number): number[] {
  let max = -Infinity;
  for (let i = from; i < to; i++) if (logits[i]! > max) max = logits[i]!;
  const out: number[] = [];
  let sum = 0;
  for (let i = from; i < to; i++) {
    const e = Math.exp((logits[i]! - max) / temperature);
    out.push(e);
    sum += e;
  }
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / sum;
  return out;
}

/**
 * Raw logits (no temperature) of classes [from, to) into `out` from index 0:
 * one pass over the message's features, summing only those classes' weights.
 */
function logitsInto(model: LinearModel, normalized: string, signals: RuleSignals, from: number, to: number, out: Float64Array): void {
  const width = to - from;
  const mask = (1 << model.bits) - 1;
  const grams = ngramFeatures(normalized, mask, buffer);
  const n = signalFeatures(signals, normalized.length, mask, buffer, grams);
  if (accGrams.length < width) {
    accGrams = new Int32Array(width);
    accSignals = new Int32Array(width);
  }
  accGrams.fill(0, 0, width);
  accSignals.fill(0, 0, width);
  const w = model.weights;
  const rows = model.rows;
  // Bucket → row first, for all features at once: the lookups do not depend
  // on each other, so the CPU overlaps their cache misses instead of waiting
  // on each before summing its row.
  for (let k = 0; k < n; k++) buffer[k] = rows[buffer[k]!]! + from;
  for (let k = 0; k < grams; k++) {
    const base = buffer[k]!;
    for (let c = 0; c < width; c++) accGrams[c]! += w[base + c]!;
  }
  for (let k = grams; k < n; k++) {
    const base = buffer[k]!;
    for (let c = 0; c < width; c++) accSignals[c]! += w[base + c]!;
  }
  const value = grams > 0 ? 1 / Math.sqrt(grams) : 0;
  for (let c = 0; c < width; c++) {
    out[c] = (accGrams[c]! * value + accSignals[c]! * SIGNAL_VALUE) * model.scales[from + c]! + model.bias[from + c]!;
  }
}

/** Raw logits (no temperature) of all classes: intents, categories, emergency yes/no. */
export function logits(model: LinearModel, normalized: string, signals: RuleSignals): Float64Array {
  const classes = classCount(model);
  const out = new Float64Array(classes);
  logitsInto(model, normalized, signals, 0, classes, out);
  return out;
}

/** The emergency head's calibrated probability from its yes/no logits. */
function emergencyProbability(model: LinearModel, yes: number, no: number): number {
  return 1 / (1 + Math.exp(-((yes - no) / model.temperature.emergency)));
}

// Scratch logits for predict, reused: a typed array this size lives outside the
// JS heap, and allocating three per message cost more than the whole lookup.
let scratchLogits = new Float64Array(0);

export function predict(model: LinearModel, normalized: string, signals: RuleSignals): Prediction {
  const classes = classCount(model);
  if (scratchLogits.length < classes) scratchLogits = new Float64Array(classes);
  const z = scratchLogits;
  logitsInto(model, normalized, signals, 0, classes, z);
  const ni = model.intents.length;
  const nc = model.categories.length;
  return {
    intent: softmax(z, 0, ni, model.temperature.intent),
    category: softmax(z, ni, ni + nc, model.temperature.category),
    emergency: emergencyProbability(model, z[ni + nc]!, z[ni + nc + 1]!),
  };
}

/**
 * predict(…).emergency alone, the same number: only the emergency head's two
 * classes are summed, so re-reading a long message passage by passage
 * (assemble.ts) costs a seventh of full predictions.
 */
const emergencyLogits = new Float64Array(EMERGENCY_CLASSES);

export function predictEmergency(model: LinearModel, normalized: string, signals: RuleSignals): number {
  const yesAt = model.intents.length + model.categories.length;
  logitsInto(model, normalized, signals, yesAt, yesAt + EMERGENCY_CLASSES, emergencyLogits);
  return emergencyProbability(model, emergencyLogits[0]!, emergencyLogits[1]!);
}
