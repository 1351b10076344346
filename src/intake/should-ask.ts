/**
 * When the optional LLM is worth a call. Pure, so the decision is tested
 * without a server, and cheap, so most messages never leave the process.
 */
import { decideAction } from '../core/parse/decide';
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
 * True only for triage candidates: messages the trained classifier is not
 * sure of (decideAction says `triage`), long enough to carry a problem, and
 * not what the rules set aside on purpose (thanks, forwards, ads, "已经修好了").
 * Emergencies and urgent reports are decided by the rules alone and never wait.
 */
export function shouldAskModel(parsed: ParseResult): boolean {
  if (parsed.emergency || parsed.urgency !== 'normal') return false;
  if (decideAction(parsed, { faqHit: false }).action !== 'triage') return false;
  const text = parsed.normalized;
  if (meaningfulLength(text) < MIN_ASK_CHARS) return false;
  if (isPureChatter(text) || isResolvedFollowUp(text) || isForwardOrAd(text)) return false;
  return true;
}
