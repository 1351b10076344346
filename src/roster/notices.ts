import type { Store } from '../store/db';
import { personById } from '../store/repos/people';
import { ticketById } from '../store/repos/tickets';
import { notifyPerson, personDestination, type Destination } from '../services/notify';
import { viewOf } from '../services/tickets/view';
import * as rt from '../templates/roster';
import type { Change, Plan, StaffRef } from './plan';

/**
 * Telling the people an import hands tickets to. One direct message per new
 * assignee lists every ticket they received (not one per ticket), addressed
 * by the same rule as the ticket services' messages (personDestination).
 */
export interface ReassignNotice {
  /** The new assignee, as named in the roster. */
  to: string;
  tickets: number[];
  text: string;
  /** Where the message goes (a dry run: would go); null when the bot knows no way to reach this person. */
  via: Destination | null;
}

export interface NoticeCtx {
  store: Store;
  now: () => Date;
  /** The channels the running bot sends on. */
  channels: ReadonlySet<string>;
}

/** Sends of this kind in the outbox, for tracing and the review report. */
export const NOTICE_REF = 'roster:reassign';

type Reassign = Extract<Change, { kind: 'reassign-tickets' }>;

const refKey = (ref: StaffRef) => ('id' in ref ? `id:${ref.id}` : `new:${ref.community}\u0000${ref.name}`);

/**
 * The messages a plan calls for, worked out before it is applied (the moved
 * tickets' category, place and summary do not change). `via` is where the
 * message would go once the plan is in: a WeCom account the same import sets
 * counts, and someone the import adds can be reached only that way.
 */
export async function planNotices(ctx: NoticeCtx, plan: Plan): Promise<ReassignNotice[]> {
  const byTarget = new Map<string, Reassign[]>();
  for (const c of plan.changes) {
    if (c.kind !== 'reassign-tickets') continue;
    const k = refKey(c.to);
    byTarget.set(k, [...(byTarget.get(k) ?? []), c]);
  }
  const notices: ReassignNotice[] = [];
  for (const moves of byTarget.values()) {
    const ids = moves.flatMap((c) => c.tickets.map((id) => ({ id, from: c.fromName }))).sort((a, b) => a.id - b.id);
    const moved: rt.MovedTicketView[] = [];
    for (const { id, from } of ids) {
      const t = await ticketById(ctx.store.db, id);
      if (t) moved.push({ ...viewOf(t), from });
    }
    if (moved.length === 0) continue;
    const first = moves[0]!;
    notices.push({
      to: first.toName,
      tickets: moved.map((t) => t.id),
      text: rt.reassignedToYou(moved),
      via: await personDestination(ctx, await projectedPerson(ctx, plan, first.to)),
    });
  }
  return notices;
}

/** The new assignee as they will be stored once the plan is applied, as far as addressing goes. */
async function projectedPerson(ctx: NoticeCtx, plan: Plan, ref: StaffRef): Promise<{ id: number | null; wecomUserId: string | null }> {
  if ('id' in ref) {
    const update = plan.changes.find((c) => c.kind === 'update-staff' && c.personId === ref.id);
    const wecom = update?.kind === 'update-staff' ? update.set.wecomUserId : undefined;
    return { id: ref.id, wecomUserId: wecom !== undefined ? wecom : ((await personById(ctx.store.db, ref.id))?.wecomUserId ?? null) };
  }
  const added = plan.changes.find((c) => c.kind === 'add-staff' && c.community === ref.community && c.staff.name === ref.name);
  return { id: null, wecomUserId: added?.kind === 'add-staff' ? (added.staff.wecomUserId ?? null) : null };
}

/**
 * Queues the messages after the plan was applied, in its transaction: the
 * tickets now point at their new assignee, so that is who is told. The
 * outbox rows commit with the move or not at all.
 */
export async function sendNotices(ctx: NoticeCtx, notices: ReassignNotice[]): Promise<ReassignNotice[]> {
  const sent: ReassignNotice[] = [];
  for (const n of notices) {
    const assignee = (await ticketById(ctx.store.db, n.tickets[0]!))?.assigneeId;
    const person = assignee != null ? await personById(ctx.store.db, assignee) : undefined;
    sent.push({ ...n, via: person ? await notifyPerson(ctx, person, n.text, { ref: NOTICE_REF }) : null });
  }
  return sent;
}
