/**
 * INTERIM decision (issue 12, chat-flow branch): what the bot does with one
 * parsed message. Derived from today's rule parser only; the model branch
 * replaces this file with the trained classifier's calibrated decision, so
 * nothing else may depend on anything here but `decideAction` and its types.
 *
 * The confidence here is a plain function of the rule score (not calibrated):
 * 1 for emergencies, 0.6–0.92 for reports by keyword evidence, 0.4 for the
 * unsure band that goes to triage.
 */
import { isBuildingWide, isHomeProblem } from '../intake/home-problem';
import { bestCategory, compileTaxonomy } from './classify';
import { isForwardOrAd, isPureChatter, isResolvedFollowUp } from './intent';
import { DEFAULT_TAXONOMY } from './taxonomy';
import type { ParseResult } from './types';

export type IntakeAction = 'ticket' | 'ask' | 'triage' | 'answer' | 'ignore';
export interface Decision {
  action: IntakeAction;
  confidence: number;
  /** what `ask` asks for */
  missing: Array<'unit' | 'room'>;
}

const compiled = compileTaxonomy(DEFAULT_TAXONOMY);
const FALLBACK = compiled.fallbackCode;

/** Thanks and praise for work done: "感谢物业师傅上门修水管，速度很快！". */
const THANKS = /^(?:感谢|谢谢|多谢|表扬|点赞)|(?:速度|效率)(?:很|真|挺|好)?(?:快|高)|(?:感谢|谢谢).{0,12}(?:师傅|物业|网格员|社区)/;
/** Still a problem despite the thanks: "谢谢 不过水管还是漏". */
const STILL_BROKEN = /还是|还在|又|没修好|没好|不过|但是|可是/;
/** Reminders to neighbours: "孩子们放学了注意安全哈", "天冷加衣". */
const REMINDER = /注意安全|注意保暖|注意身体|天冷加衣|多穿|添衣|出门(?:记得|注意)|(?:大家|各位|邻居们?).{0,6}(?:注意|小心|记得)/;
/** A question meant for the neighbours, not the community: "附近哪家理发店好". */
const NEIGHBOUR_QUESTION = /(?:有人|有谁|谁|大家|邻居们?)(?:知道|晓得|推荐|去过)|附近.{0,8}(?:哪|有没有)|哪家.{0,8}(?:好|便宜|推荐|靠谱)|谁家的/;
/** …unless it asks about the community's own business. */
const COMMUNITY_TOPIC = /社区|居委|网格|物业|街道|办理|证明|缴费|交费|补贴|电话|政策|登记|疫苗|体检|社保|医保/;

/** "灯全灭了" reads as "fixed" to the follow-up rule (灭了 = put out), but lights going out is the problem. */
const LIGHTS_OUT = /灯.{0,4}灭了/;

/** Above this rule score a reminder carries a report ("电梯坏了，大家注意" scores 10, "注意安全" 3). */
const REMINDER_MAX_SCORE = 6;

const sure = (score: number) => Math.round(Math.min(0.92, 0.6 + Math.min(score, 8) * 0.04) * 100) / 100;

export function decideAction(parsed: ParseResult, ctx: { faqHit: boolean }): Decision {
  const none: Decision['missing'] = [];
  const text = parsed.normalized;
  if (parsed.emergency) return { action: 'ticket', confidence: 1, missing: none };

  const score = bestCategory(compiled, text, parsed.emergencyKind).score;
  if (parsed.intent === 'chatter') {
    const quiet = text.length === 0 || isPureChatter(text) || isForwardOrAd(text) || (isResolvedFollowUp(text) && !LIGHTS_OUT.test(text));
    // Problem words the rules did not trust ("地下车库的灯全灭了"): a person looks at it.
    if (!quiet && score >= 2) return { action: 'triage', confidence: 0.4, missing: none };
    return { action: 'ignore', confidence: quiet ? 0.95 : 0.75, missing: none };
  }
  if (parsed.intent === 'question') {
    if (ctx.faqHit) return { action: 'answer', confidence: 0.9, missing: none };
    if (NEIGHBOUR_QUESTION.test(text) && !COMMUNITY_TOPIC.test(text)) return { action: 'ignore', confidence: 0.7, missing: none };
    return { action: 'ticket', confidence: 0.7, missing: none };
  }

  // A report.
  if (THANKS.test(text) && !STILL_BROKEN.test(text)) return { action: 'ignore', confidence: 0.7, missing: none };
  // "电梯坏了，大家注意" warns of a real problem: only a reminder with little problem evidence is chatter.
  if (REMINDER.test(text) && score < REMINDER_MAX_SCORE && parsed.unit === null && parsed.room === null) {
    return { action: 'ignore', confidence: 0.7, missing: none };
  }
  // A request no category claimed ("帮我看看"): a person decides what it is.
  if (parsed.category === FALLBACK) return { action: 'triage', confidence: 0.4, missing: none };
  const confidence = sure(score);
  if (isHomeProblem(text) && !isBuildingWide(text)) {
    const missing: Decision['missing'] = [];
    if (parsed.unit === null) missing.push('unit');
    if (parsed.room === null) missing.push('room');
    if (missing.length > 0) return { action: 'ask', confidence, missing };
  }
  return { action: 'ticket', confidence, missing: none };
}
