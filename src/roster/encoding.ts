import iconv from 'iconv-lite';

/**
 * How a roster file's bytes become text. Excel on Chinese Windows saves "CSV"
 * (and Notepad saves "ANSI") as GB18030/GBK, which read as UTF-8 turns every
 * name into U+FFFD; Excel's "CSV UTF-8" adds a BOM. So: a BOM says UTF-8 (or
 * UTF-16); valid UTF-8 is UTF-8; anything else is tried as GB18030 and kept
 * only when it reads as Chinese text, otherwise the file is refused.
 */
export type RosterEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded = { text: string; encoding: RosterEncoding } | { text?: undefined; encoding?: undefined };

export function decodeRosterBytes(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    const text = strictUtf8(buf.subarray(3));
    return text === undefined ? {} : { text, encoding: 'utf-8' };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) return plausible(iconv.decode(buf.subarray(2), 'utf-16le'), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return plausible(iconv.decode(buf.subarray(2), 'utf-16be'), 'utf-16be');
  const utf8 = strictUtf8(buf);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  return plausible(iconv.decode(buf, 'gb18030'), 'gb18030');
}

function strictUtf8(buf: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return undefined;
  }
}

/**
 * GB18030 maps almost any byte string to some characters, so a wrong guess
 * shows as replacement characters, control bytes, private-use characters (GBK's
 * user-defined area) or many characters outside everyday Chinese text.
 */
function plausible(text: string, encoding: RosterEncoding): Decoded {
  if (/[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\uE000-\uF8FF]/.test(text)) return {};
  let wide = 0;
  let odd = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    wide++;
    if (!isEverydayChinese(c)) odd++;
  }
  return odd > wide * 0.1 ? {} : { text, encoding };
}

function isEverydayChinese(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0x3400 && c <= 0x4dbf) || // extension A (rare names)
    (c >= 0x3000 && c <= 0x303f) || // CJK punctuation: 、。「」
    (c >= 0xff00 && c <= 0xffef) || // full-width forms: ，（）；
    (c >= 0x2000 && c <= 0x206f) || // general punctuation: — ‘’ “” …
    c === 0x00b7 // middle dot in transliterated names
  );
}

/** A value read from a roster may not carry U+FFFD: it is what a wrong decoding leaves behind. */
export const REPLACEMENT_CHAR = '\uFFFD';
