/**
 * Features of one message for the intake classifier: hashed character
 * 1–3-grams of the normalized text, plus a few signals from the rules
 * (emergency kind and urgency, whether a unit/room was named, content-free
 * or set-aside messages, length). The keyword rules' intent and category are
 * not features: they were tuned on the repository's own sets, and on new
 * writers' text they made the model surer, not better (cross-validation by
 * writer: category 0.836 with them, 0.875 without; docs/intake.md). Hashing keeps the
 * model small and the lookup allocation-free. The trainer's `bits` sets the
 * table: 2^20 buckets since the corpus passed 7,000 messages (fewer
 * collisions: +0.15 intent, +0.26 category out of fold, for 15 MB of int8
 * weights in memory).
 *
 * Pure and deterministic: the trainer and the parser share this code, so a
 * model file always sees the features it was trained on.
 */

export interface RuleSignals {
  emergencyKind: string | null;
  urgent: boolean;
  hasUnit: boolean;
  hasRoom: boolean;
  /** Only greetings, thanks, acknowledgements and punctuation (isPureChatter). */
  pureChatter: boolean;
  /** "已经修好了", a forwarded tip or an ad (the rules' deliberate "not for us"). */
  setAside: boolean;
  /** Refers to a report made earlier ("我上周报的…", "12345上反映的…"): follow-up.ts. */
  earlier: boolean;
  /** Asks how a matter is going ("什么时候来修", "到现在也没人联系"): follow-up.ts. */
  progress: boolean;
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

/** Stands for a building or zone letter: "A栋", "B座", "C区", "3A" are labels like digits, not words. */
const LABEL_LETTER = 0x1;

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** What follows a building or zone letter: "A栋", "B座", "C区", "D幢", "E号楼", "F单元". */
const LABEL_AFTER = new Set(['栋', '座', '幢', '区', '号', '楼', '单', '门'].map((c) => c.charCodeAt(0)));

/**
 * A lone letter that labels a building or zone folds like a digit: with 30 "A栋" lines in the
 * corpus, 7 of them emergencies, the head had learnt "A栋" as a sign of danger ("A栋1203占楼道"
 * alarmed alone). Words ("wifi", "APP", "OK") and command ids ("立单 M7") keep their letters.
 */
function labelLetter(text: string, i: number): boolean {
  if (isAsciiLetter(text.charCodeAt(i - 1)) || isAsciiLetter(text.charCodeAt(i + 1))) return false;
  const before = text.charCodeAt(i - 1);
  return LABEL_AFTER.has(text.charCodeAt(i + 1)) || (before >= 0x30 && before <= 0x39);
}

/** Hash of a named (rule-signal) feature "prefix:value", computed without building the string. */
function named(prefix: string, value: string | number = ''): number {
  let h = mix(FNV_OFFSET, 7);
  for (let i = 0; i < prefix.length; i++) h = mix(h, prefix.charCodeAt(i));
  const v = typeof value === 'number' ? String(value) : value;
  for (let i = 0; i < v.length; i++) h = mix(h, v.charCodeAt(i));
  return h;
}

const SEED1 = mix(FNV_OFFSET, 1);
const SEED2 = mix(FNV_OFFSET, 2);
const SEED3 = mix(FNV_OFFSET, 3);

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
  let run = 0; // digits in a row so far
  for (let i = 0; i <= len; i++) {
    const raw = i < len ? normalized.charCodeAt(i) : EOS;
    const c = raw === EOS ? EOS : isAsciiLetter(raw) && labelLetter(normalized, i) ? LABEL_LETTER : foldUnit(raw);
    if (c === 0x20 && c1 === 0x20) continue; // spaces are already single after normalize
    // A digit run counts as at most four digits: a room is "0000", and a
    // phone or ID number (11, 18 digits) must not outweigh the words around
    // it, nor read as the ads and 接龙 lines where numbers crowd.
    if (c === 0x30) {
      run++;
      if (run > 4) continue;
    } else run = 0;
    // unigram (skip the markers themselves)
    if (c !== EOS) out[n++] = mix(SEED1, c) & mask;
    // bigram c1 c
    out[n++] = mix(mix(SEED2, c1), c) & mask;
    // trigram c2 c1 c
    if (c2 >= 0) out[n++] = mix(mix(mix(SEED3, c2), c1), c) & mask;
    c2 = c1;
    c1 = c;
  }
  return n;
}

// The named features' hashes, computed once: hashing the names per message cost more than the lookups.
const EM = named('em');
const URGENT = named('urgent');
const UNIT = named('unit');
const ROOM = named('room');
const PURE = named('pure');
const ASIDE = named('aside');
const EARLIER = named('earlier');
const PROGRESS = named('progress');
const FOLLOW_UP = named('follow-up');
const LENGTH = [0, 1, 2, 3, 4, 5].map((bucket) => named('len:', bucket));
const emergencyKindHashes = new Map<string, number>();

function emergencyKindHash(kind: string): number {
  let h = emergencyKindHashes.get(kind);
  if (h === undefined) {
    h = named('em:', kind);
    emergencyKindHashes.set(kind, h);
  }
  return h;
}

/** Rule-signal ids into `out` from index `n`; returns the new end. */
export function signalFeatures(signals: RuleSignals, normalizedLength: number, mask: number, out: Uint32Array, n: number): number {
  // Rule signals, as named features hashed into the same space.
  if (signals.emergencyKind !== null) {
    out[n++] = EM & mask;
    out[n++] = emergencyKindHash(signals.emergencyKind) & mask;
  }
  if (signals.urgent) out[n++] = URGENT & mask;
  if (signals.hasUnit) out[n++] = UNIT & mask;
  if (signals.hasRoom) out[n++] = ROOM & mask;
  if (signals.pureChatter) out[n++] = PURE & mask;
  if (signals.setAside) out[n++] = ASIDE & mask;
  if (signals.earlier) out[n++] = EARLIER & mask;
  if (signals.progress) out[n++] = PROGRESS & mask;
  if (signals.earlier && signals.progress) out[n++] = FOLLOW_UP & mask;
  out[n++] = LENGTH[lengthBucket(normalizedLength)]! & mask;
  return n;
}

export function featureBufferSize(): number {
  return 3 * (MAX_FEATURE_CHARS + 2) + 16;
}
