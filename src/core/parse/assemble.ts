/**
 * Rules and model put together into one ParseResult. Separate from index.ts
 * so the trainer can assemble results with a model it has just trained
 * without loading the committed one.
 */
import { bestCategory, type CompiledTaxonomy } from './classify';
import { predict, predictEmergency, type LinearModel } from './model/linear';
import type { RuleView } from './rules';
import { THRESHOLDS, type Thresholds } from './decide';
import type { Category, Intent, ParseResult, Urgency } from './types';
import { maskPersonalNumbers } from '../mask';
import { digitize } from './numerals';

export const SUMMARY_MAX = 40;

/** Shortest message on which the emergency head may alarm without a rule. */
const HEAD_ALARM_MIN_CHARS = 6;
/**
 * Shortest message on which the head may overrule a rule's alarm. On a short
 * message the rule's match is most of the text ("水管崩了 满地是水"): the head
 * has nothing else to weigh it against. Out of fold (10,312 messages) no rule
 * alarm under 16 characters was vetoed, right or wrong; on the burst
 * pipe of tests/parse/families.test.ts the head said 0.099.
 */
const HEAD_VETO_MIN_CHARS = 16;
/**
 * On a message longer than this the head re-reads the passage around the
 * rule's match before it vetoes (decide.ts, emergencyPassageKeep): in a long
 * message ("先说个事…更要紧的是现在：我爸困在电梯里") the danger is one
 * sentence among many and the head, reading the whole, hears it faintly.
 */
const PASSAGE_FROM_CHARS = 60;
const PASSAGE_BEFORE = 20;
const PASSAGE_AFTER = 40;
/** The passages the head re-reads when no rule alarmed on a long message: 40 characters, overlapping by half. */
const WINDOW_CHARS = 40;
const WINDOW_STEP = 20;

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

const INTENTS: readonly Intent[] = ['report', 'question', 'chatter'];
const ONLY_DIGITS = /^[\d\s\p{P}\p{S}]+$/u;
// A place and nothing else ("2单元301", "二单元三零一", "我家3号楼502"): an answer to
// "几单元几室？" or a 接龙 line, never a request by itself.
const PLACE_WORDS = /[\dA-Za-z\s\p{P}\p{S}]|号楼|号|楼|栋|幢|座|单元|室|门|户|层|我家|我们家|我是|我住|住在|在|家|的|是|房/gu;

function onlyPlace(normalized: string): boolean {
  const digits = digitize(normalized);
  return /\d/.test(digits) && digits.replace(PLACE_WORDS, '') === '';
}

function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/** Whether the head overrules the rule's alarm: sure of no emergency in the whole message, and not sure of one around the match. */
function headVetoes(model: LinearModel, view: RuleView, whole: number, t: Readonly<Thresholds>): boolean {
  const { emergencyVeto: veto, emergencyPassageKeep: keep } = t;
  const { normalized, check } = view;
  if (normalized.length < HEAD_VETO_MIN_CHARS || whole >= veto || check.witnessed) return false;
  if (normalized.length <= PASSAGE_FROM_CHARS || check.at < 0) return true;
  const passage = normalized.slice(Math.max(0, check.at - PASSAGE_BEFORE), check.at + PASSAGE_AFTER);
  return predictEmergency(model, passage, view.signals) < keep;
}

/** The head's highest emergency probability over the message's overlapping passages. */
function loudestPassage(model: LinearModel, view: RuleView): number {
  const { normalized, signals } = view;
  let best = 0;
  for (let at = 0; at < normalized.length - WINDOW_STEP; at += WINDOW_STEP) {
    const p = predictEmergency(model, normalized.slice(at, at + WINDOW_CHARS), signals);
    if (p > best) best = p;
  }
  return best;
}

/**
 * Rules and model together: urgency and location from the rules; intent and
 * category from the classifier; emergencies from the rules, widened by the
 * classifier's emergency head (and a rule alarm dropped only where the head
 * is all but certain it is none; an emergency is always a report);
 * confidence from the classifier's calibrated probabilities.
 */
