/**
 * createLlmRefiner against a fake OpenAI-compatible server on 127.0.0.1: what
 * it sends, what it may change, and that every failure leaves the rule result.
 */
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, parse, type ParseResult } from '../../src/core/parse';
import { THRESHOLDS } from '../../src/core/parse/decide';
import { createLlmRefiner, DEFAULT_LLM_MODEL } from '../../src/intake/llm';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/openai-server';

const p = (text: string): ParseResult => parse(text, { groupBuilding: '3' });

let llm: FakeOpenAIServer;
let logs: Record<string, unknown>[];
let rawLogs: string[];

function refiner(timeoutMs = 1000) {
  const logger = pino({ level: 'debug' }, {
    write: (line: string) => {
      rawLogs.push(line);
      logs.push(JSON.parse(line) as Record<string, unknown>);
    },
  });
  return createLlmRefiner({ apiKey: 'sk-test-key', baseURL: llm.baseURL, timeoutMs, logger });
}

const warnings = () => logs.filter((l) => l.level === 40);

beforeAll(async () => {
  llm = await startFakeOpenAI();
});
afterAll(async () => {
  await llm.close();
});
beforeEach(() => {
  llm.reset();
  logs = [];
  rawLogs = [];
});

describe('the request', () => {
  it('is one JSON-mode chat completion at temperature 0, with the taxonomy in a Chinese system prompt', async () => {
    const text = '3号楼楼顶那块太阳能板被风吹得一直在动';
    await refiner().refine(text, p(text));
    expect(llm.requests).toHaveLength(1);
    const req = llm.requests[0]!;
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.authorization).toBe('Bearer sk-test-key');
    expect(req.body.model).toBe(DEFAULT_LLM_MODEL);
    expect(req.body.temperature).toBe(0);
    expect(req.body.response_format).toEqual({ type: 'json_object' });
    const system = req.body.messages?.find((m) => m.role === 'system')?.content ?? '';
    for (const c of DEFAULT_TAXONOMY) expect(system).toContain(`${c.code}：${c.label}`);
    expect(system).toMatch(/JSON/);
    expect(llm.userTexts()).toEqual([text]);
  });

  it('never carries a phone number to the model', async () => {
    const text = '楼顶那块板子一直在动，有事打我电话13812345678';
    await refiner().refine(text, p(text));
    expect(llm.userTexts()[0]).not.toContain('13812345678');
    expect(llm.userTexts()[0]).toContain('138****5678');
  });

  it('is never made for an emergency', async () => {
    const rule = p('着火了');
    expect(await refiner().refine('着火了', rule)).toBe(rule);
    expect(llm.requests).toHaveLength(0);
  });
});

