import type { z } from 'zod';
import type { NoticeTemplate } from './types';
import { maskPersonalNumbers } from '../../core/mask';
import { waterOutage } from './water-outage';
import { powerOutage } from './power-outage';
import { elevatorMaintenance } from './elevator-maintenance';
import { antiFraud } from './anti-fraud';
import { activity } from './activity';
import { policy } from './policy';

export type { NoticeTemplate } from './types';

/** Template variables that exist to publish a number (联系电话, a hotline): never masked. */
export const PUBLISHED_NUMBER_VARS: ReadonlySet<string> = new Set(['contact', 'hotline']);

/** Every notice template, in the order offices see them. */
export const NOTICE_TEMPLATES: readonly NoticeTemplate[] = [
  waterOutage,
  powerOutage,
  elevatorMaintenance,
  antiFraud,
  activity,
  policy,
] as unknown as readonly NoticeTemplate[];

export function noticeTemplate(name: string): NoticeTemplate | undefined {
  return NOTICE_TEMPLATES.find((t) => t.name === name);
}

export interface TemplateVariable {
  name: string;
  description: string;
  required: boolean;
}

/** The variables of a template as the API lists them. */
export function templateVariables(t: NoticeTemplate): TemplateVariable[] {
  return Object.entries(t.vars.shape).map(([name, schema]) => {
    const s = schema as z.ZodType;
    return { name, description: s.description ?? name, required: !s.safeParse(undefined).success };
  });
}

export type RenderResult = { ok: true; text: string } | { ok: false; reason: string };

/** Checks the variables (unknown ones are refused: a typo must not pass silently) and renders. */
export function renderNotice(t: NoticeTemplate, vars: unknown): RenderResult {
  const r = t.vars.strict().safeParse(vars ?? {});
  if (!r.success) {
    // Every problem at once: an office filling in a template fixes them in one go.
    const reasons = r.error.issues.map((issue) => {
      const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
      const msg = issue.code === 'unrecognized_keys' ? `未知变量 ${issue.keys.join(', ')}` : issue.message;
      return `${where}${msg}`;
    });
    return { ok: false, reason: reasons.join('；') };
  }
  return { ok: true, text: t.render(r.data) };
}

/**
 * What resident groups receive: the variables checked as renderNotice does,
 * then phone and ID numbers masked in every variable but the ones that
 * publish a number. `masked` says whether anything was hidden.
 */
export function renderNoticeForGroups(t: NoticeTemplate, vars: unknown): RenderResult & { masked?: boolean } {
  const plain = renderNotice(t, vars);
  if (!plain.ok) return plain;
  const masked = Object.fromEntries(
    Object.entries((vars ?? {}) as Record<string, unknown>).map(([k, v]) => [
      k,
      typeof v === 'string' && !PUBLISHED_NUMBER_VARS.has(k) ? maskPersonalNumbers(v) : v,
    ]),
  );
  const r = renderNotice(t, masked);
  return r.ok ? { ok: true, text: r.text, masked: r.text !== plain.text } : plain;
}
