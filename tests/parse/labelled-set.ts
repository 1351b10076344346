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
