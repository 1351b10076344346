/**
 * Quality bar from issue 3, measured on the labelled dev set. Misses are
 * printed so a failing run says what to look at.
 */
import { describe, expect, it } from 'vitest';
import { loadLabelled, measures } from './labelled-set';

const { gold, rows } = loadLabelled('intake-dev.jsonl');
const m = measures(rows, '');

describe('intake parser on the dev set', () => {
  it('has the expected size', () => {
    expect(gold.length).toBe(58);
  });

  it('intent accuracy ≥ 0.97', () => {
    expect(m.intent()).toBeGreaterThanOrEqual(0.97);
  });

  it('category accuracy on gold reports ≥ 0.92', () => {
    expect(m.category()).toBeGreaterThanOrEqual(0.92);
  });

  it('exact location (building, unit, room together) ≥ 0.97', () => {
    expect(m.location()).toBeGreaterThanOrEqual(0.97);
  });

  it('emergency recall 1.0 and precision ≥ 0.9', () => {
    const { recall, precision } = m.emergency();
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('parses no gold chatter as a report', () => {
    expect(m.chatterAsReport()).toEqual([]);
  });
});
