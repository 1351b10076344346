import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTask } from 'node-cron';
import { checkCron, nextCronRun } from '../../src/jobs/cron';

const next = (expr: string, after: string) => nextCronRun(expr, new Date(after))?.toISOString();

describe('nextCronRun in Asia/Shanghai', () => {
  it.each([
    // [expression, after (UTC), expected next (UTC)]
    ['0 9 * * 1', '2026-06-01T00:59:00Z', '2026-06-01T01:00:00.000Z'], // Mon 08:59 → same day 09:00
    ['0 9 * * 1', '2026-06-01T01:00:00Z', '2026-06-08T01:00:00.000Z'], // exactly at 09:00 → next week
    ['0 9 * * 1', '2026-05-31T20:00:00Z', '2026-06-01T01:00:00.000Z'], // Sunday in UTC is Monday 04:00 in Shanghai
    ['0 7 * * 1', '2026-05-31T22:30:00Z', '2026-05-31T23:00:00.000Z'], // Mon 07:00 Shanghai is Sunday 23:00 UTC
    ['30 8 1 * *', '2026-01-31T10:00:00Z', '2026-02-01T00:30:00.000Z'],
    ['0 0 29 2 *', '2026-03-01T00:00:00Z', '2028-02-28T16:00:00.000Z'], // leap day
    ['0 9 L * *', '2026-02-10T00:00:00Z', '2026-02-28T01:00:00.000Z'],
    ['0 9 * * 1#2', '2026-06-01T02:00:00Z', '2026-06-08T01:00:00.000Z'], // second Monday
    ['0 9 * * 5L', '2026-06-01T00:00:00Z', '2026-06-26T01:00:00.000Z'], // last Friday
    ['0 9 * * 7', '2026-06-01T00:00:00Z', '2026-06-07T01:00:00.000Z'], // 7 is Sunday
    ['0 9,18 * * 1-5', '2026-06-05T02:00:00Z', '2026-06-05T10:00:00.000Z'],
    ['0 9 * * mon', '2026-06-02T00:00:00Z', '2026-06-08T01:00:00.000Z'],
  ])('%s after %s → %s', (expr, after, expected) => {
    expect(next(expr, after)).toBe(expected);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('agrees with node-cron for a spread of expressions and start times', () => {
    // node-cron can only count from "now": pin its clock, compare the next five runs.
    const exprs = ['0 9 * * 1', '15 */2 * * *', '0 8 1,15 * *', '45 23 * * 0', '0 0 L * *', '0 12 * 2,8 3', '5 6 10-12 * *', '0 9 * * 2#3'];
    const starts = ['2026-01-01T00:00:00Z', '2026-03-31T15:59:30Z', '2026-12-31T16:00:00Z', '2027-02-27T23:10:00Z'];
    for (const expr of exprs) {
      const task = createTask(expr, () => {}, { timezone: 'Asia/Shanghai' });
      try {
        for (const start of starts) {
          vi.useFakeTimers({ now: new Date(start), toFake: ['Date'] });
          const theirs = task.getNextRuns(5).map((d) => d.toISOString());
          vi.useRealTimers();
          const ours: string[] = [];
          let at = new Date(start);
          for (let i = 0; i < 5; i++) {
            at = nextCronRun(expr, at)!;
            ours.push(at.toISOString());
          }
          expect(ours, `${expr} from ${start}`).toEqual(theirs);
        }
      } finally {
        void task.destroy();
      }
    }
  });

  it('checkCron wants five valid fields', () => {
    expect(checkCron('0 9 * * 1')).toEqual({ ok: true });
    expect(checkCron('0 0 9 * * 1').ok).toBe(false);
    expect(checkCron('0 25 * * *').ok).toBe(false);
    expect(checkCron('nonsense').ok).toBe(false);
  });
});
