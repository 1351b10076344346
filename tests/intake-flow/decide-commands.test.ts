/**
 * Pure parts of the intake flow: the decision contract (any decide.ts must
 * keep it: emergencies ticketed, building-wide never asked, FAQ answered),
 * the answer-to-a-question rule, and the new commands' parsing.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/core/parse';
import { decideAction } from '../../src/core/parse/decide';
import { answersLocation } from '../../src/core/intake/clarify';
import { parseCommand } from '../../src/core/commands';
import { categoryByName } from '../../src/core/intake/category-name';
import { digestDueAt, DIGEST_DELAY_MS, DIGEST_GAP_MS } from '../../src/core/intake/policy';

const decide = (text: string, faqHit = false) => decideAction(parse(text, { groupBuilding: '3' }), { faqHit });

describe('decideAction contract', () => {
  it('emergencies are always a ticket, with full confidence', () => {
    for (const text of ['着火了！家里冒烟了', '有人被困在电梯里了', '煤气味很重']) {
      expect(decide(text), text).toMatchObject({ action: 'ticket', missing: [] });
    }
  });

  it('a reminder to neighbours is silent', () => {
    expect(decide('孩子们放学了注意安全哈').action).toBe('ignore');
  });

  it('a warning to neighbours about a real problem is not let go', () => {
    for (const text of ['电梯又坏了大家注意', '3号楼电梯坏了，大家注意', '楼道灯坏了，大家注意脚下', '单元门坏了关不上，大家注意', '电梯坏了，大家走楼梯吧']) {
      expect(decide(text).action, text).not.toBe('ignore');
    }
  });

  // Let go for one model (P(report) 0.148 after the formal titles came into
  // the corpus), taken to triage again once the dialect and boundary files did,
  // let go again by the model trained with g–ch (P(report) 0.139, the triage
  // floor is 0.15), and taken to triage by the model trained with g–ct (0.348).
  // No labelled line has this shape (a broken thing, then only "大家注意"), so
  // each model guesses; the floor was never lowered for it. The model trained
  // with cu–hr let it go again (0.079): since then decide.ts reads a broken
  // thing with a warning to the neighbours as worth a worker's look.
  it('hearsay of a danger with "has anyone looked?" reaches a worker', () => {
    expect(decide('听说河边那段护栏断了，有没有人去看过').action).not.toBe('ignore');
  });

  it('a warning to neighbours about a real problem is not let go, even this one', () => {
    expect(decide('电梯坏了，大家注意').action).not.toBe('ignore');
    expect(decide('二单元门口的灯不亮了，大家注意').action).not.toBe('ignore');
    // A warning of what might break is a reminder, and stays silent.
    expect(decide('今晚降温，大家记得把水表包一包，别冻裂了').action).toBe('ignore');
  });

  it('building-wide problems are never asked for a unit or room', () => {
    for (const text of ['电梯坏了', '楼道灯不亮', '整栋楼停水了', '地下车库漏水了']) {
      expect(decide(text).action, text).not.toBe('ask');
    }
  });

  it('a home problem without a location asks for exactly what is missing', () => {
    expect(decide('漏水了')).toMatchObject({ action: 'ask', missing: ['unit', 'room'] });
    expect(decide('2单元家里没电了')).toMatchObject({ action: 'ask', missing: ['room'] });
    expect(decide('2单元301漏水了').action).toBe('ticket');
  });

  it('a question with an FAQ hit is answered; confidence is within 0–1', () => {
    expect(decide('物业电话是多少', true).action).toBe('answer');
    for (const text of ['漏水了', '谢谢', '帮我看看', '物业电话是多少']) {
      const { confidence } = decide(text);
      expect(confidence, text).toBeGreaterThanOrEqual(0);
      expect(confidence, text).toBeLessThanOrEqual(1);
    }
  });
});

describe('answersLocation', () => {
  const p = (text: string) => parse(text, { groupBuilding: '3' });
  it('takes a location, or the same report with one; not a new report, an emergency or no location', () => {
    expect(answersLocation(p('2单元301'), 'repair')).toBe(true);
    expect(answersLocation(p('2单元301 厨房漏水'), 'repair')).toBe(true);
    expect(answersLocation(p('好的'), 'repair')).toBe(false);
    expect(answersLocation(p('5单元的路灯坏了'), 'repair')).toBe(false);
    expect(answersLocation(p('2单元301着火了'), 'repair')).toBe(false);
  });
});

describe('commands', () => {
  it('立单 / 忽略 take an M-number, 改类 a ticket and a category', () => {
    expect(parseCommand('立单 M7')).toEqual({ verb: 'confirm', item: 7 });
    expect(parseCommand('立单m7 环境卫生')).toEqual({ verb: 'confirm', item: 7, category: '环境卫生' });
    expect(parseCommand('立单 #Ｍ７')).toEqual({ verb: 'confirm', item: 7 });
    expect(parseCommand('忽略 M12')).toEqual({ verb: 'dismiss', item: 12 });
    expect(parseCommand('忽略 七')).toEqual({ verb: 'dismiss', item: 7 });
    expect(parseCommand('忽略 M7 这条')).toBeNull();
    expect(parseCommand('改类 12 噪音')).toEqual({ verb: 'recategorize', ticket: 12, category: '噪音' });
    expect(parseCommand('改类 12')).toEqual({ verb: 'usage', of: 'recategorize', ticket: 12 });
    expect(parseCommand('忽略')).toEqual({ verb: 'usage', of: 'dismiss' });
  });

  it('category names: code, label, or a unique part of the label', () => {
    expect(categoryByName('噪音')?.code).toBe('noise');
    expect(categoryByName('safety')?.code).toBe('safety');
    expect(categoryByName('咨询')?.code).toBe('consult');
    expect(categoryByName('天气')).toBeNull();
  });
});

describe('digest timing', () => {
  it('waits the batching delay after the oldest item, and the gap after the last digest', () => {
    const t0 = new Date('2026-12-01T00:00:00Z');
    expect(digestDueAt(t0, null).getTime()).toBe(t0.getTime() + DIGEST_DELAY_MS);
    const last = new Date(t0.getTime() - 60_000);
    expect(digestDueAt(t0, last).getTime()).toBe(last.getTime() + DIGEST_GAP_MS);
  });
});
