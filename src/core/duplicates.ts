/**
 * The duplicate rule: a new report matches an open ticket of the same building
 * and category from the last 72 hours when the texts are similar, or when both
 * are about the same building-wide outage (lift, water, power, gas, heating):
 * ten neighbours reporting "no water" is one problem.
 */
import { normalize } from './parse/normalize';
export const DUPLICATE_WINDOW_MS = 72 * 60 * 60_000;
export const SIMILARITY_THRESHOLD = 0.34;
/** The same kind of emergency in the same building within this window is the same event. */
export const EMERGENCY_DUPLICATE_WINDOW_MS = 60 * 60_000;

export interface DuplicateCandidate {
  id: number;
  buildingId: number | null;
  category: string;
  text: string;
  unit: string | null;
  room: string | null;
  createdAt: Date;
}

export interface NewReport {
  buildingId: number | null;
  category: string;
  text: string;
  unit: string | null;
  room: string | null;
  at: Date;
}

const OUTAGES: readonly [string, RegExp][] = [
  ['lift', /电梯|电楼|升降梯/],
  ['water', /停水|没水|没有水|断水|水压|不出水|水龙头.{0,3}(?:不出|没)/],
  ['power', /停电|没电|断电|跳闸/],
  ['gas', /停气|没气|燃气.{0,2}(?:停|断)/],
  ['heating', /暖气|供暖|采暖/],
];

export function outageTopic(text: string): string | null {
  for (const [topic, re] of OUTAGES) if (re.test(text)) return topic;
  return null;
}

function bigrams(text: string): Set<string> {
  const chars = Array.from(text.replace(/[\s\p{P}\p{S}\d]/gu, ''));
  const grams = new Set<string>();
  for (let i = 0; i < chars.length - 1; i++) grams.add(chars[i]! + chars[i + 1]!);
  if (chars.length === 1) grams.add(chars[0]!);
  return grams;
}

/** Jaccard similarity over character bigrams: robust to word order and filler words. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return common / (x.size + y.size - common);
}

export function findDuplicate<T extends DuplicateCandidate>(report: NewReport, open: readonly T[]): T | null {
  if (report.buildingId === null) return null;
  // Tickets keep the resident's original words; "電梯壞了" and "电梯坏了" are
  // the same lift, so both sides are compared in normalized (simplified) form.
  const text = normalize(report.text);
  const topic = outageTopic(text);
  let best: { t: T; score: number } | null = null;
  for (const t of open) {
    if (t.buildingId !== report.buildingId || t.category !== report.category) continue;
    if (report.at.getTime() - t.createdAt.getTime() > DUPLICATE_WINDOW_MS) continue;
    const other = normalize(t.text);
    const sameOutage = topic !== null && topic === outageTopic(other);
    // Two different flats with their own problem are two tickets — unless it is the
    // building's water or power: neighbours naturally say which flat they are in.
    if (!sameOutage && report.room && t.room && report.room !== t.room) continue;
    const score = sameOutage ? 1 : similarity(text, other);
    if (score >= SIMILARITY_THRESHOLD && (!best || score > best.score)) best = { t, score };
  }
  return best?.t ?? null;
}
