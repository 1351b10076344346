import { describe, expect, it } from 'vitest';
import { addDuration, createCalendar, calendarCoversYear, workingMsBetween } from '../../src/core/sla/calendar';
import { parseDuration } from '../../src/core/sla/duration';
import { DEFAULT_SLA, limitFor, parseSlaConfig } from '../../src/core/sla/config';
import { ladderSteps, planDeadlines, quietUntil } from '../../src/core/sla/ladder';
import { quietWindow } from '../../src/core/sla/config';
import { fmtDue } from '../../src/templates/sla';
import { sh } from './support';

const cal = createCalendar('workdays');
const d = (s: string) => parseDuration(s)!;

describe('working-time calendar (chinese-days + overrides)', () => {
  it('skips the National Day holiday and counts the 调休 Saturday as a working day', () => {
    // 2026: 10-01..10-07 off, Saturday 10-10 is a make-up working day, Sunday 10-11 is off.
    expect(cal.isWorkday('2026-10-03')).toBe(false);
    expect(cal.isWorkday('2026-10-10')).toBe(true);
    expect(cal.isWorkday('2026-10-11')).toBe(false);
    const opened = sh('2026-09-30 10:00');
    expect(fmtDue(addDuration(opened, d('1d'), cal, false))).toBe('10-08 24:00');
    // 10-08, 10-09, 10-10 (调休), 10-12, 10-13.
    expect(fmtDue(addDuration(opened, d('5d'), cal, false))).toBe('10-13 24:00');
  });

  it('a deadline of N working days falls at 24:00 of the Nth working day after the start day', () => {
    expect(fmtDue(addDuration(sh('2026-12-04 16:00'), d('1d'), cal, false))).toBe('12-07 24:00'); // Friday → Monday
    expect(fmtDue(addDuration(sh('2026-12-07 09:00'), d('5d'), cal, false))).toBe('12-14 24:00');
  });

  it('hours on working time stand still over a weekend; natural time does not', () => {
    expect(addDuration(sh('2026-12-04 23:00'), d('2h'), cal, false)).toEqual(sh('2026-12-07 01:00'));
    expect(addDuration(sh('2026-12-04 23:00'), d('2h'), cal, true)).toEqual(sh('2026-12-05 01:00'));
    expect(workingMsBetween(sh('2026-12-04 12:00'), sh('2026-12-07 12:00'), cal)).toBe(24 * 3_600_000);
  });

  it('the SLA file overrides days the package does not know, and `always` ignores holidays', () => {
    expect(calendarCoversYear(2026)).toBe(true);
    expect(calendarCoversYear(2031)).toBe(false);
    const o = createCalendar('workdays', { '2027-01-04': 'off', '2027-01-09': 'work' });
    expect(o.isWorkday('2027-01-04')).toBe(false); // a Monday declared off
    expect(o.isWorkday('2027-01-09')).toBe(true); // a Saturday declared a make-up day
    const always = createCalendar('always');
    expect(always.isWorkday('2026-10-01')).toBe(true);
    expect(addDuration(sh('2026-10-01 08:00'), d('5d'), always, false)).toEqual(sh('2026-10-06 08:00'));
  });
});

describe('SLA file', () => {
  it('has built-in defaults from the published rules', () => {
    expect(limitFor(DEFAULT_SLA, 'emergency', 'safety')).toMatchObject({ tier: 'emergency', natural: true, signFor: d('30m'), resolve: d('24h') });
    expect(limitFor(DEFAULT_SLA, 'urgent', 'repair')).toMatchObject({ tier: 'urgent', natural: true, signFor: d('2h') });
    expect(limitFor(DEFAULT_SLA, 'normal', 'repair')).toMatchObject({ tier: 'normal', natural: false, resolve: d('5d'), nudgeAfter: d('2h') });
    expect(limitFor(DEFAULT_SLA, 'normal', 'consult')).toMatchObject({ tier: 'question', resolve: d('2d') });
  });

  it('reads seconds, a single reminder share and category overrides; bad values fail with one line naming the key', () => {
    const c = parseSlaConfig('calendar: always\nquietHours: off\nremindAt: 0.8\nlimits:\n  normal: { signFor: 5s, resolve: 20s }\ncategories:\n  repair: { urgency: urgent }\n');
    expect(c.remindAt).toEqual([0.8]);
    expect(limitFor(c, 'normal', 'repair').tier).toBe('urgent');
    expect(limitFor(c, 'normal', 'noise').signFor).toEqual(d('5s'));
    expect(() => parseSlaConfig('limits:\n  normal: { signFor: soon, resolve: 5d }')).toThrow(/^SLA file: limits\.normal\.signFor: /);
    expect(() => parseSlaConfig('quietHours: late')).toThrow(/quietHours/);
    expect(() => parseSlaConfig('remindAt: [1.5]')).toThrow(/remindAt/);
  });

  it('quiet hours cross midnight and end in the morning', () => {
    const w = quietWindow(DEFAULT_SLA);
    expect(quietUntil(sh('2026-12-07 23:10'), w)).toEqual(sh('2026-12-08 07:30'));
    expect(quietUntil(sh('2026-12-08 03:00'), w)).toEqual(sh('2026-12-08 07:30'));
    expect(quietUntil(sh('2026-12-08 07:30'), w)).toBeNull();
    expect(quietUntil(sh('2026-12-08 21:59'), w)).toBeNull();
  });

  it('a ladder runs a whole day in seconds when the file says so', () => {
    const c = parseSlaConfig('calendar: always\nremindAt: [0.5, 0.8]\nlimits:\n  normal: { signFor: 10s, resolve: 20s, escalate: { leader: 0s, office: 5s, street: 10s } }\n');
    const lim = limitFor(c, 'normal', 'repair');
    const start = sh('2026-12-07 09:00');
    const cl = createCalendar('always');
    const due = planDeadlines(start, lim, cl);
    const steps = ladderSteps({ plannedAt: start, ...due }, lim, c, cl);
    const at = (i: number) => (steps[i]!.at.getTime() - start.getTime()) / 1000;
    expect(steps.map((s) => `${s.clock}:${s.kind}`).slice(0, 5)).toEqual(['sign:nudge', 'sign:urge', 'sign:overdue', 'resolve:nudge', 'sign:overdue']);
    expect([at(0), at(1), at(2), at(3)]).toEqual([5, 8, 10, 10]);
    expect(steps.at(-1)!.at.getTime() - start.getTime()).toBe(30_000);
  });
});
