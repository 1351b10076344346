import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { parseDuration, type Duration } from './duration';
import type { DayOverride } from './calendar';

/**
 * The SLA file (GRIDBOT_SLA_FILE, YAML): time limits per tier, the calendar,
 * quiet hours, reminder shares, the escalation ladder, extensions and the
 * report weights. Every key has a built-in default (from published hotline and
 * grid rules; see docs/sla.md), so an empty file or none at all is valid.
 */
export const TIERS = ['emergency', 'urgent', 'normal', 'question'] as const;
export type Tier = (typeof TIERS)[number];

const duration = z
  .union([z.string(), z.number()])
  .transform((v, ctx): Duration => {
    const d = parseDuration(String(v));
    if (!d) {
      ctx.addIssue({ code: 'custom', message: `「${v}」不是时长，应写成 30m、2h、5d 或 5s` });
      return z.NEVER;
    }
    return d;
  });

const escalation = z
  .object({ leader: duration.prefault('0s'), office: duration.prefault('1d'), street: duration.prefault('2d') })
  .strict();

const limit = z
  .object({
    signFor: duration,
    resolve: duration,
    /** natural: the clock runs day and night, holidays included. Default: natural for emergency/urgent. */
    clock: z.enum(['natural', 'working']).optional(),
    /** An extra early nudge while unsigned (normal tickets: 2 h). */
    nudgeAfter: duration.optional(),
    /** Offsets after a missed deadline for each rung of 督办. */
    escalate: escalation.optional(),
  })
  .strict();

const limitOverride = limit.partial().extend({ urgency: z.enum(TIERS).optional() }).strict();

const rateKeys = z.enum(['signOnTime', 'resolveRate', 'resolveOnTime', 'satisfaction']);
export type RateKey = z.infer<typeof rateKeys>;

const quietHours = z.union([
  z.literal('off'),
  z.literal(false),
  z.string().regex(/^\d{1,2}:\d{2}-\d{1,2}:\d{2}$/, '应写成 "22:00-07:30" 或 off'),
]);

const contact = z.object({ name: z.string().min(1), wecomUserId: z.string().min(1).optional() }).strict();

