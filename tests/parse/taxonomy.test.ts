import { describe, expect, it } from 'vitest';
import { createParser, DEFAULT_TAXONOMY, parse, type Category } from '../../src/core/parse';

describe('default taxonomy data', () => {
  it('has the nine issue categories with unique codes and Chinese labels', () => {
    expect(DEFAULT_TAXONOMY.map((c) => c.code)).toEqual([
      'repair', 'sanitation', 'noise', 'dispute', 'safety', 'parking', 'construction', 'assistance', 'other',
    ]);
    for (const c of DEFAULT_TAXONOMY) {
      expect(c.label).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(['grid_worker', 'grid_leader', 'office']).toContain(c.responsibleRole);
      expect(['emergency', 'urgent', 'normal']).toContain(c.defaultUrgency);
    }
  });

  it('lists each keyword once per category (a repeat would count its weight twice)', () => {
    for (const c of DEFAULT_TAXONOMY) {
      const all = Object.values(c.keywords).flat().map(String);
      expect(all.filter((k, i) => all.indexOf(k) !== i), c.code).toEqual([]);
    }
  });

  it('has no global regexes (test() would keep state between messages)', () => {
    for (const c of DEFAULT_TAXONOMY) {
      for (const terms of Object.values(c.keywords)) {
        for (const t of terms) if (t instanceof RegExp) expect(t.global || t.sticky).toBe(false);
      }
    }
  });
});

describe('a community taxonomy', () => {
  const petCategory: Category = {
    code: 'pets',
    label: '宠物管理',
    defaultUrgency: 'normal',
    responsibleRole: 'grid_worker',
    keywords: { 3: ['流浪猫', '流浪狗', /狗.{0,4}(叫|咬)/], 2: ['宠物'] },
  };
  const heatingCategory: Category = {
    code: 'heating',
    label: '供暖问题',
    defaultUrgency: 'urgent',
    responsibleRole: 'office',
    keywords: { 4: ['暖气', '供暖'], 3: ['不热'] },
  };
  const custom: Category[] = [petCategory, heatingCategory, ...DEFAULT_TAXONOMY];

  it('adds a category by adding data', () => {
    const parseCustom = createParser(custom);
    expect(parseCustom('小区里流浪猫越来越多了', { groupBuilding: '2' }).category).toBe('pets');
    expect(parse('小区里流浪猫越来越多了').category).not.toBe('pets');
  });

  it('applies the category default urgency', () => {
    const r = createParser(custom)('暖气一点都不热');
    expect(r.category).toBe('heating');
    expect(r.urgency).toBe('urgent');
  });

  it('works through parse(text, { taxonomy }) as well', () => {
    expect(parse('楼下流浪狗天天见人就追着咬 麻烦管一管', { taxonomy: custom }).category).toBe('pets');
  });

  it('falls back to "other" when the custom taxonomy has no fallback', () => {
    const r = parse('小区门口的路面塌了个大坑 麻烦来处理一下', { taxonomy: [petCategory] });
    expect(r.intent).toBe('report');
    expect(r.category).toBe('other');
  });

  it('still flags emergencies, whatever the taxonomy', () => {
    const r = parse('着火了 快来人', { taxonomy: [petCategory] });
    expect(r.emergency).toBe(true);
    expect(r.emergencyKind).toBe('fire');
  });

  it('rejects duplicate codes and global regexes', () => {
    expect(() => createParser([petCategory, petCategory])).toThrow(/duplicate/);
    expect(() =>
      createParser([{ ...petCategory, keywords: { 3: [/狗/g] } }]),
    ).toThrow(/global/);
  });
});
