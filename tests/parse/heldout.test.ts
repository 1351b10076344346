/**
 * Regression guard on the held-out set (tests/fixtures/intake-heldout.jsonl):
 * 446 resident messages written apart from the dev set and the unit tests —
 * voice-to-text, traditional characters, Chinese numerals, question-shaped
 * reports, near-miss emergencies, ads and follow-ups. The parser was tuned
 * against these messages, so the thresholds below guard against regressions;
 * they do not measure generalization to unseen text (the dev set and new
 * batches do that). Misses are printed so a failing run says what to look at.
 */
import { describe, expect, it } from 'vitest';
import { loadLabelled, missReporter, ratio } from './labelled-set';

const { gold, rows } = loadLabelled('intake-heldout.jsonl');
const report = missReporter('held-out ');

describe('intake parser on the held-out set', () => {
  it('is well formed and covers every intent and category', () => {
    expect(gold.length).toBeGreaterThanOrEqual(300);
    expect(new Set(gold.map((g) => g.id)).size).toBe(gold.length);
    expect(new Set(gold.map((g) => g.text)).size).toBe(gold.length);
    for (const intent of ['report', 'question', 'chatter'] as const) {
      expect(gold.some((g) => g.intent === intent)).toBe(true);
    }
    const firstCategories = new Set(gold.filter((g) => g.intent === 'report').map((g) => g.category?.[0]));
    for (const code of ['repair', 'sanitation', 'noise', 'dispute', 'safety', 'parking', 'construction', 'assistance', 'other']) {
      expect(firstCategories.has(code)).toBe(true);
    }
    for (const g of gold) {
      if (g.intent === 'report') expect(g.category?.length ?? 0).toBeGreaterThan(0);
      else expect(g.emergency ?? false).toBe(false);
    }
  });

  it('intent accuracy ≥ 0.97', () => {
    const misses = rows.filter(({ g, p }) => g.intent !== p.intent);
    report('intent', misses.map(({ g, p }) => `#${g.id} ${g.text} → ${p.intent} (gold ${g.intent})`));
    const acc = ratio(rows.length - misses.length, rows.length);
    console.log(`held-out intent accuracy ${acc.toFixed(3)} over ${rows.length}`);
    expect(acc).toBeGreaterThanOrEqual(0.97);
  });

  it('category accuracy on gold reports ≥ 0.95', () => {
    const reports = rows.filter(({ g }) => g.intent === 'report');
    const misses = reports.filter(({ g, p }) => p.category === null || !(g.category ?? []).includes(p.category));
    report('category', misses.map(({ g, p }) => `#${g.id} ${g.text} → ${p.intent}/${p.category} (gold ${g.category?.join('|')})`));
    const acc = ratio(reports.length - misses.length, reports.length);
    console.log(`held-out category accuracy ${acc.toFixed(3)} over ${reports.length}`);
    expect(acc).toBeGreaterThanOrEqual(0.95);
  });

  it('exact location (building, unit, room together) ≥ 0.97', () => {
    const withLoc = rows.filter(({ g }) => 'building' in g);
    const same = (a: string | null | undefined, b: string | null) => (a ?? null) === b;
    const misses = withLoc.filter(
      ({ g, p }) => !(same(g.building, p.building) && same(g.unit, p.unit) && same(g.room, p.room)),
    );
    report(
      'location',
      misses.map(({ g, p }) => `#${g.id} ${g.text} → ${p.building}/${p.unit}/${p.room} (gold ${g.building}/${g.unit}/${g.room})`),
    );
    const acc = ratio(withLoc.length - misses.length, withLoc.length);
    console.log(`held-out location accuracy ${acc.toFixed(3)} over ${withLoc.length}`);
    expect(acc).toBeGreaterThanOrEqual(0.97);
  });

  it('emergency recall 1.0 and precision ≥ 0.95', () => {
    const goldPos = rows.filter(({ g }) => g.emergency === true);
    const predPos = rows.filter(({ p }) => p.emergency);
    const tp = predPos.filter(({ g }) => g.emergency === true);
    report('emergency (missed)', goldPos.filter(({ p }) => !p.emergency).map(({ g }) => `#${g.id} ${g.text}`));
    report(
      'emergency (false alarm)',
      predPos.filter(({ g }) => g.emergency !== true).map(({ g, p }) => `#${g.id} ${g.text} (${p.emergencyKind})`),
    );
    const recall = ratio(tp.length, goldPos.length);
    const precision = ratio(tp.length, predPos.length);
    console.log(`held-out emergency recall ${recall.toFixed(3)} precision ${precision.toFixed(3)} (${goldPos.length} gold)`);
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it('parses no gold chatter as a report', () => {
    const bad = rows.filter(({ g, p }) => g.intent === 'chatter' && p.intent === 'report');
    report('chatter-as-report', bad.map(({ g, p }) => `#${g.id} ${g.text} → ${p.category}`));
    expect(bad).toEqual([]);
  });
});
