/**
 * Blind labelled sets (tests/fixtures/intake-blind-*.jsonl), written by people
 * who had not seen the parser.
 *
 * a and b (160 messages each), before any rule was changed for them:
 *   a: intent 0.944, category 0.905, location 0.947, emergency recall 0.857, precision 0.900
 *   b: intent 0.875, category 0.811, location 0.968, emergency recall 1.000, precision 1.000
 * Rules were then generalised from their misses (tests/parse/generalization.test.ts).
 *
 * c (150 messages) was written after that and measured unseen:
 *   intent 0.867, category 0.811, location 0.989, emergency recall 0.800, precision 0.842
 * Its four missed emergencies and three false alarms were fixed first (danger
 * to life must not wait), then its other misses generalised like a and b.
 *
 * d (150 messages) was written after two rounds on a-c and measured unseen:
 *   before today's changes: intent 0.900, category 0.767, location 0.944, emergency recall 0.850, precision 0.850
 *   after two rounds:       intent 0.913, category 0.822, location 0.978, emergency recall 0.900, precision 0.857
 * then generalised from (round three).
 *
 * e (120 messages) was written after round three and measured unseen:
 *   before today's changes: intent 0.908, category 0.819, location 0.958, emergency recall 0.875, precision 0.824
 *   after three rounds:     intent 0.925, category 0.861, location 1.000, emergency recall 0.938, precision 0.882
 * Its emergency misses were fixed first (a person locked in a room; a past
 * injury and a 人行道 read as emergencies), then its other misses (round four).
 *
 * f (120 messages) was written after round four and measured unseen:
 *   before today's changes: intent 0.883, category 0.833, location 0.944, emergency recall 0.733, precision 0.917
 *   after four rounds:      intent 0.925, category 0.875, location 0.972, emergency recall 0.800, precision 0.923
 * then generalised from (round five). Its two remaining missed "emergencies"
 * are loose objects about to fall, which the other sets label as not urgent;
 * the definition does not list them. No unseen set is left.
 *
 * The thresholds guard against regressions.
 */
import { describe, expect, it } from 'vitest';
import { loadLabelled, measures } from './labelled-set';

const BARS = {
  a: { size: 160, intent: 0.95, category: 0.93, location: 0.98, precision: 0.9, chatterAsReport: 1 },
  b: { size: 160, intent: 0.95, category: 0.93, location: 0.98, precision: 0.9, chatterAsReport: 1 },
  c: { size: 150, intent: 0.95, category: 0.93, location: 0.98, precision: 0.9, chatterAsReport: 1 },
  d: { size: 150, intent: 0.94, category: 0.85, location: 0.98, precision: 0.9, chatterAsReport: 1 },
  e: { size: 120, intent: 0.95, category: 0.9, location: 0.98, precision: 0.9, chatterAsReport: 1 },
  f: { size: 120, intent: 0.95, category: 0.93, location: 0.98, precision: 0.9, chatterAsReport: 1, recall: 0.85 },
};

for (const [name, bar] of Object.entries(BARS)) {
  const { gold, rows } = loadLabelled(`intake-blind-${name}.jsonl`);
  const m = measures(rows, `blind-${name} `);
  describe(`intake parser on blind set ${name}`, () => {
    it('is well formed', () => {
      expect(gold).toHaveLength(bar.size);
      expect(new Set(gold.map((g) => g.id)).size).toBe(bar.size);
    });
    it(`intent ≥ ${bar.intent}, category ≥ ${bar.category}, location ≥ ${bar.location}`, () => {
      expect(m.intent()).toBeGreaterThanOrEqual(bar.intent);
      expect(m.category()).toBeGreaterThanOrEqual(bar.category);
      expect(m.location()).toBeGreaterThanOrEqual(bar.location);
    });
    const recallBar = 'recall' in bar ? bar.recall : 1;
    it(`emergency recall ≥ ${recallBar}, precision ≥ ${bar.precision}`, () => {
      const { recall, precision } = m.emergency();
      expect(recall).toBeGreaterThanOrEqual(recallBar);
      expect(precision).toBeGreaterThanOrEqual(bar.precision);
    });
    it(`at most ${bar.chatterAsReport} chatter parsed as a report`, () => {
      expect(m.chatterAsReport().length).toBeLessThanOrEqual(bar.chatterAsReport);
    });
  });
}
