/**
 * Intake parser: one resident message → intent, category, urgency, location.
 * Pure: no I/O. `parse` uses the default taxonomy (or `opts.taxonomy`);
 * `createParser` binds a community's own taxonomy once.
 */
import { bestCategory, compileTaxonomy, REPORT_THRESHOLD, type CompiledTaxonomy } from './classify';
import { checkEmergency } from './emergency';
import { decideIntent, isForwardOrAd, isResolvedFollowUp } from './intent';
import { extractLocation, normalizeGroupBuilding } from './location';
import { normalize } from './normalize';
import { maskPersonalNumbers } from '../mask';
import { DEFAULT_TAXONOMY } from './taxonomy';
import type { Category, ParseOptions, ParseResult, Urgency } from './types';

export type {
  Category,
  EmergencyKind,
  Intent,
  KeywordWeights,
  ParseOptions,
  ParseResult,
  ResponsibleRole,
  Urgency,
} from './types';
export { DEFAULT_TAXONOMY } from './taxonomy';
export { EMERGENCY_CONTACTS } from './emergency';
export { normalize } from './normalize';
export { extractLocation, type Location } from './location';

export const SUMMARY_MAX = 40;

const URGENCY_RANK: Record<Urgency, number> = { normal: 0, urgent: 1, emergency: 2 };

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

function summarize(normalized: string, label: string | null): string {
  // Titles read best as "设施报修｜2号楼1单元电梯停了…": the label says what
  // kind of ticket, the resident's own words say where and what exactly.
  // Masked before it is cut: a number cut first ("我电话13812345…") no longer looks like one to the mask.
  // (Most messages hold no three digits in a row, and skip the mask's three patterns.)
  const spaced = normalized.replace(/\s+/g, ' ');
  const oneLine = /\d{3}/.test(spaced) ? maskPersonalNumbers(spaced) : spaced;
  if (label === null) return clip(oneLine, SUMMARY_MAX);
  const head = `${label}｜`;
  return head + clip(oneLine, SUMMARY_MAX - head.length);
}

function run(compiled: CompiledTaxonomy, text: string, opts: ParseOptions | undefined): ParseResult {
  const original = typeof text === 'string' ? text : String(text ?? '');
  const normalized = normalize(original);
  const groupBuilding = normalizeGroupBuilding(opts?.groupBuilding);
  const location = extractLocation(normalized, groupBuilding);

  // A closed problem, a forwarded safety tip or an ad is not an emergency
  // even when it names one.
  const quiet = isResolvedFollowUp(normalized) || isForwardOrAd(normalized);
  const check = quiet ? { kind: null, urgent: false } : checkEmergency(normalized);
  const best = bestCategory(compiled, normalized, check.kind);
  const intent = decideIntent(normalized, {
    emergency: check.kind !== null,
    problemScore: best.score,
    reportThreshold: REPORT_THRESHOLD,
  });

  let category: Category | null = null;
  let urgency: Urgency = 'normal';
  if (intent === 'report') {
    const code = best.score > 0 ? best.code : compiled.fallbackCode;
    category = compiled.categories.find((c) => c.code === code) ?? null;
    if (check.kind !== null) urgency = 'emergency';
    else if (check.urgent) urgency = 'urgent';
    const base = category?.defaultUrgency ?? 'normal';
    if (URGENCY_RANK[base] > URGENCY_RANK[urgency]) urgency = base;
  }
  const emergency = intent === 'report' && check.kind !== null;

  return {
    intent,
    category: intent === 'report' ? (category?.code ?? compiled.fallbackCode) : null,
    emergency: emergency || urgency === 'emergency',
    urgency,
    emergencyKind: emergency ? check.kind : null,
    building: location.building,
    unit: location.unit,
    room: location.room,
    summary: summarize(normalized, intent === 'report' ? (category?.label ?? null) : null),
    normalized,
    original,
  };
}

export type Parser = (text: string, opts?: Omit<ParseOptions, 'taxonomy'>) => ParseResult;

/** Build a parser bound to a community's own taxonomy (compiled once). */
export function createParser(taxonomy: readonly Category[]): Parser {
  const compiled = compileTaxonomy(taxonomy);
  return (text, opts) => run(compiled, text, opts);
}

const defaultCompiled = compileTaxonomy(DEFAULT_TAXONOMY);
// Callers passing the same custom taxonomy array repeatedly compile it once.
const compiledCache = new WeakMap<readonly Category[], CompiledTaxonomy>();

export function parse(text: string, opts?: ParseOptions): ParseResult {
  let compiled = defaultCompiled;
  const custom = opts?.taxonomy;
  if (custom && custom !== DEFAULT_TAXONOMY) {
    compiled = compiledCache.get(custom) ?? compileTaxonomy(custom);
    compiledCache.set(custom, compiled);
  }
  return run(compiled, text, opts);
}
