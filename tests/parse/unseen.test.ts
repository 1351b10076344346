/**
 * Blind sets g and h (tests/fixtures/unseen/), 250 messages each, written by
 * two helpers who never saw the model, after it was trained, and kept out of
 * training (scripts/intake/data.ts reads only tests/fixtures/intake-*.jsonl
 * and tests/fixtures/corpus/). Measured once unseen with `npm run eval`, then
 * kept here as a regression guard; the figures are in README.md. Set h's one
 * missed emergency (voice fillers inside "掉到那个水池子里" / "叫那个救护车")
 * led to two wider emergency patterns, so h's emergency recall is no longer an
 * unseen figure.
 */
import { describe, expect, it } from 'vitest';
import { decideAction } from '../../src/core/parse/decide';
import { loadLabelled, measures } from './labelled-set';

for (const name of ['g', 'h']) {
  const { gold, rows } = loadLabelled(`unseen/blind-${name}.jsonl`);
  const m = measures(rows, `unseen-${name} `);
  const action = (r: (typeof rows)[number]) => decideAction(r.p, { faqHit: false }).action;
  const share = (pick: typeof rows, pred: (r: (typeof rows)[number]) => boolean) => pick.filter(pred).length / pick.length;
  describe(`blind set ${name}, never trained on`, () => {
    it('is well formed', () => {
      expect(gold).toHaveLength(250);
      expect(new Set(gold.map((g) => g.id)).size).toBe(250);
    });
    it('intent ≥ 0.95, category ≥ 0.95, location ≥ 0.97', () => {
      expect(m.intent()).toBeGreaterThanOrEqual(0.95);
      expect(m.category()).toBeGreaterThanOrEqual(0.95);
      expect(m.location()).toBeGreaterThanOrEqual(0.97);
    });
    it('emergency recall 1.0', () => {
      expect(m.emergency().recall).toBe(1);
    });
    it('chatter gets a public reply ≤ 2%, reports are never ignored, formal complaints never ignored', () => {
      const chatter = rows.filter((r) => r.g.intent === 'chatter');
      const reports = rows.filter((r) => r.g.intent === 'report');
      const formal = reports.filter((r) => (r.g as { style?: string }).style === 'formal');
      expect(share(chatter, (r) => action(r) === 'ticket' || action(r) === 'ask')).toBeLessThanOrEqual(0.02);
      expect(share(reports, (r) => action(r) === 'ignore')).toBe(0);
      expect(formal.length).toBeGreaterThan(20);
      expect(share(formal, (r) => action(r) === 'ignore')).toBe(0);
    });
  });
}
