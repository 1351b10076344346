/**
 * Features of one message for the intake classifier: hashed character
 * 1–3-grams of the normalized text, plus a few signals from the rules
 * (emergency kind, the keyword taxonomy's best category and its score, the
 * rule intent, whether a unit/room was named, length). Hashing keeps the
 * model small and the lookup allocation-free; collisions cost little at
 * 2^18 buckets for a few thousand messages' vocabulary.
 *
 * Pure and deterministic: the trainer and the parser share this code, so a
 * model file always sees the features it was trained on.
 */

export interface RuleSignals {
  /** decideIntent's verdict. */
  ruleIntent: string;
  /** Best keyword category code and its score (0 when none matched). */
  ruleCategory: string;
  ruleScore: number;
  emergencyKind: string | null;
  urgent: boolean;
  hasUnit: boolean;
  hasRoom: boolean;
}

/** Start and end markers around the text, so "漏水" at the start differs from "漏水" inside. */
const BOS = 0x2;
const EOS = 0x3;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME) >>> 0;
}

/** Digits fold to 0 and ASCII letters to lower case: "501" and "302" are the same kind of token. */
function foldUnit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return 0x30;
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c === 0x20) return 0x20;
  return c;
}

const named = new Map<string, number>();

/** Hash of a named (rule-signal) feature; memoised, as there are only a few dozen names. */
function hashString(s: string, seed: number): number {
  const key = `${seed}|${s}`;
  const known = named.get(key);
  if (known !== undefined) return known;
  let h = mix(FNV_OFFSET, seed);
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  named.set(key, h);
  return h;
}

/** Longest text that gets n-grams: long complaints say what they are early, and the cost stays bounded. */
export const MAX_FEATURE_CHARS = 300;

function lengthBucket(n: number): number {
  if (n <= 4) return 0;
  if (n <= 8) return 1;
  if (n <= 16) return 2;
  if (n <= 32) return 3;
  if (n <= 64) return 4;
  return 5;
}

/**
 * Value of each rule-signal feature; n-gram features share a total weight of
 * one (each is 1/sqrt(count)), so a long message's many n-grams do not drown
 * the rules' few, strong signals.
 */
export const SIGNAL_VALUE = 1;

/**
 * Hashed n-gram ids (bucket indexes, with repeats) of one message into `out`
 * from index 0; returns how many were written.
 */
export function ngramFeatures(normalized: string, mask: number, out: Uint32Array): number {
  let n = 0;
  const len = Math.min(normalized.length, MAX_FEATURE_CHARS);
  // Sliding window over BOS text EOS; n-gram hashes seeded by their order.
  let c1 = BOS;
  let c2 = -1; // char before c1, -1 when none
  for (let i = 0; i <= len; i++) {
    const c = i < len ? foldUnit(normalized.charCodeAt(i)) : EOS;
    if (c === 0x20 && c1 === 0x20) continue; // spaces are already single after normalize
    // unigram (skip the markers themselves)
    if (c !== EOS) out[n++] = mix(mix(FNV_OFFSET, 1), c) & mask;
    // bigram c1 c
    out[n++] = mix(mix(mix(FNV_OFFSET, 2), c1), c) & mask;
    // trigram c2 c1 c
    if (c2 >= 0) out[n++] = mix(mix(mix(mix(FNV_OFFSET, 3), c2), c1), c) & mask;
    c2 = c1;
    c1 = c;
  }
  return n;
}

/** Rule-signal ids into `out` from index `n`; returns the new end. */
export function signalFeatures(signals: RuleSignals, normalizedLength: number, mask: number, out: Uint32Array, n: number): number {
  // Rule signals, as named features hashed into the same space.
  out[n++] = hashString(`ri:${signals.ruleIntent}`, 7) & mask;
  if (signals.ruleScore > 0) {
    out[n++] = hashString(`rc:${signals.ruleCategory}`, 7) & mask;
    const strength = signals.ruleScore >= 8 ? 3 : signals.ruleScore >= 5 ? 2 : signals.ruleScore >= 3 ? 1 : 0;
    out[n++] = hashString(`rs:${strength}`, 7) & mask;
    out[n++] = hashString(`rcs:${signals.ruleCategory}:${strength}`, 7) & mask;
  } else {
    out[n++] = hashString('rc:none', 7) & mask;
  }
  if (signals.emergencyKind !== null) {
    out[n++] = hashString('em', 7) & mask;
    out[n++] = hashString(`em:${signals.emergencyKind}`, 7) & mask;
  }
  if (signals.urgent) out[n++] = hashString('urgent', 7) & mask;
  if (signals.hasUnit) out[n++] = hashString('unit', 7) & mask;
  if (signals.hasRoom) out[n++] = hashString('room', 7) & mask;
  out[n++] = hashString(`len:${lengthBucket(normalizedLength)}`, 7) & mask;
  return n;
}

export function featureBufferSize(): number {
  return 3 * (MAX_FEATURE_CHARS + 2) + 16;
}
