/**
 * The figures `npm run eval` and `npm run train` print for a labelled set:
 * per-field accuracy, emergency recall/precision, the intent confusion
 * matrix, and what the bot would do (actions) with the public-reply and
 * lost-report rates the issue sets goals for.
 */
import type { Decision, IntakeAction } from '../../src/core/parse/decide';
import type { Intent, ParseResult } from '../../src/core/parse';
import type { Labelled } from '../../src/intake/labelled';

export interface Scored {
  g: Labelled;
  p: ParseResult;
  d: Decision;
}

const INTENTS: Intent[] = ['report', 'question', 'chatter'];
const ACTIONS: IntakeAction[] = ['ticket', 'ask', 'triage', 'answer', 'ignore'];
const PUBLIC: ReadonlySet<IntakeAction> = new Set(['ticket', 'ask']);

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

export interface Figures {
  n: number;
  intent: number | null;
  category: number | null;
  location: number | null;
  emergencyRecall: number | null;
  emergencyPrecision: number | null;
  chatterPublic: number | null;
  reportIgnored: number | null;
  formalIgnored: number | null;
  triageShare: number | null;
  confusion: Record<Intent, Record<Intent, number>>;
  actions: Record<IntakeAction, number>;
  counts: { reports: number; chatter: number; formalReports: number; emergencies: number };
}

export function figures(rows: readonly Scored[]): Figures {
  const reports = rows.filter((r) => r.g.intent === 'report');
  const chatter = rows.filter((r) => r.g.intent === 'chatter');
  const formal = reports.filter((r) => r.g.style === 'formal');
  const withLoc = rows.filter((r) => r.g.building !== undefined);
  const same = (a: string | null | undefined, b: string | null) => (a ?? null) === b;
  const goldEm = rows.filter((r) => r.g.emergency === true);
  const predEm = rows.filter((r) => r.p.emergency);
  const confusion = Object.fromEntries(INTENTS.map((g) => [g, Object.fromEntries(INTENTS.map((p) => [p, 0]))])) as Figures['confusion'];
  for (const r of rows) confusion[r.g.intent][r.p.intent]++;
  const actions = Object.fromEntries(ACTIONS.map((a) => [a, 0])) as Figures['actions'];
  for (const r of rows) actions[r.d.action]++;
  return {
    n: rows.length,
    intent: ratio(rows.filter((r) => r.g.intent === r.p.intent).length, rows.length),
    category: ratio(reports.filter((r) => r.p.category !== null && (r.g.category ?? []).includes(r.p.category)).length, reports.length),
    location: ratio(withLoc.filter((r) => same(r.g.building, r.p.building) && same(r.g.unit, r.p.unit) && same(r.g.room, r.p.room)).length, withLoc.length),
    emergencyRecall: ratio(goldEm.filter((r) => r.p.emergency).length, goldEm.length),
    emergencyPrecision: ratio(predEm.filter((r) => r.g.emergency === true).length, predEm.length),
    chatterPublic: ratio(chatter.filter((r) => PUBLIC.has(r.d.action)).length, chatter.length),
    reportIgnored: ratio(reports.filter((r) => r.d.action === 'ignore').length, reports.length),
    formalIgnored: ratio(formal.filter((r) => r.d.action === 'ignore').length, formal.length),
    triageShare: ratio(actions.triage, rows.length),
    confusion,
    actions,
    counts: { reports: reports.length, chatter: chatter.length, formalReports: formal.length, emergencies: goldEm.length },
  };
}

const f3 = (x: number | null) => (x === null ? '—' : x.toFixed(3));
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

/** A short human-readable block. */
export function formatFigures(title: string, f: Figures): string {
  const lines = [
    `${title} (${f.n} messages: ${f.counts.reports} reports, ${f.counts.chatter} chatter, ${f.counts.formalReports} formal reports, ${f.counts.emergencies} emergencies)`,
    `  intent ${f3(f.intent)} · category ${f3(f.category)} · location ${f3(f.location)} · emergency recall ${f3(f.emergencyRecall)} precision ${f3(f.emergencyPrecision)}`,
    `  chatter→public ${pct(f.chatterPublic)} · reports→ignore ${pct(f.reportIgnored)} · formal→ignore ${pct(f.formalIgnored)} · triage ${pct(f.triageShare)}`,
    `  actions: ${ACTIONS.map((a) => `${a} ${f.actions[a]}`).join(' · ')}`,
    `  confusion (gold → predicted): ${INTENTS.map((g) => `${g}: ${INTENTS.map((p) => `${p} ${f.confusion[g][p]}`).join(' ')}`).join(' | ')}`,
  ];
  return lines.join('\n');
}
