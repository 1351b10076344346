/**
 * The committed model was trained on what the corpus and the rules give now.
 * The rules' readings (emergency kind, urgency, unit/room named…) and the
 * normalized text are model features: a rule change that alters any training
 * row's reading, or a corpus edit, leaves a model that `npm run train` no
 * longer reproduces, and whose head was tuned on readings the rules no
 * longer give. Then retrain (`npm run train`), check the labelled lines
 * (docs/intake.md), and commit the model with the change.
 */
import { describe, expect, it } from 'vitest';
import { TRAINING_FINGERPRINT } from '../../src/core/parse/model/intake-model.gen.mjs';
import { loadFiles, trainingFiles } from '../../scripts/intake/data';
import { viewAll } from '../../scripts/intake/pipeline';
import { trainingFingerprint } from '../../scripts/intake/fingerprint';

describe('the committed model', () => {
  it('was trained on the training rows as the rules read them now (else: npm run train)', () => {
    const { rows } = loadFiles(trainingFiles());
    expect(trainingFingerprint(viewAll(rows))).toBe(TRAINING_FINGERPRINT);
  });
});
