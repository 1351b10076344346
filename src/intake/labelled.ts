/**
 * Labelled resident messages (the corpus, the blind sets, reviewed worker
 * labels): one JSON object per line, the format of tests/fixtures/*.jsonl
 * and /work-style corpus files (see docs/intake.md). Validation and
 * near-copy detection are pure, so the trainer, `npm run eval` and the tests
 * share them.
 */
import { z } from 'zod';
import { normalize } from '../core/parse/normalize';
import { DEFAULT_TAXONOMY } from '../core/parse/taxonomy';

export const CATEGORY_CODES = DEFAULT_TAXONOMY.map((c) => c.code) as [string, ...string[]];
export const STYLES = ['chat', 'voice', 'elderly', 'dialect', 'trad', 'formal', 'long', 'terse'] as const;
export const NEG_KINDS = [
  'thanks', 'praise', 'reminder', 'neighbour_question', 'ad', 'forward',
  'jielong', 'rating', 'resolved', 'news', 'greeting', 'smalltalk',
] as const;

const place = z.string().trim().min(1).max(12).nullable().optional();

export const LabelledSchema = z
  .object({
    id: z.union([z.number(), z.string()]).optional(),
    groupBuilding: z.union([z.string(), z.number()]).nullish().transform((v) => (v == null ? null : String(v))),
    text: z.string().refine((t) => t.trim().length > 0, 'empty text').refine((t) => t.length <= 2000, 'text over 2000 characters'),
    intent: z.enum(['report', 'question', 'chatter']),
    category: z.array(z.enum(CATEGORY_CODES)).min(1).max(3).optional(),
    emergency: z.boolean().optional(),
    building: place,
    unit: place,
    room: place,
    style: z.enum(STYLES).optional(),
    neg: z.enum(NEG_KINDS).optional(),
  })
  .superRefine((row, ctx) => {
    if (row.intent === 'report' && !row.category) ctx.addIssue({ code: 'custom', message: 'a report needs a category list' });
    if (row.intent !== 'report' && row.category) ctx.addIssue({ code: 'custom', message: 'only a report has a category' });
    if (row.intent !== 'report' && row.emergency === true) ctx.addIssue({ code: 'custom', message: 'only a report can be an emergency' });
  });

export type Labelled = z.infer<typeof LabelledSchema>;

export interface ParsedLines {
  rows: Labelled[];
  errors: string[];
}

/** Every non-blank line validated; a bad line is reported (by number) and left out, never guessed. */
export function parseLabelledLines(text: string, source: string): ParsedLines {
  const rows: Labelled[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((line, i) => {
    const raw = i === 0 ? line.replace(/^\uFEFF/, '') : line;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      errors.push(`${source}:${i + 1}: not JSON`);
      return;
    }
    const r = LabelledSchema.safeParse(json);
    if (!r.success) {
      errors.push(`${source}:${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.') || 'line'}: ${x.message}`).join('; ')}`);
      return;
    }
    rows.push(r.data);
  });
  return { rows, errors };
}

/** What a near-copy check compares: normalized text without punctuation, spaces or symbols; digits folded. */
export function dedupeKey(text: string): string {
  return normalize(text).replace(/[\s\p{P}\p{S}]/gu, '').replace(/\d/g, '0').toLowerCase();
}

function bigrams(key: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) out.add(key.slice(i, i + 2));
  if (key.length === 1) out.add(key);
  return out;
}

/** Jaccard similarity of character bigrams above which two messages count as near-copies. */
export const NEAR_COPY_JACCARD = 0.8;

/**
 * Indexes of items to keep: the first of each group of near-copies (same
 * key, or bigram Jaccard ≥ NEAR_COPY_JACCARD). Short messages ("谢谢",
 * "漏水了") only drop on an exact key: many people really write them alike,
 * and the model should see how often. A copy's `copyOf` is the earliest kept
 * item it matches.
 *
 * Prefix filtering keeps this near-linear on tens of thousands of messages
 * (the corpus and the measured blind sets): with the bigrams of every set in
 * one order, rarest first, two sets with Jaccard ≥ t share a bigram among the
 * first |x| − ⌈t·|x|⌉ + 1 of each, so only those are indexed and probed, and
 * every candidate is then checked in full. The answer is the same as
 * comparing every pair; the common bigrams ("单元", "楼的") no longer make
 * every message a candidate of every other.
 */
export function nearCopies(texts: readonly string[]): { keep: number[]; dropped: Array<{ index: number; copyOf: number }> } {
  const keep: number[] = [];
  const dropped: Array<{ index: number; copyOf: number }> = [];
  const keys = texts.map(dedupeKey);
  const grams = keys.map((key) => (key.length >= 8 ? bigrams(key) : null));
  const frequency = new Map<string, number>();
  for (const set of grams) if (set) for (const g of set) frequency.set(g, (frequency.get(g) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const byKey = new Map<string, number>();
  const postings = new Map<string, number[]>();
  const minOverlap = (size: number) => Math.ceil(NEAR_COPY_JACCARD * size - 1e-9);
  texts.forEach((_, index) => {
    const key = keys[index]!;
    const same = byKey.get(key);
    if (same !== undefined) {
      dropped.push({ index, copyOf: same });
      return;
    }
    const set = grams[index];
    if (set) {
      const prefix = [...set].sort(rarestFirst).slice(0, set.size - minOverlap(set.size) + 1);
      const candidates = new Set<number>();
      for (const g of prefix) for (const j of postings.get(g) ?? []) candidates.add(j);
      for (const j of [...candidates].sort((a, b) => a - b)) {
        const other = grams[j]!;
        if (other.size < minOverlap(set.size) || set.size < minOverlap(other.size)) continue;
        let shared = 0;
        for (const g of set) if (other.has(g)) shared++;
        if (shared / (set.size + other.size - shared) >= NEAR_COPY_JACCARD) {
          dropped.push({ index, copyOf: j });
          return;
        }
      }
      for (const g of prefix) {
        const list = postings.get(g);
        if (list) list.push(index);
        else postings.set(g, [index]);
      }
    }
    byKey.set(key, index);
    keep.push(index);
  });
  return { keep, dropped };
}
