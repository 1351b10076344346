/**
 * Shared steps of `npm run train` and `npm run eval`: labelled rows → rule
 * views (computed once) → training samples, and a model → scored rows
 * (parse result and decision for each).
 */
import { compileTaxonomy } from '../../src/core/parse/classify';
import { decideAction, THRESHOLDS, type Thresholds } from '../../src/core/parse/decide';
import { assemble } from '../../src/core/parse/assemble';
import { DEFAULT_TAXONOMY } from '../../src/core/parse/taxonomy';
import type { LinearModel } from '../../src/core/parse/model/linear';
import { ruleView, type RuleView } from '../../src/core/parse/rules';
import type { TrainSample } from '../../src/core/parse/model/train';
import type { Labelled } from '../../src/intake/labelled';
import type { Scored } from './metrics';

export const COMPILED = compileTaxonomy(DEFAULT_TAXONOMY);
export const INTENT_LABELS = ['report', 'question', 'chatter'] as const;
export const CATEGORY_LABELS = DEFAULT_TAXONOMY.map((c) => c.code);

export interface Viewed<R extends Labelled = Labelled> {
  row: R;
  view: RuleView;
}

export function viewAll<R extends Labelled>(rows: readonly R[]): Viewed<R>[] {
  return rows.map((row) => ({ row, view: ruleView(row.text, row.groupBuilding ?? null) }));
}

export function samples(viewed: readonly Viewed[], weightOf: (r: Labelled) => number = () => 1): TrainSample[] {
  return viewed.map(({ row, view }) => ({
    normalized: view.normalized,
    signals: view.signals,
    intent: row.intent,
    categories: row.intent === 'report' ? (row.category ?? []) : [],
    emergency: row.emergency === true,
    weight: weightOf(row),
  }));
}

export function score(model: LinearModel, viewed: readonly Viewed[], faqHit = false, t: Readonly<Thresholds> = THRESHOLDS): Scored[] {
  return viewed.map(({ row, view }) => {
    const p = assemble(COMPILED, model, view, t);
    return { g: row, p, d: decideAction(p, { faqHit }) };
  });
}