export function assemble(
  compiled: CompiledTaxonomy,
  model: LinearModel,
  view: RuleView,
  t: Readonly<Thresholds> = THRESHOLDS,
): ParseResult {
  const { check, normalized, location } = view;
  const prediction = predict(model, normalized, view.signals);
  const scores = { report: 0, question: 0, chatter: 0 };
  model.intents.forEach((name, i) => {
    if (name in scores) scores[name as Intent] = prediction.intent[i]!;
  });
  const ruleAlarm = check.kind !== null;
  // Nothing but greetings, thanks, acknowledgements and punctuation ("在吗",
  // "？？", "好的收到"), or only digits (a rating "5", a 接龙 number, "1" for
  // "got it"), or only a place, carries no request: a rule, not a guess.
  const bare = view.signals.pureChatter || ONLY_DIGITS.test(normalized) || onlyPlace(normalized);
  // The emergency head alone never alarms on a bare message ("二单元三零一"
  // answering "几单元几室？" names no danger, however often rooms appear in
  // the emergencies it was trained on), nor on a few characters: terse
  // emergencies ("着火了", "救命") are the rules' job, and on "快点" or "忽略"
  // the head has nothing but its liking for short cries. Out of fold, its
  // alarms under 6 characters were 0 right and 2 wrong.
  // Nor where the rule read the danger and its dismissal ("着火了，火已经灭了").
  // On an outage that names nobody the head needs more: its liking for
  // urgency ("电梯坏了，快来修") is what an outage says anyway.
  // Nor on an animal in trouble with no person named (a cat shut in a shed).
  const headMayAlarm = !bare && !check.dismissed && !check.animalOnly && normalized.length >= HEAD_ALARM_MIN_CHARS;
  const addAt = check.outageOnly ? t.emergencyAddOutage : t.emergencyAdd;
  const ruleStands = ruleAlarm && !headVetoes(model, view, prediction.emergency, t);
  let isEmergency = normalized.length > 0 && (ruleStands || (headMayAlarm && prediction.emergency >= addAt));
  // A long message no rule alarmed on is re-read a passage at a time: a
  // danger told late, after news and small talk, is faint in the whole. (A
  // rule alarm the head vetoed had its own passage re-read in headVetoes.)
  if (!isEmergency && !ruleAlarm && headMayAlarm && normalized.length > PASSAGE_FROM_CHARS) {
    // Never below the whole message's bar (an outage's 0.3).
    isEmergency = loudestPassage(model, view) >= Math.max(t.emergencyAddPassage, addAt);
  }
  const contentFree = normalized.length === 0 || (!isEmergency && bare);
  if (contentFree) {
    scores.report = 0;
    scores.question = 0;
    scores.chatter = 1;
  }
  let intent: Intent;
  if (contentFree) intent = 'chatter';
  else if (isEmergency) intent = 'report';
  else intent = INTENTS.reduce((a, b) => (scores[b] > scores[a] ? b : a));
  const confidence = isEmergency ? 1 : scores[intent];

  let category: Category | null = null;
  let categoryConfidence = 0;
  let urgency: Urgency = 'normal';
  if (intent === 'report') {
    // The model's category when this taxonomy has it; a community's own
    // categories the model never saw fall back to the keyword rules.
    for (let i = 0; i < model.categories.length; i++) {
      const p = prediction.category[i]!;
      if (p <= categoryConfidence) continue;
      const found = compiled.byCode.get(model.categories[i]!);
      if (found) {
        category = found;
        categoryConfidence = p;
      }
    }
    if (compiled.categories.some((c) => !model.categories.includes(c.code))) {
      // Only for a community taxonomy with categories of its own: their keywords decide.
      const best = bestCategory(compiled, normalized, check.kind);
      if (best.score > 0 && !model.categories.includes(best.code)) {
        category = compiled.byCode.get(best.code) ?? null;
        categoryConfidence = 0;
      }
    }
    if (category === null) category = compiled.byCode.get(compiled.fallbackCode) ?? null;
    if (isEmergency) urgency = 'emergency';
    // A rule alarm the head overruled is still urgent: no 119 advice in the
    // group, but the worker sees it first and on the short clock, so a true
    // emergency the head doubted ("井盖被偷了 一个小孩一脚踩空掉下去了")
    // does not wait in the normal queue.
    else if (check.urgent || ruleAlarm) urgency = 'urgent';
    const base = category?.defaultUrgency ?? 'normal';
    if (URGENCY_RANK[base] > URGENCY_RANK[urgency]) urgency = base;
  }
  const emergency = intent === 'report' && isEmergency;
  // The rule names the kind (whom to call); an emergency only the head saw has none.
  const kind = emergency && ruleAlarm ? check.kind : null;

  return {
    intent,
    category: intent === 'report' ? (category?.code ?? compiled.fallbackCode) : null,
    emergency: emergency || urgency === 'emergency',
    urgency,
    emergencyKind: kind,
    building: location.building,
    unit: location.unit,
    room: location.room,
    summary: summarize(normalized, intent === 'report' ? (category?.label ?? null) : null),
    normalized,
    original: view.original,
    confidence,
    intentScores: scores,
    categoryConfidence,
  };
}

