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
import { loadLabelled, measures } from './labelled-set';

const { gold, rows } = loadLabelled('intake-heldout.jsonl');
const m = measures(rows, 'held-out ');

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
    expect(m.intent()).toBeGreaterThanOrEqual(0.97);
  });

  it('category accuracy on gold reports ≥ 0.95', () => {
    expect(m.category()).toBeGreaterThanOrEqual(0.95);
  });

  it('exact location (building, unit, room together) ≥ 0.97', () => {
    expect(m.location()).toBeGreaterThanOrEqual(0.97);
  });

  it('emergency recall 1.0 and precision ≥ 0.95', () => {
    const { recall, precision } = m.emergency();
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it('parses no gold chatter as a report', () => {
    expect(m.chatterAsReport()).toEqual([]);
  });
});
