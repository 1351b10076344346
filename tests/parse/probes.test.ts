/**
 * Probes (tests/fixtures/probes/): two 300-line files written on 2026-12-06 by
 * helpers who never saw the model, as corpus files, but kept out of training
 * because adding them lowered the blind sets (g–ax pooled, 11,000 messages:
 * dangers-west took precision 0.977 → 0.969 and category 0.970 → 0.968;
 * neighbours took recall 0.997 → 0.994). They stay as hard regression sets:
 * - dangers-west: 120 emergencies of central and western China told every
 *   way (a witness's view, a request for a car, labour, bites and cuts…)
 *   beside lines that only sound like one. Unseen on the rules and model of
 *   e7d1e24: emergency recall 0.925, category 0.891.
 * - neighbours: what residents say to each other, not to the office, and
 *   emergencies told casually. Unseen, on the rules written from
 *   dangers-west's misses (before its own): intent 0.973, category 0.947,
 *   recall 0.925, no chatter answered in public.
 * Their misses went into the emergency rules, so the recall floors below are
 * regression figures, not unseen ones. dangers-west's precision and chatter
 * floors were lowered when the head began re-reading long messages passage
 * by passage (decide.ts, emergencyAddPassage): it alarms on a resident still
 * shaking after "今天早上那场火" (chatter) and on a grandmother unseen all week.
 */
import { describe, expect, it } from 'vitest';
import { decideAction } from '../../src/core/parse/decide';
import { loadLabelled, measures } from './labelled-set';

const FLOORS: Record<string, { intent: number; category: number; recall: number; precision: number; chatterPublic: number }> = {
  'dangers-west': { intent: 0.96, category: 0.88, recall: 1, precision: 0.96, chatterPublic: 0.06 },
  neighbours: { intent: 0.97, category: 0.93, recall: 1, precision: 0.97, chatterPublic: 0.01 },
};

for (const [name, floor] of Object.entries(FLOORS)) {
  const { gold, rows } = loadLabelled(`probes/${name}.jsonl`);
  const m = measures(rows, `probe-${name} `);
  const action = (r: (typeof rows)[number]) => decideAction(r.p, { faqHit: false }).action;
  describe(`probe ${name}`, () => {
    it('is well formed', () => {
      expect(gold).toHaveLength(300);
    });
    it(`intent ≥ ${floor.intent}, category ≥ ${floor.category}`, () => {
      expect(m.intent()).toBeGreaterThanOrEqual(floor.intent);
      expect(m.category()).toBeGreaterThanOrEqual(floor.category);
    });
    it(`emergency recall ≥ ${floor.recall}, precision ≥ ${floor.precision}`, () => {
      expect(m.emergency().recall).toBeGreaterThanOrEqual(floor.recall);
      expect(m.emergency().precision).toBeGreaterThanOrEqual(floor.precision);
    });
    it(`chatter answered in public ≤ ${floor.chatterPublic}, no emergency ignored`, () => {
      const chatter = rows.filter((r) => r.g.intent === 'chatter');
      const publicReplies = chatter.filter((r) => ['ticket', 'ask'].includes(action(r))).length;
      expect(publicReplies / chatter.length).toBeLessThanOrEqual(floor.chatterPublic);
      expect(rows.filter((r) => r.g.emergency === true && action(r) === 'ignore')).toHaveLength(0);
    });
  });
}
