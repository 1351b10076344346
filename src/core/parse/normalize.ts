/**
 * Text normalization: everything downstream matches against this form only.
 * Order matters: broken surrogates and control characters first (they would
 * survive into JSON output otherwise), then full-width → half-width so the
 * location patterns see ASCII digits, then emoji/emoticons/@mentions, then
 * traditional → simplified, then whitespace folding.
 */
import * as OpenCC from 'opencc-js/t2cn';

// Built once: the dictionaries take ~10 ms to load, a conversion ~2 µs.
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0/C1 controls, zero-width and bidi marks, line/paragraph separators, BOM.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B\u200C\u200E\u200F\u202A-\u202E\u2028\u2029\u2060-\u2064\uFEFF]/g;
// Pictographs plus the joiners and modifiers that glue emoji sequences together.
// (Not \p{Emoji}: that class contains the ASCII digits, # and *.)
export const EMOJI =
  /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200D\uFE0E\uFE0F\u20E3\u{E0020}-\u{E007F}]/gu;
// WeChat renders its built-in stickers as [强], [微笑], [捂脸], [Thumbs Up] …
const WECHAT_EMOTICON = /\[[\u4E00-\u9FFFA-Za-z ]{1,12}\]/g;
// Old-style WeChat codes such as /::) or /:strong.
const WECHAT_CODE = /\/:[:!?()<>\-A-Za-z@$*&]{1,8}/g;
// An @mention runs to the next whitespace (WeChat puts U+2005 after the name).
const MENTION = /@[^\s@]{1,20}/gu;
const SPACES = /\s+/g;
// Every character EMOJI can match is astral, © ®, or in U+2000–U+33FF, or a variation selector (checked over
// the whole BMP in tests/parse/normalize.test.ts): most messages hold none and skip the costly class.
export const MAY_HOLD_EMOJI = /[\u00A9\u00AE\u2000-\u33FF\uD800-\uDFFF\uFE0E\uFE0F]/;
const SURROGATE = /[\uD800-\uDFFF]/;
const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;
// 著 as traditional text writes the particle 着 ("鎖著個娃娃", "開著門"), and 著火/著急/著涼: everything but the
// words where 著 means "famous, to write" (著名, 著作, 显著, 名著, 土著…).
const TRAD_ZHE = /(?<![显昭卓土编原名巨遗论专新拙大合])著(?![名作称述书录者重])/g;

// Most messages are already simplified. Whether a character changes under
// conversion is memoized per character (a byte per BMP code unit: 0 not yet
// known, 1 stays, 2 changes; a map for the rare astral ones, such as
// Cantonese 𠮶), and opencc (phrase-aware, ~2 µs) is only run on texts holding
// at least one character that does change.
const UNKNOWN = 0;
const STAYS = 1;
const CHANGES = 2;
const bmpChanges = new Uint8Array(0x10000);
const astralChanges = new Map<string, boolean>();

function changes(ch: string): boolean {
  return toSimplified(ch) !== ch;
}

function mayBeTraditional(text: string): boolean {
  if (!CJK.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      const ch = text.slice(i, i + 2);
      i++;
      let known = astralChanges.get(ch);
      if (known === undefined) {
        known = changes(ch);
        astralChanges.set(ch, known);
      }
      if (known) return true;
      continue;
    }
    let known = bmpChanges[code]!;
    if (known === UNKNOWN) {
      known = changes(text[i]!) ? CHANGES : STAYS;
      bmpChanges[code] = known;
    }
    if (known === CHANGES) return true;
  }
  return false;
}

/** Full-width ASCII (U+FF01–FF5E) and the ideographic space to half-width. */
export function toHalfWidth(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
    } else if (c === 0x3000) {
      out += ' ';
      changed = true;
    } else {
      out += text[i];
    }
  }
  return changed ? out : text;
}

function stripMentions(text: string): string {
  if (!text.includes('@')) return text;
  return text.replace(MENTION, (m, offset: number, whole: string) => {
    const after = whole.charAt(offset + m.length);
    const atEnd = after === '';
    // "@物业 电梯坏了": a real mention. "@物业电梯坏了" has no end marker, so we
    // cannot tell the name from the message: keep the words, drop the "@".
    // A trailing "… @网格员" (not the whole message) is a mention too.
    // "@1502 你家小孩…": the mention is a flat; keep its number for the location.
    const flat = /^@(\d{3,4})(?!\d)/.exec(m);
    if (flat) return ` ${flat[1]}${m.slice(flat[0].length)}`;
    if ((after !== '' && /\s/.test(after)) || (atEnd && offset > 0)) return ' ';
    return m.slice(1);
  });
}

/** Normalized text: simplified, half-width, no emoji/mentions, single spaces. */
export function normalize(text: string): string {
  let s = SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '') : text;
  s = toHalfWidth(s);
  if (MAY_HOLD_EMOJI.test(s)) s = s.replace(EMOJI, ' ');
  if (s.includes('[')) s = s.replace(WECHAT_EMOTICON, ' ');
  if (s.includes('/:')) s = s.replace(WECHAT_CODE, ' ');
  s = s.replace(CONTROL, ' ');
  s = stripMentions(s);
  if (mayBeTraditional(s)) s = toSimplified(s);
  // opencc keeps 著 (also a simplified character, 著名).
  if (s.includes('著')) s = s.replace(TRAD_ZHE, '着');
  return s.replace(SPACES, ' ').trim();
}
