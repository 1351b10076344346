/**
 * Loads a labelled intake set (tests/fixtures/*.jsonl, the dev set's format)
 * and runs the parser over it; shared by the dev-set and held-out tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type ParseResult } from '../../src/core/parse';

export interface Gold {
  id: number;
  groupBuilding: string | null;
  text: string;
  intent: ParseResult['intent'];
  /** Acceptable categories for a report. */
  category?: string[];
  emergency?: boolean;
  building?: string | null;
  unit?: string | null;
  room?: string | null;
}

export function loadLabelled(fixture: string): { gold: Gold[]; rows: { g: Gold; p: ParseResult }[] } {
  const file = fileURLToPath(new URL(`../fixtures/${fixture}`, import.meta.url));
  const gold = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Gold);
  return { gold, rows: gold.map((g) => ({ g, p: parse(g.text, { groupBuilding: g.groupBuilding }) })) };
}

export function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

/** Prints the misses of one measure, so a failing run says what to look at. */
export function missReporter(prefix: string) {
  return (title: string, misses: string[]): void => {
    if (misses.length > 0) console.log(`${prefix}${title} misses:\n  ${misses.join('\n  ')}`);
  };
}

type Row = { g: Gold; p: ParseResult };

/**
 * The issue-3 measures over a labelled set. Each prints its misses and its
 * figure (prefixed, e.g. "held-out "), and returns the figure; the tests
 * keep their own thresholds.
 */
export function measures(rows: Row[], prefix = '') {
  const report = missReporter(prefix);
  const line = (s: string) => console.log(`${prefix}${s}`);
  return {
    intent(): number {
      const misses = rows.filter(({ g, p }) => g.intent !== p.intent);
      report('intent', misses.map(({ g, p }) => `#${g.id} ${g.text} → ${p.intent} (gold ${g.intent})`));
      const acc = ratio(rows.length - misses.length, rows.length);
      line(`intent accuracy ${acc.toFixed(3)} over ${rows.length}`);
      return acc;
    },
    category(): number {
      const reports = rows.filter(({ g }) => g.intent === 'report');
      const misses = reports.filter(({ g, p }) => p.category === null || !(g.category ?? []).includes(p.category));
      report('category', misses.map(({ g, p }) => `#${g.id} ${g.text} → ${p.intent}/${p.category} (gold ${g.category?.join('|')})`));
      const acc = ratio(reports.length - misses.length, reports.length);
      line(`category accuracy ${acc.toFixed(3)} over ${reports.length}`);
      return acc;
    },
    location(): number {
      const withLoc = rows.filter(({ g }) => 'building' in g);
      const same = (a: string | null | undefined, b: string | null) => (a ?? null) === b;
      const misses = withLoc.filter(({ g, p }) => !(same(g.building, p.building) && same(g.unit, p.unit) && same(g.room, p.room)));
      report(
        'location',
        misses.map(({ g, p }) => `#${g.id} ${g.text} → ${p.building}/${p.unit}/${p.room} (gold ${g.building}/${g.unit}/${g.room})`),
      );
      const acc = ratio(withLoc.length - misses.length, withLoc.length);
      line(`location accuracy ${acc.toFixed(3)} over ${withLoc.length}`);
      return acc;
    },
    emergency(): { recall: number; precision: number } {
      const goldPos = rows.filter(({ g }) => g.emergency === true);
      const predPos = rows.filter(({ p }) => p.emergency);
      const tp = predPos.filter(({ g }) => g.emergency === true);
      report('emergency (missed)', goldPos.filter(({ p }) => !p.emergency).map(({ g }) => `#${g.id} ${g.text}`));
      report(
        'emergency (false alarm)',
        predPos.filter(({ g }) => g.emergency !== true).map(({ g, p }) => `#${g.id} ${g.text} (${p.emergencyKind})`),
      );
      const recall = ratio(tp.length, goldPos.length);
      const precision = ratio(tp.length, predPos.length);
      line(`emergency recall ${recall.toFixed(3)} precision ${precision.toFixed(3)} (${goldPos.length} gold)`);
      return { recall, precision };
    },
    /** Gold chatter the parser took for a report (must be none). */
    chatterAsReport(): Row[] {
      const bad = rows.filter(({ g, p }) => g.intent === 'chatter' && p.intent === 'report');
      report('chatter-as-report', bad.map(({ g, p }) => `#${g.id} ${g.text} → ${p.category}`));
      return bad;
    },
  };
}

/**
 * Hand-written sentence lists under a trained model: the parser is measured,
 * not programmed, so a list must be mostly right (`bar`) rather than right
 * line by line; the misses are printed so a failing run says what to look at.
 * Rules-only properties (emergencies, location, normalisation) keep their
 * line-by-line tests.
 */
export function expectMostly<T>(cases: readonly T[], ok: (c: T) => boolean, show: (c: T) => string, bar: number): void {
  const misses = cases.filter((c) => {
    try {
      return !ok(c);
    } catch {
      return true;
    }
  });
  if (misses.length > 0) console.log(`misses (${misses.length}/${cases.length}):\n  ${misses.map(show).join('\n  ')}`);
  const share = (cases.length - misses.length) / cases.length;
  if (share < bar) throw new Error(`${share.toFixed(3)} right, below ${bar}: ${misses.map(show).join('; ')}`);
}
