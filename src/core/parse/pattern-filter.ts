/**
 * Which of many patterns a message could match, from one pass over its
 * characters. Each pattern with a key (pattern-key.ts: characters one of
 * which every match contains) is run only on messages that hold a key
 * character; patterns without a key always run.
 *
 * Sound, not exact: a pattern let through may still fail; a pattern held back
 * could not have matched. Only speed depends on which characters make a key:
 * the rarest in the corpus (char-frequency.gen.ts) are preferred.
 */
import { COMMON_CHARS } from './char-frequency.gen';
import { patternKey } from './pattern-key';

const RANK = new Map([...COMMON_CHARS].map((c, i) => [c, i]));

/** Roughly how often a character turns up in a message: Zipf's law over the corpus ranking. */
function commonness(c: string): number {
  const rank = RANK.get(c);
  return rank === undefined ? 0.5 / (COMMON_CHARS.length + 1) : 1 / (rank + 1);
}

export class PatternFilter {
  /** Per UTF-16 code unit, the bit set of patterns it is a key character of (`words` 32-bit words each). */
  private readonly keyOf = new Map<number, Uint32Array>();
  private readonly always: Uint32Array;
  private readonly seen: Uint32Array;
  private readonly words: number;
  /** How many patterns have a key (the rest always run). */
  readonly keyed: number;

  constructor(patterns: readonly RegExp[]) {
    this.words = Math.max(1, Math.ceil(patterns.length / 32));
    this.always = new Uint32Array(this.words);
    this.seen = new Uint32Array(this.words);
    let keyed = 0;
    patterns.forEach((re, i) => {
      const key = patternKey(re, commonness);
      if (key === null) {
        this.always[i >>> 5]! |= 1 << (i & 31);
        return;
      }
      keyed++;
      // pattern-key reads the source a UTF-16 code unit at a time: each key character is one unit.
      for (const c of key) this.mark(c.charCodeAt(0), i);
    });
    this.keyed = keyed;
  }

  private mark(code: number, i: number): void {
    let bits = this.keyOf.get(code);
    if (!bits) {
      bits = new Uint32Array(this.words);
      this.keyOf.set(code, bits);
    }
    bits[i >>> 5]! |= 1 << (i & 31);
  }

  /**
   * The patterns `text` could match, as a bit set (read with `mayMatch`).
   * The array is reused by the next call.
   */
  candidates(text: string): Uint32Array {
    const out = this.seen;
    out.set(this.always);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) continue;
      const bits = this.keyOf.get(code);
      if (bits !== undefined) for (let w = 0; w < bits.length; w++) out[w]! |= bits[w]!;
    }
    return out;
  }
}

export function mayMatch(candidates: Uint32Array, i: number): boolean {
  return (candidates[i >>> 5]! & (1 << (i & 31))) !== 0;
}
