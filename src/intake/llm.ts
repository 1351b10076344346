/**
 * The optional LLM pass over intake: an OpenAI-compatible chat model gets a
 * second look at messages the trained classifier was unsure of (triage
 * candidates, see shouldAskModel). It may change only the intent and the
 * category (and so the confidence: an LLM verdict counts as THRESHOLDS.llm);
 * everything else, emergencies above all, stays the parser's. Any failure
 * returns the parser's result, so the bot behaves exactly as it does with no
 * LLM configured (the item goes to triage).
 */
import OpenAI from 'openai';
import { z } from 'zod';
import { DEFAULT_TAXONOMY } from '../core/parse/taxonomy';
import { THRESHOLDS } from '../core/parse/decide';
import type { Category, Intent, ParseResult } from '../core/parse/types';
import { maskPersonalNumbers } from '../core/mask';
import type { Logger } from '../logger';
import { FALLBACK_CATEGORY } from './should-ask';

export type IntakeRefiner = (text: string, rule: ParseResult) => Promise<ParseResult>;

export interface LlmRefinerOptions {
  apiKey: string;
  /** An OpenAI-compatible endpoint ending in /v1; default: OpenAI's. */
  baseURL?: string;
  model?: string;
  /** One attempt, at most this long: a resident's message waits for it. */
  timeoutMs?: number;
  logger: Logger;
  taxonomy?: readonly Category[];
}

export const DEFAULT_LLM_MODEL = 'gpt-4o-mini';
const OPENAI_BASE_URL = 'https://api.openai.com/v1';
/** Long messages say what they are early on; the cap bounds cost and latency. */
const MAX_TEXT_CHARS = 500;

const answerSchema = z.object({
  intent: z.enum(['report', 'question', 'chatter']),
  // Anything here but a known code or label counts as "no category", not as a broken answer.
  category: z.unknown().optional(),
});

/** The system prompt, built from the taxonomy so a new category reaches the model too. */
export function systemPrompt(taxonomy: readonly Category[] = DEFAULT_TAXONOMY): string {
  const categories = taxonomy.map((c) => `${c.code}：${c.label}`).join('\n');
  return [
    '你是社区网格管理助手，负责给居民在楼栋群里发的一条消息分类。',
    'intent 取值：report（反映问题或求助，需要网格员处理）、question（咨询信息，如办事时间、材料、电话、流程）、chatter（闲聊、问候、感谢、转发、广告、邻里聊天）。',
    'intent 为 report 时，category 取下列代码之一，否则为 null：',
    categories,
    '只输出一个 JSON 对象，例如 {"intent":"report","category":"repair"}，不要输出其他内容。',
  ].join('\n');
}

export function createLlmRefiner(opts: LlmRefinerOptions): { refine: IntakeRefiner } {
  const { logger, timeoutMs = 2500, model = DEFAULT_LLM_MODEL } = opts;
  const taxonomy = opts.taxonomy ?? DEFAULT_TAXONOMY;
  const client = new OpenAI({
    apiKey: opts.apiKey,
    // Explicit, so the client never reads OPENAI_BASE_URL from the process
    // environment behind the validated config's back.
    baseURL: opts.baseURL ?? OPENAI_BASE_URL,
    // A retry would double the wait of a message the rules already handled.
    maxRetries: 0,
    timeout: timeoutMs,
    // Our one warn line is the log; the SDK's own (OPENAI_LOG=debug) would print residents' messages.
    logLevel: 'off',
  });
  const prompt = systemPrompt(taxonomy);
  // Codes, and labels too: a model may answer "设施报修" where "repair" was asked.
  const codeOf = new Map<string, string>();
  for (const c of taxonomy) {
    codeOf.set(c.code, c.code);
    codeOf.set(c.label, c.code);
  }
  const fallback = taxonomy.find((c) => c.fallback)?.code ?? FALLBACK_CATEGORY;

  function merge(rule: ParseResult, intent: Intent, answered: unknown): ParseResult {
    const rest = (1 - THRESHOLDS.llm) / 2;
    const intentScores = { report: rest, question: rest, chatter: rest, [intent]: THRESHOLDS.llm };
    const decided = { intentScores, confidence: THRESHOLDS.llm };
    if (intent !== 'report') return { ...rule, ...decided, intent, category: null, categoryConfidence: 0 };
    const known = typeof answered === 'string' ? codeOf.get(answered.trim()) : undefined;
    const category = known ?? rule.category ?? fallback;
    return { ...rule, ...decided, intent, category, categoryConfidence: known ? THRESHOLDS.llm : rule.categoryConfidence };
  }

  async function refine(text: string, rule: ParseResult): Promise<ParseResult> {
    // Belt and braces: the caller asks shouldAskModel first, but no path may
    // let a model touch an emergency.
    if (rule.emergency) return rule;
    try {
      const completion = await client.chat.completions.create({
        model,
        temperature: 0,
        max_tokens: 60,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: prompt },
          // Phone and ID numbers never leave for a third party.
          { role: 'user', content: maskPersonalNumbers(text).slice(0, MAX_TEXT_CHARS) },
        ],
      });
      const content = completion.choices?.[0]?.message?.content ?? '';
      let json: unknown;
      try {
        json = JSON.parse(content);
      } catch {
        logger.warn({ model }, 'intake model answered with no JSON; the rule result stands');
        return rule;
      }
      const answer = answerSchema.safeParse(json);
      if (!answer.success) {
        logger.warn({ model }, 'intake model answered outside the schema; the rule result stands');
        return rule;
      }
      return merge(rule, answer.data.intent, answer.data.category);
    } catch (err) {
      // Only the error's kind and status: never the message, whose text the SDK may quote.
      const status = err instanceof OpenAI.APIError ? err.status : undefined;
      const kind = err instanceof Error ? err.constructor.name : typeof err;
      logger.warn({ model, kind, status }, 'intake model call failed; the rule result stands');
      return rule;
    }
  }

  return { refine };
}
