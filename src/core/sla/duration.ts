/**
 * Durations as the SLA file writes them: `30m`, `2h`, `5d`, `5s`. Days on a
 * working-time clock are working days (a deadline of `5d` falls at 24:00 of
 * the fifth working day after the start day); on natural time a day is 24 h.
 */
export type DurationUnit = 's' | 'm' | 'h' | 'd';
export interface Duration {
  amount: number;
  unit: DurationUnit;
}

const UNIT_MS: Record<DurationUnit, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export const DURATION_PATTERN = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)\s*$/i;

export function parseDuration(text: string): Duration | null {
  const m = DURATION_PATTERN.exec(text);
  if (!m) return null;
  const amount = Number(m[1]);
  if (!Number.isFinite(amount) || amount < 0) return null;
  return { amount, unit: m[2]!.toLowerCase() as DurationUnit };
}

/** The length in milliseconds on natural time (a day = 24 h). */
export function durationMs(d: Duration): number {
  return Math.round(d.amount * UNIT_MS[d.unit]);
}

export function formatDuration(d: Duration): string {
  return `${d.amount}${d.unit}`;
}
