/**
 * When the optional model is worth a call. Pure, so the decision is tested
 * without a server, and cheap, so most messages never leave the process.
 */
import { isForwardOrAd, isPureChatter, isResolvedFollowUp } from '../core/parse/intent';
import { DEFAULT_TAXONOMY } from '../core/parse/taxonomy';
import type { ParseResult } from '../core/parse/types';

/** The catch-all category: a report filed there is one the keywords could not place. */
export const FALLBACK_CATEGORY = DEFAULT_TAXONOMY.find((c) => c.fallback)?.code ?? 'other';

/** Below this many characters (punctuation and spaces not counted) a message is too short to carry a problem. */
export const MIN_ASK_CHARS = 8;

function meaningfulLength(normalized: string): number {
  return Array.from(normalized.replace(/[\s\p{P}\p{S}]/gu, '')).length;
}

/**
 * True only where the rules are unsure: chatter or a question long enough to
 * hide a problem, or a report no category claimed. Emergencies and anything
 * the rules flagged as urgent are decided by the rules alone, and so are the
 * rules' deliberate "not for us" verdicts (thanks, forwards, ads, "已经修好了").
 */
export function shouldAskModel(rule: ParseResult): boolean {
  if (rule.emergency || rule.urgency !== 'normal') return false;
  if (rule.intent === 'report') return rule.category === FALLBACK_CATEGORY;
  const text = rule.normalized;
  if (meaningfulLength(text) < MIN_ASK_CHARS) return false;
  if (isPureChatter(text) || isResolvedFollowUp(text) || isForwardOrAd(text)) return false;
  return true;
}
