import type { AnnouncementTargets } from '../../store/schema';
import type { GroupRow } from '../../store/repos/groups';
import { noticeTemplate, renderNoticeForGroups } from '../../templates/notices';
import { maskPersonalNumbers } from '../../core/mask';
import { cronNeverRuns, unknownFields, varsWithoutTemplate } from '../../templates/announcements';
import { zodErrorsZh } from '../../templates/common';
import { checkCron, nextCronRun } from '../../jobs/cron';
import { AnnouncementError } from './errors';
import type { Actor, AnnouncementDeps } from './deps';
import { createAnnouncementInput, parseTime, type CreateAnnouncementInput } from './input';
import { isEmptyTargets, pickCommunity, resolveTargets } from './targets';
import { assertWithinGrids, ownGrids } from './scope';

/** A checked, rendered announcement, ready to be stored (or previewed in chat). */
export interface PreparedAnnouncement {
  input: CreateAnnouncementInput;
  communityId: number;
  renderedText: string;
  targets: AnnouncementTargets;
  sendAt: Date | null;
  cron: string | null;
  until: Date | null;
  maxRuns: number | null;
  firstRunAt: Date;
  groups: GroupRow[];
  targetLabels: string[];
  /** A phone or ID number in the text was masked (the preview says so). */
  maskedNumbers: boolean;
  /** Targeted buildings without a bound group (see resolveTargets). */
  unreachable: string[];
}

/** A small tolerance so "send at 09:00" posted at 09:00:20 is not refused as past. */
const PAST_TOLERANCE_MS = 60_000;
/** Recurring notices at most hourly: a cron typo must not flood every group. */
const MIN_CRON_GAP_MS = 3600_000;

/** Validates everything a create needs, without writing. Throws AnnouncementError. */
export async function prepareAnnouncement(deps: AnnouncementDeps, actor: Actor, raw: unknown): Promise<PreparedAnnouncement> {
  // First: a leader whose grids are unknown could not post whatever the body says.
  const own = await ownGrids(deps.store.db, actor);
  const parsed = createAnnouncementInput.safeParse(raw ?? {}, { error: zodErrorsZh });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    const msg = issue.code === 'unrecognized_keys' ? unknownFields(issue.keys) : issue.message;
    throw new AnnouncementError('invalid_input', { reason: `${where}${msg}` });
  }
  const input = parsed.data;
  const { db } = deps.store;
  const now = deps.now();

  if (input.text && input.template) throw new AnnouncementError('text_and_template');
  if (!input.text && !input.template) throw new AnnouncementError('no_content');
  // Notices go to resident groups: phone and ID numbers are masked as in every
  // group text, except in a template's own contact field (a number published on purpose).
  let renderedText: string;
  let maskedNumbers = false;
  if (input.template) {
    const t = noticeTemplate(input.template);
    if (!t) throw new AnnouncementError('unknown_template', { template: input.template });
    const r = renderNoticeForGroups(t, input.vars ?? {});
    if (!r.ok) throw new AnnouncementError('bad_vars', { template: t.name, reason: r.reason });
    renderedText = r.text;
    maskedNumbers = !!r.masked;
  } else {
    if (input.vars) throw new AnnouncementError('invalid_input', { reason: varsWithoutTemplate() });
    renderedText = maskPersonalNumbers(input.text!);
    maskedNumbers = renderedText !== input.text;
  }

  const targets = cleanTargets(input.targets);
  if (isEmptyTargets(targets)) throw new AnnouncementError('empty_targets');
  const communityId = await pickCommunity(db, input.community, actor.communityId);
  const { groups, labels, unreachable } = await resolveTargets(db, communityId, targets, deps.channels());
  // After resolving, so a misspelt building reads "no such building", not "not yours".
  await assertWithinGrids(db, own, communityId, targets, 'post');
  if (groups.length === 0) throw new AnnouncementError('no_groups', { targets: labels.join('、') });

  const sendAt = input.sendAt ? timeOf('sendAt', input.sendAt) : null;
  if (sendAt && sendAt.getTime() < now.getTime() - PAST_TOLERANCE_MS) {
    throw new AnnouncementError('time_in_past', { field: 'sendAt', value: input.sendAt! });
  }
  const until = input.until ? timeOf('until', input.until) : null;
  if ((until || input.maxRuns) && !input.cron) throw new AnnouncementError('until_without_cron');
  if (until && until.getTime() <= now.getTime()) throw new AnnouncementError('time_in_past', { field: 'until', value: input.until! });

  let firstRunAt: Date;
  if (input.cron) {
    const check = checkCron(input.cron);
    if (!check.ok) throw new AnnouncementError('bad_cron', { cron: input.cron, reason: check.reason ?? '' });
    const from = sendAt && sendAt > now ? new Date(sendAt.getTime() - 1) : now;
    const runs = nextRuns(input.cron, from, 6);
    if (runs.length === 0) throw new AnnouncementError('bad_cron', { cron: input.cron, reason: cronNeverRuns() });
    for (let i = 1; i < runs.length; i++) {
      if (runs[i]!.getTime() - runs[i - 1]!.getTime() < MIN_CRON_GAP_MS) {
        throw new AnnouncementError('cron_too_frequent', { cron: input.cron });
      }
    }
    firstRunAt = runs[0]!;
    if (until && until < firstRunAt) throw new AnnouncementError('until_before_first_run', { until: input.until! });
  } else {
    firstRunAt = sendAt && sendAt > now ? sendAt : now;
  }

  return {
    input,
    communityId,
    renderedText,
    targets,
    sendAt,
    cron: input.cron ?? null,
    until,
    maxRuns: input.maxRuns ?? null,
    firstRunAt,
    groups,
    targetLabels: labels,
    maskedNumbers,
    unreachable,
  };
}

function timeOf(field: string, value: string): Date {
  // A date alone is a natural way to say "until the end of that day"; a send
  // time needs the hour, and is refused with a reason that says so.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  if (dateOnly && field !== 'until') throw new AnnouncementError('bad_time', { field, value, reason: 'date_only' });
  const at = parseTime(dateOnly ? `${value.trim()}T23:59:59` : value);
  if (!at) throw new AnnouncementError('bad_time', { field, value });
  return at;
}

function nextRuns(cron: string, from: Date, n: number): Date[] {
  const out: Date[] = [];
  let at: Date | null = from;
  while (out.length < n && (at = nextCronRun(cron, at))) out.push(at);
  return out;
}

/** Keeps only what was asked for, so the stored spec reads cleanly. */
function cleanTargets(t: CreateAnnouncementInput['targets']): AnnouncementTargets {
  const out: AnnouncementTargets = {};
  if (t.all) out.all = true;
  if (t.grids?.length) out.grids = t.grids;
  if (t.buildings?.length) out.buildings = t.buildings.map(String);
  if (t.includeWorkers) out.includeWorkers = true;
  return out;
}
