/**
 * The supervision figures (一周一督查、一月一通报、一季一排名), in one place.
 * Pure: the caller passes one `TicketFacts` per ticket, derived from the event
 * log (see src/services/sla/report-facts.ts), and the period. Every formula
 * here is written out in docs/sla.md; change both together.
 *
 * A ticket counts in the period its deadline falls in (as monthly 通报 do):
 *   due to be signed   = sign-for deadline in the period, already passed;
 *   due to be resolved = resolve deadline in the period, already passed,
 *                        not 退回 (a rejected request is not a failure to resolve).
 * 受理数 counts tickets opened in the period.
 */
export interface TicketFacts {
  id: number;
  createdAt: Date;
  signDueAt: Date | null;
  resolveDueAt: Date | null;
  /** First claim / note / resolution since the current plan started. */
  signedAt: Date | null;
  /** Resolution since the current plan started (null: not resolved, or reopened since). */
  resolvedAt: Date | null;
  rejected: boolean;
  reopened: boolean;
  extended: boolean;
  /** The latest rating (any rater), or null. */
  rating: string | null;
  /** Still being worked at report time and past a deadline. */
  overdueNow: boolean;
  /** Overdue for at least five working days at report time (named in the 通报). */
  longOverdue: boolean;
  /** Working milliseconds from opening to signing / to resolution (null when not yet). */
  firstResponseMs: number | null;
  resolutionMs: number | null;
  /** 转部门: the department's deadline and first answer (absent when never handed). */
  deptDueAt?: Date | null;
  deptAnsweredAt?: Date | null;
}

export const SATISFIED_RATINGS = ['满意', '非常满意'];

export interface Figures {
  received: number;
  dueSign: number;
  signedOnTime: number;
  dueResolve: number;
  resolved: number;
  resolvedOnTime: number;
  rated: number;
  satisfied: number;
  reopened: number;
  extended: number;
  rejected: number;
  overdueNow: number;
  longOverdue: number[];
  /** 及时签收率 = signedOnTime / dueSign */
  signOnTime: number | null;
  /** 办结率 = resolved / dueResolve */
  resolveRate: number | null;
  /** 按时办结率 = resolvedOnTime / dueResolve */
  resolveOnTime: number | null;
  /** 满意率 = satisfied / rated */
  satisfaction: number | null;
  /** 回访率 = rated / resolved */
  followUpRate: number | null;
  /** 重办率 = reopened / resolved */
  redoRate: number | null;
  /** 延期率 = extended / dueResolve */
  extensionRate: number | null;
  /** 回退率 = rejected / (dueResolve + rejected) */
  rejectRate: number | null;
  /** Working hours, over the tickets due to be signed (first response) / resolved (resolution). */
  firstResponseHours: { median: number | null; p90: number | null };
  resolutionHours: { median: number | null; p90: number | null };
  /** 部门: handed tickets whose department deadline fell in the period (and passed), answered by then. */
  dueDept: number;
  deptAnsweredOnTime: number;
  /** 部门按时响应率 = deptAnsweredOnTime / dueDept */
  deptOnTime: number | null;
}

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);
/**
 * In [start, end), on epoch numbers: a report runs this over every ticket for
 * every row it has (total, each grid, worker, department), and comparing Date
 * objects directly goes through valueOf each time (measured: most of a
 * 450,000-ticket report's JS).
 */
const inPeriod = (d: Date | null | undefined, start: number, end: number) => {
  if (!d) return false;
  const t = d.getTime();
  return t >= start && t < end;
};

/** Nearest-rank percentile (p in 0..1) of working milliseconds, as hours with 2 decimals. */
export function percentileHours(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return Math.round((sorted[rank - 1]! / 3_600_000) * 100) / 100;
}

export function computeFigures(facts: TicketFacts[], start: Date, end: Date, now: Date): Figures {
  const from = start.getTime();
  const to = end.getTime();
  const until = Math.min(to, now.getTime());
  const received = facts.filter((f) => inPeriod(f.createdAt, from, to)).length;
  const signSet = facts.filter((f) => !f.rejected && inPeriod(f.signDueAt, from, until));
  const resolveSet = facts.filter((f) => !f.rejected && inPeriod(f.resolveDueAt, from, until));
  const rejected = facts.filter((f) => f.rejected && inPeriod(f.resolveDueAt, from, to)).length;
  const signedOnTime = signSet.filter((f) => f.signedAt && f.signedAt.getTime() <= f.signDueAt!.getTime()).length;
  const resolvedList = resolveSet.filter((f) => f.resolvedAt);
  const resolvedOnTime = resolvedList.filter((f) => f.resolvedAt!.getTime() <= f.resolveDueAt!.getTime()).length;
  const ratedList = resolvedList.filter((f) => f.rating);
  const satisfied = ratedList.filter((f) => SATISFIED_RATINGS.includes(f.rating!)).length;
  const reopened = resolvedList.filter((f) => f.reopened).length;
  const extended = resolveSet.filter((f) => f.extended).length;
  const first = signSet.map((f) => f.firstResponseMs).filter((x): x is number => x !== null);
  const deptSet = facts.filter((f) => inPeriod(f.deptDueAt, from, until));
  const deptOnTime = deptSet.filter((f) => f.deptAnsweredAt && f.deptAnsweredAt.getTime() <= f.deptDueAt!.getTime()).length;
  const resolution = resolvedList.map((f) => f.resolutionMs).filter((x): x is number => x !== null);
  return {
    received,
    dueSign: signSet.length,
    signedOnTime,
    dueResolve: resolveSet.length,
    resolved: resolvedList.length,
    resolvedOnTime,
    rated: ratedList.length,
    satisfied,
    reopened,
    extended,
    rejected,
    overdueNow: facts.filter((f) => f.overdueNow).length,
    longOverdue: facts.filter((f) => f.longOverdue).map((f) => f.id),
    signOnTime: rate(signedOnTime, signSet.length),
    resolveRate: rate(resolvedList.length, resolveSet.length),
    resolveOnTime: rate(resolvedOnTime, resolveSet.length),
    satisfaction: rate(satisfied, ratedList.length),
    followUpRate: rate(ratedList.length, resolvedList.length),
    redoRate: rate(reopened, resolvedList.length),
    extensionRate: rate(extended, resolveSet.length),
    rejectRate: rate(rejected, resolveSet.length + rejected),
    firstResponseHours: { median: percentileHours(first, 0.5), p90: percentileHours(first, 0.9) },
    resolutionHours: { median: percentileHours(resolution, 0.5), p90: percentileHours(resolution, 0.9) },
    dueDept: deptSet.length,
    deptAnsweredOnTime: deptOnTime,
    deptOnTime: rate(deptOnTime, deptSet.length),
  };
}

export type RateKey = 'signOnTime' | 'resolveRate' | 'resolveOnTime' | 'satisfaction';

/**
 * Quarterly 排名 score, 0..100: Σ weight × rate / Σ weight × 100, where a rate
 * below its pass mark counts 0 and a rate with nothing to measure (null)
 * counts full (nothing was due, nothing was missed). Two decimals.
 */
export function score(f: Figures, weights: Partial<Record<RateKey, number>>, pass: Partial<Record<RateKey, number>>): number {
  let sum = 0;
  let total = 0;
  for (const [k, w] of Object.entries(weights) as [RateKey, number][]) {
    if (!w) continue;
    const r = f[k];
    const value = r === null ? 1 : r < (pass[k] ?? 0) ? 0 : r;
    sum += w * value;
    total += w;
  }
  return total ? Math.round((sum / total) * 10_000) / 100 : 0;
}
