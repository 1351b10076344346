/**
 * shouldAskModel: the model is asked only where the rules are unsure, so most
 * messages cost nothing and no emergency ever waits for (or depends on) it.
 */
import { describe, expect, it } from 'vitest';
import { parse, type ParseResult } from '../../src/core/parse';
import { FALLBACK_CATEGORY, shouldAskModel } from '../../src/intake/should-ask';

const p = (text: string): ParseResult => parse(text, { groupBuilding: '3' });

describe('shouldAskModel', () => {
  it.each(['着火了', '电梯里有人被困住了', '2号楼有煤气味', '楼道里有人晕倒了'])('never for an emergency: %s', (text) => {
    const rule = p(text);
    expect(rule.emergency).toBe(true);
    expect(shouldAskModel(rule)).toBe(false);
  });

  it('never for an emergency, whatever else the parse says', () => {
    expect(shouldAskModel({ ...p('着火了'), intent: 'report', category: FALLBACK_CATEGORY })).toBe(false);
    expect(shouldAskModel({ ...p('3号楼楼顶那块太阳能板被风吹得一直在动'), emergency: true, urgency: 'emergency' })).toBe(false);
  });

  it.each(['电梯坏了', '停水了', '楼下那家烧烤店天天油烟熏到我家', '我家孩子的自行车被人剪了锁推走了'])(
    'not for a report the rules placed: %s',
    (text) => {
      const rule = p(text);
      expect(rule.intent).toBe('report');
      expect(rule.category).not.toBe(FALLBACK_CATEGORY);
      expect(shouldAskModel(rule)).toBe(false);
    },
  );

  it('for a report filed under the catch-all category', () => {
    const rule = p('物业服务太差了');
    expect([rule.intent, rule.category]).toEqual(['report', FALLBACK_CATEGORY]);
    expect(shouldAskModel(rule)).toBe(true);
  });

  it('not for a catch-all report the rules found urgent', () => {
    expect(shouldAskModel({ ...p('物业服务太差了'), urgency: 'urgent' })).toBe(false);
  });

  it.each(['好的', '收到', '谢谢', '在吗', '哈哈哈', '我家没事', '你好？'])('not for a short message: %s', (text) => {
    expect(shouldAskModel(p(text))).toBe(false);
  });

  it.each(['收到，谢谢社区的网格员', '好的好的，辛苦大家了，谢谢谢谢', '大家晚上好，各位邻居辛苦了'])(
    'not for pure thanks or acknowledgement, however long: %s',
    (text) => {
      expect(p(text).intent).toBe('chatter');
      expect(shouldAskModel(p(text))).toBe(false);
    },
  );

  it.each(['已经修好了，谢谢师傅', '温馨提示：天干物燥小心火烛大家注意', '出一台九成新的电动车，有需要的私聊我'])(
    'not for what the rules deliberately set aside (fixed, forwards, ads): %s',
    (text) => {
      expect(p(text).intent).toBe('chatter');
      expect(shouldAskModel(p(text))).toBe(false);
    },
  );

  it.each(['3号楼楼顶那块太阳能板被风吹得一直在动', '隔壁小区的人天天来我们这里遛狗'])(
    'for chatter long enough to carry a problem: %s',
    (text) => {
      expect(p(text).intent).toBe('chatter');
      expect(shouldAskModel(p(text))).toBe(true);
    },
  );

  it.each(['这个月物业费怎么比上个月多了五十块', '社区办公室周六上班吗'])('for a question long enough to hide a complaint: %s', (text) => {
    expect(p(text).intent).toBe('question');
    expect(shouldAskModel(p(text))).toBe(true);
  });

  it('counts characters, not punctuation or spaces', () => {
    // Six characters once the spaces and punctuation are gone.
    const rule = { ...p('嗯嗯'), intent: 'chatter' as const, normalized: '楼上 那个 东西！！！？？' };
    expect(shouldAskModel(rule)).toBe(false);
    expect(shouldAskModel({ ...rule, normalized: '楼上那个东西又来了' })).toBe(true);
  });
});
