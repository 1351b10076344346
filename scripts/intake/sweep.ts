/**
 * What other thresholds would cost, on out-of-fold predictions: the figures
 * behind the choice in src/core/parse/decide.ts (`npm run train -- --sweep`).
 */
import { decideWith, THRESHOLDS, type Thresholds } from '../../src/core/parse/decide';
import { figures, type Scored } from './metrics';

const pct = (x: number | null) => (x === null ? '   —' : `${(x * 100).toFixed(1).padStart(4)}%`);

export function sweep(rows: readonly Scored[]): string {
  const lines = ['threshold sweep (out-of-fold): ticket triage question questionTriage → chatter→public reports→ignore formal→ignore question→public-as-chatter triage share'];
  const candidates: Thresholds[] = [];
  for (const ticket of [0.7, 0.8, 0.85, 0.9, 0.92, 0.95, 0.97]) {
    for (const triage of [0.1, 0.15, 0.2, 0.3]) {
      for (const question of [0.7, 0.8, 0.9]) candidates.push({ ...THRESHOLDS, ticket, triage, question });
    }
  }
  for (const t of candidates) {
    const rescored = rows.map((r) => ({ ...r, d: decideWith(r.p, { faqHit: false }, t) }));
    const f = figures(rescored);
    const mark = t.ticket === THRESHOLDS.ticket && t.triage === THRESHOLDS.triage && t.question === THRESHOLDS.question ? ' ← chosen' : '';
    lines.push(
      `  ${t.ticket.toFixed(2)} ${t.triage.toFixed(2)} ${t.question.toFixed(2)} ${t.questionTriage.toFixed(2)} → ` +
        `${pct(f.chatterPublic)} ${pct(f.reportIgnored)} ${pct(f.formalIgnored)}  triage ${pct(f.triageShare)}${mark}`,
    );
  }
  return lines.join('\n');
}
