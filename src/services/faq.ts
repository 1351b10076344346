import { eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../store/db';
import { faq } from '../store/schema';

export const MIN_KEYWORD_HITS = 2;

/**
 * The FAQ entry a question matches well: the most keywords present, at least
 * two (one shared word like "社区" is not enough to answer with confidence).
 */
export async function matchFaq(db: Db, communityId: number | null, text: string): Promise<{ question: string; answer: string } | null> {
  const rows = await db
    .select()
    .from(faq)
    .where(communityId == null ? isNull(faq.communityId) : or(eq(faq.communityId, communityId), isNull(faq.communityId)));
  let best: { row: (typeof rows)[number]; hits: number } | null = null;
  for (const row of rows) {
    const hits = row.keywords.split(/\s+/).filter((k) => k && text.includes(k)).length;
    if (hits >= MIN_KEYWORD_HITS && (!best || hits > best.hits)) best = { row, hits };
  }
  return best ? { question: best.row.question, answer: best.row.answer } : null;
}
