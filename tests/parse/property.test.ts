import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, type ParseResult } from '../../src/core/parse';

const INTENTS = ['report', 'question', 'chatter'];
const URGENCIES = ['emergency', 'urgent', 'normal'];
const KINDS = [null, 'fire', 'gas', 'medical', 'police', 'trapped', 'flood', 'electric', 'missing'];

function checkShape(r: ParseResult, input: string): void {
  expect(INTENTS).toContain(r.intent);
  expect(URGENCIES).toContain(r.urgency);
  expect(KINDS).toContain(r.emergencyKind);
  expect(typeof r.emergency).toBe('boolean');
  if (r.intent !== 'report') {
    expect(r.category).toBeNull();
    expect(r.emergency).toBe(false);
  } else {
    expect(typeof r.category).toBe('string');
  }
  if (r.emergency) expect(r.urgency).toBe('emergency');
  for (const f of [r.building, r.unit, r.room]) expect(f === null || typeof f === 'string').toBe(true);
  expect(Array.from(r.summary).length).toBeLessThanOrEqual(40);
  expect(r.original).toBe(input);
  // Output must survive a JSON round trip (no lone surrogates, no control chars).
  expect(r.normalized).not.toMatch(/[\u0000-\u001f\u007f]/);
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

// Text that looks like resident messages: digits, numerals, markers, words.
const pieces = fc.constantFrom(
  '3', '12', '五', '十二', '零', '栋', '幢', '号楼', '#', '座', 'B', '单元', '室', '楼', '-', '—', '１', '棟', '單元',
  '电梯', '坏了', '着火', '没水', '请问', '吗', '？', '收到', '谢谢', '修好了', '@', ' ', '\u2005', '👍', '[强]', '\n',
);
const messageLike = fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''));

describe('parse never throws and always returns a valid shape', () => {
  it('on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.option(fc.string({ maxLength: 5 })), (text, gb) => {
        checkShape(parse(text, { groupBuilding: gb }), text);
      }),
      { numRuns: 500 },
    );
  });

  it('on message-like strings', () => {
    fc.assert(
      fc.property(messageLike, (text) => checkShape(parse(text, { groupBuilding: '3' }), text)),
      { numRuns: 1000 },
    );
  });

  it('on control characters and lone surrogates', () => {
    const ctrl = fc.array(fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)), { maxLength: 50 });
    const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(ctrl, fc.array(surrogate, { maxLength: 5 }), (a, b) => {
        const text = [...a, '电梯坏了', ...b].join('');
        checkShape(parse(text), text);
      }),
      { numRuns: 300 },
    );
  });

  it('on very long text, quickly', () => {
    const text = '3栋2单元501电梯坏了，没人管，'.repeat(5_000) + '😀'.repeat(2_000);
    const t0 = performance.now();
    const r = parse(text, { groupBuilding: '3' });
    expect(performance.now() - t0).toBeLessThan(2_000);
    checkShape(r, text);
    expect(r.intent).toBe('report');
  });
});
