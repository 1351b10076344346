/**
 * Whether a reporter's message answers the bot's "请问是几单元几室？". Pure.
 * It must carry a unit or a room; an emergency is never swallowed as an
 * answer, and neither is a new report about something else ("5单元的路灯坏了":
 * a different category (a bare "麻烦快点" is no category), or a problem of the building as a whole).
 */
import type { ParseResult } from '../parse/types';
import { DEFAULT_TAXONOMY } from '../parse/taxonomy';
import { isBuildingWide } from './home-problem';

const FALLBACK = DEFAULT_TAXONOMY.find((c) => c.fallback)?.code ?? 'other';

export function answersLocation(parsed: ParseResult, askedCategory: string): boolean {
  if (parsed.unit === null && parsed.room === null) return false;
  if (parsed.emergency) return false;
  if (parsed.intent === 'report' && ((parsed.category !== askedCategory && parsed.category !== FALLBACK) || isBuildingWide(parsed.normalized))) return false;
  return true;
}
