/**
 * Quality bar from issue 3, measured on the labelled dev set. Misses are
 * printed so a failing run says what to look at.
 */
import { describe, expect, it } from 'vitest';
import { loadLabelled, missReporter, ratio } from './labelled-set';

const { gold, rows } = loadLabelled('intake-dev.jsonl');
const report = missReporter('');

describe('intake parser on the dev set', () => {
  it('has the expected size', () => {
    expect(gold.length).toBe(58);
  });

  it('intent accuracy ≥ 0.97', () => {
    const misses = rows.filter(({ g, p }) => g.intent !== p.intent);
    report('intent', misses.map(({ g, p }) => `#${g.id} ${g.text} → ${p.intent} (gold ${g.intent})`));
    const acc = ratio(rows.length - misses.length, rows.length);
    console.log(`intent accuracy ${acc.toFixed(3)}`);
    expect(acc).toBeGreaterThanOrEqual(0.97);
  });

  it('category accuracy on gold reports ≥ 0.92', () => {
    const reports = rows.filter(({ g }) => g.intent === 'report');
    const misses = reports.filter(({ g, p }) => p.category === null || !(g.category ?? []).includes(p.category));
    report('category', misses.map(({ g, p }) => `#${g.id} ${g.text} → ${p.category} (gold ${g.category?.join('|')})`));
    const acc = ratio(reports.length - misses.length, reports.length);
    console.log(`category accuracy ${acc.toFixed(3)}`);
    expect(acc).toBeGreaterThanOrEqual(0.92);
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
    console.log(`location accuracy ${acc.toFixed(3)} over ${withLoc.length}`);
    expect(acc).toBeGreaterThanOrEqual(0.97);
  });

  it('emergency recall 1.0 and precision ≥ 0.9', () => {
    const goldPos = rows.filter(({ g }) => g.emergency === true);
    const predPos = rows.filter(({ p }) => p.emergency);
    const tp = predPos.filter(({ g }) => g.emergency === true);
    report('emergency (missed)', goldPos.filter(({ p }) => !p.emergency).map(({ g }) => `#${g.id} ${g.text}`));
    report('emergency (false alarm)', predPos.filter(({ g }) => g.emergency !== true).map(({ g, p }) => `#${g.id} ${g.text} (${p.emergencyKind})`));
    const recall = ratio(tp.length, goldPos.length);
    const precision = ratio(tp.length, predPos.length);
    console.log(`emergency recall ${recall.toFixed(3)} precision ${precision.toFixed(3)}`);
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('parses no gold chatter as a report', () => {
    const bad = rows.filter(({ g, p }) => g.intent === 'chatter' && p.intent === 'report');
    report('chatter-as-report', bad.map(({ g, p }) => `#${g.id} ${g.text} → ${p.category}`));
    expect(bad).toEqual([]);
  });
});
