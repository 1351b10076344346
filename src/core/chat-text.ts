import * as OpenCC from 'opencc-js/t2cn';

/**
 * The form short chat phrases (worker commands, 满意/没修好) are matched in.
 * Workers type on phones with full-width input on ("／ｃｌａｉｍ ４"), and many
 * elderly residents write traditional characters ("滿意", "#1 沒修好"); both
 * must mean what their plain form means. Only digits, Latin letters, #, /, @
 * and the ideographic space are made half-width: Chinese punctuation in a
 * worker's note ("已联系物业，明天上午维修") reaches residents as typed.
 */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;
const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A＃／＠\u3000]/g;

export function chatText(input: string): string {
  const half = input.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  // "/mine" and "#12" need no dictionary lookups.
  return CJK.test(half) ? toSimplified(half) : half;
}
