/**
 * decideAction: the one place that turns a parse into what the bot does.
 * Thresholds are tested at their edges with constructed results, and the
 * issue's demo sentences through the real parser.
 */
import { describe, expect, it } from 'vitest';
import { parse, type ParseResult } from '../../src/core/parse';
import { decideAction, missingHomeLocation, THRESHOLDS } from '../../src/core/parse/decide';

const p = (text: string): ParseResult => parse(text, { groupBuilding: '3' });

function withScores(base: ParseResult, report: number, question: number): ParseResult {
  const chatter = 1 - report - question;
  const scores = { report, question, chatter };
  const intent = (Object.keys(scores) as Array<keyof typeof scores>).reduce((a, b) => (scores[b] > scores[a] ? b : a));
  return { ...base, intent, intentScores: scores, confidence: scores[intent], category: intent === 'report' ? (base.category ?? 'repair') : null };
}

describe('decideAction', () => {
  const report = p('3号楼2单元501家里水龙头关不紧 一直滴');
  expect(report.emergency).toBe(false);
  const noFaq = { faqHit: false };

  it('an emergency is always a ticket, whatever the scores', () => {
    const fire = p('楼道里着火了 好大的烟');
    expect(fire.emergency).toBe(true);
    expect(decideAction(fire, noFaq)).toEqual({ action: 'ticket', confidence: 1, missing: [] });
    expect(decideAction(withScores(fire, 0.1, 0.1), noFaq).action).toBe('ticket');
  });

  it('a rumour asked about with a request to look into it goes to a worker quietly; a bare rumour is let go', () => {
    const rumour = withScores(p('听说隔壁楼电梯钢丝绳断过，是真的吗？物业给我们这栋也检查一下吧'), 0.02, 0.04);
    expect(decideAction(rumour, noFaq).action).toBe('triage');
    const bare = withScores(p('听说隔壁楼电梯钢丝绳断过，是真的吗？'), 0.02, 0.04);
    expect(decideAction(bare, noFaq).action).toBe('ignore');
    const weather = withScores(p('据说明天要降温十度，真的假的，大家注意'), 0.02, 0.04);
    expect(decideAction(weather, noFaq).action).toBe('ignore');
  });

  it('a sure report is a ticket; an unsure one goes to triage', () => {
    expect(decideAction(withScores(report, THRESHOLDS.ticket, 0.05), noFaq).action).toBe('ticket');
    expect(decideAction(withScores(report, THRESHOLDS.ticket - 0.01, 0.05), noFaq).action).toBe('triage');
  });

  it('chatter with some chance of being a report goes to triage, else is ignored', () => {
    expect(decideAction(withScores(report, THRESHOLDS.triage, 0.05), noFaq).action).toBe('triage');
    expect(decideAction(withScores(report, THRESHOLDS.triage - 0.01, 0.05), noFaq)).toMatchObject({ action: 'ignore' });
  });

  it('a question: the FAQ answers it; a sure one without FAQ is a ticket; an unsure one triage or silence', () => {
    const q = p('请问社区办公室周六上班吗');
    expect(decideAction(withScores(q, 0.05, 0.6), { faqHit: true }).action).toBe('answer');
    expect(decideAction(withScores(q, 0.05, THRESHOLDS.question), noFaq).action).toBe('ticket');
    expect(decideAction(withScores(q, 0.05, THRESHOLDS.questionTriage), noFaq).action).toBe('triage');
    expect(decideAction(withScores(q, 0.05, 0.5), noFaq).action).toBe('ignore');
  });

  it('confidence is the calibrated probability behind the action, in 0–1', () => {
    const d = decideAction(withScores(report, 0.91, 0.04), noFaq);
    expect(d.confidence).toBeCloseTo(0.91);
    const i = decideAction(withScores(report, 0.05, 0.05), noFaq);
    expect(i.confidence).toBeCloseTo(0.9);
  });
});

describe('asking back for the door', () => {
  const sure = (r: ParseResult) => withScores(r, 0.95, 0.02);
  it.each(['漏水了', '家里没电了', '我家门锁坏了打不开', '卫生间水管一直滴水'])('asks where for a home problem with no room: %s', (text) => {
    const d = decideAction(sure(p(text)), { faqHit: false });
    expect(d.action).toBe('ask');
    expect(d.missing).toEqual(['unit', 'room']);
  });

  it('asks only for the room when the unit is known', () => {
    expect(decideAction(sure(p('2单元 家里漏水了')), { faqHit: false })).toMatchObject({ action: 'ask', missing: ['room'] });
  });

  it.each(['电梯坏了', '楼道灯不亮了', '整栋楼停水了', '3单元楼道漏水了', '3单元502家里漏水了'])(
    'never asks for a building-wide problem or a known room: %s',
    (text) => {
      expect(missingHomeLocation(sure(p(text)))).toEqual([]);
      expect(decideAction(sure(p(text)), { faqHit: false }).action).toBe('ticket');
    },
  );
});

describe('the demo conversation of issue 12', () => {
  const act = (text: string) => decideAction(p(text), { faqHit: false }).action;
  it('thanks and reminders are silent', () => {
    expect(act('感谢物业师傅上门修水管，速度很快！')).toBe('ignore');
    expect(act('孩子们放学了注意安全哈')).toBe('ignore');
  });
  it('漏水了 is asked where', () => {
    expect(act('漏水了')).toBe('ask');
  });
  it('the two dropped reports become tickets or triage', () => {
    expect(['ticket', 'triage']).toContain(act('垃圾分类的桶被人翻得到处都是'));
    expect(['ticket', 'triage']).toContain(act('地下车库的灯全灭了，黑得看不见路'));
  });
  it('the question to neighbours is ignored', () => {
    expect(act('有人知道附近哪家理发店好吗')).toBe('ignore');
  });
});