export const slaSchema = z
  .object({
    calendar: z.enum(['workdays', 'always']).default('workdays'),
    quietHours: quietHours.default('22:00-07:30'),
    remindAt: z
      .union([z.number().gt(0).lt(1), z.array(z.number().gt(0).lt(1)).max(5)])
      .default([0.5, 0.8])
      .transform((v) => (Array.isArray(v) ? [...v].sort((a, b) => a - b) : [v])),
    /** Reminders at or after this share are 催办 (to the assignee and the grid leader); earlier ones are nudges. */
    yellowAt: z.number().gt(0).lte(1).default(0.8),
    limits: z
      .object({
        emergency: limit.prefault({ signFor: '30m', resolve: '24h' }),
        urgent: limit.prefault({ signFor: '2h', resolve: '24h' }),
        normal: limit.prefault({ signFor: '1d', resolve: '5d', nudgeAfter: '2h' }),
        question: limit.prefault({ signFor: '1d', resolve: '2d' }),
      })
      .strict()
      .prefault({}),
    /** Category code → overrides (e.g. elevator: { urgency: urgent }). */
    categories: z.record(z.string(), limitOverride).default({}),
    extension: z.object({ maxDays: z.number().int().min(1).max(60).default(10) }).strict().prefault({}),
    /** 部门报到: a department's own limit for answering (working time), and whether the ticket's clock waits for it. */
    department: z
      .object({ resolve: duration.prefault('15d'), pauseTicketClock: z.boolean().default(false) })
      .strict()
      .prefault({}),
    /** The departments a ticket can be handed to (转部门 12 物业 …), with their contacts. */
    departments: z
      .array(
        z
          .object({
            name: z.string().trim().min(1).max(40),
            aliases: z.array(z.string().trim().min(1).max(20)).default([]),
            wecomUserIds: z.array(z.string().trim().min(1)).default([]),
            resolve: duration.optional(),
          })
          .strict(),
      )
      .default([]),
    /** The street rung of 督办 (the roster has no street staff yet). */
    street: z.array(contact).default([]),
    /** Days the calendar package does not know (or gets wrong): "2027-01-01": off, "2027-02-07": work. */
    holidays: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写成 2027-01-01'), z.enum(['work', 'off'])).default({}),
    reports: z
      .object({
        /** Weights of the quarterly score (they need not sum to 1; the score is divided by their sum). */
        weights: z.record(rateKeys, z.number().min(0)).default({ signOnTime: 20, resolveRate: 20, resolveOnTime: 30, satisfaction: 30 }),
        /** A rate below its pass mark scores 0, as published 通报 do. */
        pass: z.record(rateKeys, z.number().min(0).max(1)).default({ signOnTime: 0.9, resolveRate: 0.8, resolveOnTime: 0.8, satisfaction: 0.8 }),
        weekly: z.boolean().default(true),
        monthly: z.boolean().default(true),
        quarterly: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type SlaConfig = z.output<typeof slaSchema>;
export type TierLimit = z.output<typeof limit>;

export const DEFAULT_ESCALATION = { leader: '0s', office: '1d', street: '2d' } as const;
const NATURAL_ESCALATION = { emergency: { leader: '0s', office: '1h', street: '4h' }, urgent: { leader: '0s', office: '2h', street: '8h' } } as const;

export class SlaConfigError extends Error {}

/** Parses the SLA file's text; a bad file fails with one line naming the key. */
export function parseSlaConfig(text: string | null): SlaConfig {
  let raw: unknown;
  try {
    raw = text ? (parseYaml(text) ?? {}) : {};
  } catch (err) {
    throw new SlaConfigError(`SLA file is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  const r = slaSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new SlaConfigError(`SLA file: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}

export const DEFAULT_SLA: SlaConfig = parseSlaConfig(null);

export function calendarOverrides(cfg: SlaConfig): Record<string, DayOverride> {
  return cfg.holidays;
}

export interface ResolvedLimit {
  tier: Tier;
  signFor: Duration;
  resolve: Duration;
  natural: boolean;
  nudgeAfter: Duration | null;
  escalate: { leader: Duration; office: Duration; street: Duration };
}

/** The limits that apply to a ticket: its tier (咨询 → question), then its category's overrides. */
export function limitFor(cfg: SlaConfig, urgency: string, category: string): ResolvedLimit {
  const cat = cfg.categories[category];
  const base: Tier = cat?.urgency ?? (urgency === 'emergency' ? 'emergency' : category === 'consult' ? 'question' : urgency === 'urgent' ? 'urgent' : 'normal');
  const l = cfg.limits[base];
  const natural = (cat?.clock ?? l.clock ?? (base === 'emergency' || base === 'urgent' ? 'natural' : 'working')) === 'natural';
  const esc = cat?.escalate ?? l.escalate;
  const fallback = base === 'emergency' || base === 'urgent' ? NATURAL_ESCALATION[base] : DEFAULT_ESCALATION;
  return {
    tier: base,
    signFor: cat?.signFor ?? l.signFor,
    resolve: cat?.resolve ?? l.resolve,
    natural,
    nudgeAfter: cat?.nudgeAfter ?? l.nudgeAfter ?? null,
    escalate: esc ?? {
      leader: parseDuration(fallback.leader)!,
      office: parseDuration(fallback.office)!,
      street: parseDuration(fallback.street)!,
    },
  };
}

/** Quiet hours as minutes of the Shanghai day, or null when off. */
export function quietWindow(cfg: SlaConfig): { from: number; to: number } | null {
  if (cfg.quietHours === 'off' || cfg.quietHours === false) return null;
  const [a, b] = cfg.quietHours.split('-').map((s) => {
    const [h, m] = s.split(':').map(Number);
    return h! * 60 + m!;
  });
  return { from: a!, to: b! };
}
