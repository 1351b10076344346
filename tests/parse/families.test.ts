/**
 * Families of messages the held-out work taught the parser, each on
 * sentences that appear in no fixture: a guard for the rules themselves.
 */
import { describe, expect, it } from 'vitest';
import { expectMostly } from './labelled-set';
import { parse } from '../../src/core/parse';

const p = (text: string) => parse(text, { groupBuilding: '3' });

describe('families of messages', () => {
  it.each<[string, string]>([
    ['电梯年检刚过就困人了 里面有两个人', 'trapped'],
    ['阳台那边冒白烟 不知道烧的什么', 'fire'],
    ['地下室那台电瓶车自燃了', 'fire'],
    ['墙上的开关一按就打火', 'electric'],
    ['煤气表后面的管子松了 有味', 'gas'],
    ['洗衣机的进水软管崩了 满地是水', 'flood'],
    ['楼下有人被电动车撞了 躺着没动', 'medical'],
    ['我家老爷子出门买菜 人找不着了', 'missing'],
  ])('emergency: %s → %s', (text, kind) => {
    const r = p(text);
    expect(r.emergency).toBe(true);
    expect(r.emergencyKind).toBe(kind);
  });

  it.each([
    '煤气灶点不着火 是不是电池没电了',
    '那堆纸箱万一着火了就麻烦了',
    '纸箱堆在那 着火了都跑不出去',
    '我家孩子小时候走丢过一次 吓死了',
  ])('no emergency: %s', (text) => {
    expect(p(text).emergency).toBe(false);
  });

  const CASES: Array<[string, string]> = [
    ['能不能派人来把门口的垃圾清理一下', 'report'],
    ['停电了 什么时候能来电啊', 'report'],
    ['楼下的邻居 晚上能不能安静点', 'report'],
    ['燃气表要定期换吗', 'question'],
    ['单元门禁是物业管还是社区管', 'question'],
    ['老人中暑了应该先降温还是先送医院', 'question'],
    // A question to neighbours, not to the office: chatter (the corpus labelling rules, issue 12).
    ['有谁知道附近哪有配钥匙的', 'chatter'],
    ['下周二电梯维保 暂停使用半天', 'chatter'],
    ['热水器师傅约了明天上门', 'chatter'],
    ['楼道的灯装好了 谢谢', 'chatter'],
    ['出一台八成新的洗衣机 两百块', 'chatter'],
    ['有没有人家里有不用的婴儿床', 'chatter'],
    ['隔壁小姑娘拉小提琴 真好听', 'chatter'],
  ];
  // 11 of 13: the model of 2026-12-05 (corpus with the formal, Shanxi, boundary and long-message files) reads
  // two borderline ones otherwise: "停电了 什么时候能来电啊" as a question (0.93) and the first-aid question
  // as chatter to neighbours (0.53 against 0.46); the blind sets rose with it (README).
  it('intent right for ≥ 11 of 13', () => {
    expectMostly(CASES, ([text, intent]) => p(text).intent === intent, ([text, intent]) => `${text} → ${p(text).intent} (want ${intent})`, 11 / 13);
  });
});
