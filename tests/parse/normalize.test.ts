import { describe, expect, it } from 'vitest';
import { EMOJI, MAY_HOLD_EMOJI, normalize, toHalfWidth } from '../../src/core/parse/normalize';

describe('normalize', () => {
  it.each([
    ['full-width digits and letters', '３号楼Ｂ座１２０３', '3号楼B座1203'],
    ['full-width punctuation and ideographic space', '电梯坏了！！　快来', '电梯坏了!! 快来'],
    ['traditional to simplified', '樓道裡的燈壞了，單元門關不上', '楼道里的灯坏了,单元门关不上'],
    ['traditional 著 as the particle 着, not in 著名', '車裡鎖著個娃娃，他是著名的醫生', '车里锁着个娃娃,他是著名的医生'],
    ['emoji with modifiers and joiners', '收到👍🏻👨‍👩‍👧谢谢🙏', '收到 谢谢'],
    ['flags and keycaps', '🇨🇳加油1️⃣', '加油1'],
    ['WeChat emoticons', '[强][强]好的[抱拳]', '好的'],
    ['@mention followed by the WeChat space', '@网格员小王\u20053栋电梯坏了', '3栋电梯坏了'],
    ['@mention at the end', '电梯坏了 @物业', '电梯坏了'],
    ['"@" glued to the text keeps the words', '@物业电梯坏了', '物业电梯坏了'],
    ['control chars and newlines', '电梯\u0000坏了\r\n\t快来\u200b人', '电梯 坏了 快来 人'],
    ['lone surrogates dropped', 'a\uD800b\uDC00c', 'abc'],
    ['whitespace folded and trimmed', '  3栋   停水   ', '3栋 停水'],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('keeps digits, # and * (not treated as emoji)', () => {
    expect(normalize('5#楼 3*2')).toBe('5#楼 3*2');
  });

  it('skips the emoji class only on text that cannot hold an emoji (every BMP character checked)', () => {
    const missed: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      EMOJI.lastIndex = 0;
      if (EMOJI.test(ch) && !MAY_HOLD_EMOJI.test(ch)) missed.push(c);
    }
    expect(missed).toEqual([]);
  });

  it('toHalfWidth returns the same string when nothing changes', () => {
    const s = '3栋2单元';
    expect(toHalfWidth(s)).toBe(s);
  });
});
