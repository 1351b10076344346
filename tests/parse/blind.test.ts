/**
 * The blind labelled sets (tests/fixtures/intake-blind-a…f.jsonl), written by
 * people who had not seen the parser. Under the keyword rules each was first
 * measured unseen (a/b: intent 0.944/0.875; c 0.867; d 0.900; e 0.908;
 * f 0.883 before the rules were generalised from it).
 *
 * Since issue 12 they are TRAINING data of the committed classifier, like
 * every labelled file: the figures guarded in the first block are its fit on
 * text it has seen (they catch a broken model file, feature or decision; they
 * do not measure unseen text). Unseen text is measured two ways:
 *  - `npm run train` prints 5-fold cross-validation by writer (each file whole
 *    in one fold), quoted in README.md and docs/intake.md;
 *  - the second block here trains a model without set f (its writer wrote no
 *    other file) and scores f as unseen. The keyword rules, whose category
 *    scores are features, were generalised from f's misses, so even this
 *    flatters a little; the bars sit well under what it reaches.
 */
import { describe, expect, it } from 'vitest';
import { MEASURED_BLIND_DIR, loadFiles, trainingFiles } from '../../scripts/intake/data';
import { figures } from '../../scripts/intake/metrics';
import { CATEGORY_LABELS, INTENT_LABELS, samples, score, viewAll } from '../../scripts/intake/pipeline';
import { DEFAULT_TRAIN_OPTIONS, train } from '../../src/core/parse/model/train';
import { DEFAULT_MODEL_HEADER } from '../../src/core/parse/model';
import { loadLabelled, measures } from './labelled-set';

const SIZES = { a: 160, b: 160, c: 150, d: 150, e: 120, f: 120 };

for (const [name, size] of Object.entries(SIZES)) {
  const { gold, rows } = loadLabelled(`intake-blind-${name}.jsonl`);
  const m = measures(rows, `blind-${name} `);
  describe(`the committed model on blind set ${name} (seen in training)`, () => {
    it('is well formed', () => {
      expect(gold).toHaveLength(size);
      expect(new Set(gold.map((g) => g.id)).size).toBe(size);
    });
    it('intent ≥ 0.97, category ≥ 0.95, location ≥ 0.98', () => {
      expect(m.intent()).toBeGreaterThanOrEqual(0.97);
      expect(m.category()).toBeGreaterThanOrEqual(0.95);
      expect(m.location()).toBeGreaterThanOrEqual(0.98);
    });
    it('emergency recall 1.0, precision ≥ 0.95', () => {
      const { recall, precision } = m.emergency();
      expect(recall).toBe(1);
      expect(precision).toBeGreaterThanOrEqual(0.95);
    });
    it('no chatter parsed as a report', () => {
      expect(m.chatterAsReport()).toEqual([]);
    });
  });
}

describe('a model that never saw set f, on set f', () => {
  it('reaches intent ≥ 0.9 and category ≥ 0.85 on unseen text, and never ignores an emergency', () => {
    // The corpus without the measured blind sets: the question is whether training carries to a set it never
    // saw, and 12,000 messages answer it in a fifth of the time 30,000 take.
    const loaded = loadFiles(trainingFiles().filter((f) => !f.startsWith(MEASURED_BLIND_DIR)));
    const viewed = viewAll(loaded.rows);
    const trainPart = viewed.filter((v) => v.row.source !== 'intake-blind-f');
    const f = viewed.filter((v) => v.row.source === 'intake-blind-f');
    const model = train(samples(trainPart), INTENT_LABELS, CATEGORY_LABELS, DEFAULT_TRAIN_OPTIONS);
    model.temperature = DEFAULT_MODEL_HEADER.temperature;
    const fig = figures(score(model, f));
    console.log(`blind-f unseen: intent ${fig.intent} category ${fig.category} emergency recall ${fig.emergencyRecall}`);
    expect(fig.n).toBeGreaterThanOrEqual(110);
    expect(fig.intent).toBeGreaterThanOrEqual(0.9);
    expect(fig.category).toBeGreaterThanOrEqual(0.85);
    expect(score(model, f).filter((s) => s.g.emergency === true && s.d.action === 'ignore')).toEqual([]);
    // A whole training run: about 12 s alone on two cores, more beside the rest of the suite.
  }, 90_000);
});
