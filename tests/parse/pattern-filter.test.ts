import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KIND_REGEXPS } from '../../src/core/parse/emergency';
import { normalize } from '../../src/core/parse/normalize';
import { mayMatch, PatternFilter } from '../../src/core/parse/pattern-filter';
import { patternKey } from '../../src/core/parse/pattern-key';

const key = (re: RegExp) => {
  const k = patternKey(re);
  return k === null ? null : [...k].sort().join('');
};

describe('a pattern key: characters one of which every match holds', () => {
  it('takes a literal, the cheapest clause of a sequence, the union over branches', () => {
    expect(key(/着火/)).toHaveLength(1);
    expect(key(/着火|冒烟/)).toHaveLength(2);
    // With weights, the rarer character of a sequence is the key.
    expect([...patternKey(/着火了/, (c) => (c === '火' ? 0.1 : 1))!]).toEqual(['火']);
    expect([...patternKey(/着火了/, (c) => (c === '了' ? 0.1 : 1))!]).toEqual(['了']);
  });

  it('reads a group or a class as "one of these"', () => {
    expect(key(/(?:孩子|小孩)[^。]{0,8}掉/)).toBe('掉');
    expect(patternKey(/(?:孩子|小孩)[^。]{0,8}掉/, (c) => (c === '掉' ? 9 : 1))).toEqual(new Set(['孩', '小']));
    expect(key(/[晕昏]倒/)).toBe('倒');
    expect(patternKey(/[晕昏]倒/, (c) => (c === '倒' ? 9 : 1))).toEqual(new Set(['晕', '昏']));
  });

  it('requires nothing optional, looked around, negated or ASCII', () => {
    expect(key(/(?:突然)?晕/)).toBe('晕');
    expect(key(/突?晕/)).toBe('晕');
    expect(key(/(?:突然){0,2}晕/)).toBe('晕');
    expect(key(/(?<!没)晕/)).toBe('晕');
    expect(key(/晕(?!车)/)).toBe('晕');
    expect(key(/(?=突然)晕/)).toBe('晕');
    expect(key(/[^晕]倒/)).toBe('倒');
    expect(key(/(?:打|叫)120/)).toBe('叫打');
    expect(key(/(?:打|call)120/)).toBeNull();
    expect(key(/[晕a]倒/)).toBe('倒');
    expect(key(/.{0,3}/)).toBeNull();
    expect(key(/(?:摔|跌)+/)).toBe('摔跌');
  });

  it('gives no key where a branch requires nothing, or the syntax is unknown', () => {
    expect(key(/着火|.{2}/)).toBeNull();
    expect(key(/着火|(?:冒)?/)).toBeNull();
    expect(key(/(火)\1/)).toBeNull();
    expect(key(/(?<x>火)/)).toBeNull();
    expect(key(/火/u)).toBeNull();
  });
});

describe('the filter', () => {
  it('lets through exactly the patterns whose key a message holds, and always the unkeyed ones', () => {
    const filter = new PatternFilter([/着火|冒烟/, /电梯[^。]{0,4}困/, /.{3}/]);
    const a = filter.candidates('楼下冒烟了');
    expect([0, 1, 2].map((i) => mayMatch(a, i))).toEqual([true, false, true]);
    const b = filter.candidates('电梯坏了 abc');
    expect(mayMatch(b, 0)).toBe(false);
    expect(mayMatch(b, 2)).toBe(true);
  });

  it('handles more than 32 patterns', () => {
    const patterns = Array.from({ length: 40 }, (_, i) => new RegExp(String.fromCharCode(0x4e00 + i)));
    const filter = new PatternFilter(patterns);
    const c = filter.candidates(String.fromCharCode(0x4e00 + 35));
    expect(patterns.map((_, i) => mayMatch(c, i)).filter(Boolean)).toHaveLength(1);
    expect(mayMatch(c, 35)).toBe(true);
  });

  it('has a key for every emergency pattern (a keyless one would run on every message: docs/intake.md)', () => {
    expect(new PatternFilter(KIND_REGEXPS).keyed).toBe(KIND_REGEXPS.length);
  });

  it('never holds back an emergency pattern that matches (every unseen labelled message)', () => {
    const dir = fileURLToPath(new URL('../fixtures/unseen/', import.meta.url));
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(dir + f, 'utf8').split('\n').filter((l) => l.trim() !== ''))
      .map((l) => normalize((JSON.parse(l) as { text: string }).text));
    expect(texts.length).toBeGreaterThan(10_000);
    const filter = new PatternFilter(KIND_REGEXPS);
    let matched = 0;
    const held: string[] = [];
    for (const t of texts) {
      const c = filter.candidates(t);
      KIND_REGEXPS.forEach((re, i) => {
        if (!re.test(t)) return;
        matched++;
        if (!mayMatch(c, i)) held.push(`${i}: ${t.slice(0, 40)}`);
      });
    }
    expect(matched).toBeGreaterThan(1000);
    expect(held).toEqual([]);
    // And the filter is worth its pass: most patterns are held back on most messages.
    let letThrough = 0;
    for (const t of texts) {
      const c = filter.candidates(t);
      for (let i = 0; i < KIND_REGEXPS.length; i++) if (mayMatch(c, i)) letThrough++;
    }
    expect(letThrough / (texts.length * KIND_REGEXPS.length)).toBeLessThan(0.25);
  });
});
