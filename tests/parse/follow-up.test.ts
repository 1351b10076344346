import { describe, expect, it } from 'vitest';
import { followUpSignals } from '../../src/core/parse/follow-up';
import { normalize } from '../../src/core/parse/normalize';

const signals = (text: string) => followUpSignals(normalize(text));

describe('follow-up signals', () => {
  it.each([
    '我大前天報的樓道燈，師傅說隔天來，到現在還沒來',
    '上个月在12345反映的占道经营，街道说处理，有结果了吗',
    '前两天说的三楼漏水，物业什么时候能来看看',
  ])('an earlier report asked after: %s', (text) => {
    expect(signals(text)).toEqual({ earlier: true, progress: true });
  });

  it.each(['楼道灯坏了', '明天停水大家记得储水', '感谢物业师傅上门修水管，速度很快！'])('neither: %s', (text) => {
    expect(signals(text)).toEqual({ earlier: false, progress: false });
  });

  it('a thank-you for an earlier report is earlier without progress', () => {
    expect(signals('昨天反映的路灯今天就修好了，谢谢')).toEqual({ earlier: true, progress: false });
  });
});
