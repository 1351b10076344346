/**
 * The labelled-message format shared by the corpus, the blind sets, `npm run
 * eval` and reviewed worker labels: what is rejected, and near-copies.
 */
import { describe, expect, it } from 'vitest';
import { dedupeKey, nearCopies, parseLabelledLines } from '../../src/intake/labelled';

const line = (o: Record<string, unknown>) => JSON.stringify(o);
const good = { id: 1, groupBuilding: '3', text: '电梯坏了', intent: 'report', category: ['repair'], emergency: false, building: '3', unit: null, room: null };

describe('parseLabelledLines', () => {
  it('keeps good lines and skips blank ones', () => {
    const r = parseLabelledLines([line(good), '', line({ text: '谢谢', intent: 'chatter', neg: 'thanks' })].join('\n'), 'x');
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(2);
    expect(r.rows[1]!.groupBuilding).toBeNull();
  });

  it.each([
    ['not JSON', '{nope', /not JSON/],
    ['an unknown intent', line({ ...good, intent: 'complaint' }), /intent/],
    ['an unknown category', line({ ...good, category: ['plumbing'] }), /category/],
    ['a report without a category', line({ ...good, category: undefined }), /needs a category/],
    ['a category on chatter', line({ text: '谢谢', intent: 'chatter', category: ['repair'] }), /only a report/],
    ['an emergency that is not a report', line({ text: '着火了吗', intent: 'question', emergency: true }), /emergency/],
    ['an empty text', line({ ...good, text: '  ' }), /empty/],
    ['an unknown style', line({ ...good, style: 'poem' }), /style/],
    ['an unknown hard-negative kind', line({ text: '谢谢', intent: 'chatter', neg: 'sarcasm' }), /neg/],
  ])('rejects %s, naming the line', (_, text, why) => {
    const r = parseLabelledLines(`${line(good)}\n${text}`, 'f.jsonl');
    expect(r.rows).toHaveLength(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^f\.jsonl:2: /);
    expect(r.errors[0]).toMatch(why);
  });
});

describe('near-copies', () => {
  it('ignores punctuation, spaces, emoji and digits in the key', () => {
    expect(dedupeKey('3单元 502 漏水了！！👍')).toBe(dedupeKey('4单元501漏水了'));
  });

  it('drops template variations and keeps different messages', () => {
    const texts = [
      '三号楼二单元的楼道灯坏了好几天了 晚上上下楼很不方便 麻烦物业来修一下',
      '三号楼四单元的楼道灯坏了好几天了 晚上上下楼很不方便 麻烦物业来修一下',
      '楼下那辆白色面包车堵着消防通道一整天了',
      '谢谢',
      '谢谢！',
      '谢谢师傅',
    ];
    const { keep, dropped } = nearCopies(texts);
    expect(keep).toEqual([0, 2, 3, 5]);
    expect(dropped).toEqual([
      { index: 1, copyOf: 0 },
      { index: 4, copyOf: 3 },
    ]);
  });
});
