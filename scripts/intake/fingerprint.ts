/**
 * What the committed model was trained on, as one hash: every training row's
 * text and labels, and what the rules read in it (the normalized text and
 * the rule signals are model features). `npm run train` writes it into the
 * model module; tests/parse/model-fresh.test.ts recomputes it, so a change to
 * the rules or the corpus that alters any training row's features fails until
 * the model is trained again (otherwise `npm run train` would quietly no longer
 * give the committed model).
 */
import { createHash } from 'node:crypto';
import type { Viewed } from './pipeline';

export function trainingFingerprint(viewed: readonly Viewed[]): string {
  const hash = createHash('sha256');
  for (const { row, view } of viewed) {
    hash.update(JSON.stringify([row.text, row.intent, row.category ?? null, row.emergency === true, view.normalized, view.signals]));
    hash.update('\n');
  }
  return hash.digest('hex');
}
