/**
 * shouldAskModel: the LLM is asked only for triage candidates (the trained
 * classifier unsure), so most messages cost nothing and no emergency ever
 * waits for (or depends on) it.
 */
import { describe, expect, it } from 'vitest';
import { parse, type ParseResult } from '../../src/core/parse';
import { decideAction, THRESHOLDS } from '../../src/core/parse/decide';
import { shouldAskModel } from '../../src/intake/should-ask';

const p = (text: string): ParseResult => parse(text, { groupBuilding: '3' });

/** The same message with the classifier's probabilities set (report, question; chatter takes the rest). */
function scored(text: string, report: number, question: number): ParseResult {
  const base = p(text);
  const scores = { report, question, chatter: 1 - report - question };
  const intent = (Object.keys(scores) as Array<keyof typeof scores>).reduce((a, b) => (scores[b] > scores[a] ? b : a));
  return { ...base, intent, intentScores: scores, confidence: scores[intent], category: intent === 'report' ? 'other' : null };
}

const unsure = THRESHOLDS.ticket - 0.1;

describe('shouldAskModel', () => {
  it.each(['着火了', '电梯里有人被困住了', '2号楼有煤气味', '楼道里有人晕倒了'])('never for an emergency: %s', (text) => {
    const rule = p(text);
    expect(rule.emergency).toBe(true);
    expect(shouldAskModel(rule)).toBe(false);
    expect(shouldAskModel({ ...rule, intentScores: { report: unsure, question: 0.05, chatter: 0.95 - unsure } })).toBe(false);
  });

  it('never for an urgent report, however unsure', () => {
    expect(shouldAskModel({ ...scored('3号楼楼顶那块太阳能板被风吹得一直在动', unsure, 0.05), urgency: 'urgent' })).toBe(false);
  });

  it('for a triage candidate: a report the classifier is unsure of', () => {
    const r = scored('3号楼楼顶那块太阳能板被风吹得一直在动', unsure, 0.05);
    expect(decideAction(r, { faqHit: false }).action).toBe('triage');
    expect(shouldAskModel(r)).toBe(true);
  });

  it('for chatter that may still be a report', () => {
    const r = scored('隔壁小区的人天天来我们这里遛狗', THRESHOLDS.triage + 0.05, 0.05);
    expect(r.intent).toBe('chatter');
    expect(shouldAskModel(r)).toBe(true);
  });

  it('not for a sure report, a sure question or sure chatter', () => {
    expect(shouldAskModel(scored('3号楼楼顶那块太阳能板被风吹得一直在动', 0.97, 0.01))).toBe(false);
    expect(shouldAskModel(scored('社区办公室周六上班吗 几点开门', 0.02, 0.95))).toBe(false);
    expect(shouldAskModel(scored('今天天气真好 大家出来晒太阳啊', 0.02, 0.02))).toBe(false);
  });

  it.each(['好的', '收到', '谢谢', '在吗', '哈哈哈', '我家没事', '你好？'])('not for a short message: %s', (text) => {
    expect(shouldAskModel(scored(text, unsure, 0.05))).toBe(false);
  });

  it.each(['收到，谢谢社区的网格员', '好的好的，辛苦大家了，谢谢谢谢', '已经修好了，谢谢师傅', '温馨提示：天干物燥小心火烛大家注意', '出一台九成新的电动车，有需要的私聊我'])(
    'not for what the rules set aside on purpose (thanks, fixed, forwards, ads): %s',
    (text) => {
      expect(shouldAskModel(scored(text, THRESHOLDS.triage + 0.05, 0.05))).toBe(false);
    },
  );

  it('counts characters, not punctuation or spaces', () => {
    // Six characters once the spaces and punctuation are gone.
    const rule = { ...scored('嗯嗯', unsure, 0.05), normalized: '楼上 那个 东西！！！？？' };
    expect(shouldAskModel(rule)).toBe(false);
    expect(shouldAskModel({ ...rule, normalized: '楼上那个东西又来了' })).toBe(true);
  });
});
