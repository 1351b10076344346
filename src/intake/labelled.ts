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
 * and the model should see how often.
 */
export function nearCopies(texts: readonly string[]): { keep: number[]; dropped: Array<{ index: number; copyOf: number }> } {
  const keep: number[] = [];
  const dropped: Array<{ index: number; copyOf: number }> = [];
  const byKey = new Map<string, number>();
  const postings = new Map<string, number[]>();
  const sets: Array<Set<string>> = [];
  texts.forEach((text, index) => {
    const key = dedupeKey(text);
    const same = byKey.get(key);
    if (same !== undefined) {
      dropped.push({ index, copyOf: same });
      return;
    }
    const grams = bigrams(key);
    if (key.length >= 8) {
      const shared = new Map<number, number>();
      for (const g of grams) for (const j of postings.get(g) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
      for (const [j, n] of shared) {
        const union = grams.size + sets[j]!.size - n;
        if (n / union >= NEAR_COPY_JACCARD) {
          dropped.push({ index, copyOf: j });
          return;
        }
      }
      for (const g of grams) {
        const list = postings.get(g);
        if (list) list.push(index);
        else postings.set(g, [index]);
      }
    }
    byKey.set(key, index);
    sets[index] = grams;
    keep.push(index);
  });
  return { keep, dropped };
}