describe('the answer', () => {
  const text = '3号楼楼顶那块太阳能板被风吹得一直在动';

  it('may turn chatter into a report of a category; nothing else changes', async () => {
    llm.answer({ intent: 'report', category: 'safety' });
    const rule = p(text);
    const out = await refiner().refine(text, rule);
    // The LLM's verdict counts as THRESHOLDS.llm sure, so the decision acts on it.
    const intentScores = { report: THRESHOLDS.llm, question: (1 - THRESHOLDS.llm) / 2, chatter: (1 - THRESHOLDS.llm) / 2 };
    expect(out).toEqual({ ...rule, intent: 'report', category: 'safety', confidence: THRESHOLDS.llm, intentScores, categoryConfidence: THRESHOLDS.llm });
  });

  it('is read by label as well as by code', async () => {
    llm.answer({ intent: 'report', category: '安全隐患' });
    expect((await refiner().refine(text, p(text))).category).toBe('safety');
  });

  it('keeps the rule category for a report without a valid one, or files it under other', async () => {
    llm.answer({ intent: 'report', category: 'plumbing' });
    expect((await refiner().refine(text, p(text))).category).toBe(p(text).category ?? 'other');
    llm.answer({ intent: 'report' });
    expect((await refiner().refine(text, p(text))).category).toBe(p(text).category ?? 'other');
    const chatter = { ...p(text), intent: 'chatter' as const, category: null };
    expect((await refiner().refine(text, chatter)).category).toBe('other');
    const rule = { ...p('物业服务太差了'), intent: 'report' as const, category: 'other' };
    llm.answer({ intent: 'report', category: 42 });
    expect(await refiner().refine('物业服务太差了', rule)).toMatchObject({ intent: 'report', category: 'other', confidence: THRESHOLDS.llm });
  });

  it('may take a report back to chatter or a question (category null)', async () => {
    const rule = p('物业服务太差了');
    const rest = (1 - THRESHOLDS.llm) / 2;
    llm.answer({ intent: 'chatter', category: 'other' });
    expect(await refiner().refine('物业服务太差了', rule)).toEqual({
      ...rule, intent: 'chatter', category: null, confidence: THRESHOLDS.llm, categoryConfidence: 0,
      intentScores: { report: rest, question: rest, chatter: THRESHOLDS.llm },
    });
    llm.answer({ intent: 'question', category: null });
    expect(await refiner().refine('物业服务太差了', rule)).toMatchObject({ intent: 'question', category: null, confidence: THRESHOLDS.llm });
  });

  it('never changes emergency, urgency, location or summary', async () => {
    llm.answer({ intent: 'report', category: 'repair', emergency: true, urgency: 'emergency', building: '9', summary: 'x' });
    const t2 = '5栋2单元602门口的地砖松了一块，踩上去咯噔响';
    const rule = p(t2);
    expect(rule.emergency).toBe(false);
    const out = await refiner().refine(t2, rule);
    expect(out.emergency).toBe(false);
    expect(out.urgency).toBe(rule.urgency);
    expect([out.building, out.unit, out.room]).toEqual([rule.building, rule.unit, rule.room]);
    expect(out.summary).toBe(rule.summary);
    expect(out.category).toBe('repair');
  });
});

describe('failures leave the rule result, logged once at warn without the message', () => {
  const text = '隔壁小区的人天天来我们这里遛狗';

  const cases: [string, () => void][] = [
    ['an HTTP 500', () => llm.fail(500)],
    ['an HTTP 429', () => llm.fail(429)],
    ['an HTTP 401', () => llm.fail(401)],
    ['content that is not JSON', () => llm.answerRaw('这是一条投诉')],
    ['JSON outside the schema', () => llm.answer({ intent: 'complaint', category: 'noise' })],
    ['a JSON array', () => llm.answer([{ intent: 'report' }])],
    ['empty content', () => llm.answerRaw('')],
  ];
  it.each(cases)('%s', async (_name, arrange) => {
    arrange();
    const rule = p(text);
    expect(await refiner().refine(text, rule)).toBe(rule);
    expect(llm.requests).toHaveLength(1);
    expect(warnings()).toHaveLength(1);
    expect(rawLogs.join('\n')).not.toContain('遛狗');
  });

  it('a timeout, without a retry', async () => {
    llm.delay(1500);
    llm.answer({ intent: 'report', category: 'sanitation' });
    const rule = p(text);
    const started = Date.now();
    expect(await refiner(150).refine(text, rule)).toBe(rule);
    expect(Date.now() - started).toBeLessThan(1200);
    expect(llm.requests).toHaveLength(1);
    expect(warnings()).toHaveLength(1);
    expect(rawLogs.join('\n')).not.toContain('遛狗');
  });

  it('a network error (nothing listening)', async () => {
    const gone = await startFakeOpenAI();
    const baseURL = gone.baseURL;
    await gone.close();
    const logger = pino({ level: 'warn' }, { write: (line: string) => void rawLogs.push(line) });
    const rule = p(text);
    expect(await createLlmRefiner({ apiKey: 'k', baseURL, timeoutMs: 1000, logger }).refine(text, rule)).toBe(rule);
    expect(rawLogs).toHaveLength(1);
    expect(rawLogs[0]).not.toContain('遛狗');
  });
});
