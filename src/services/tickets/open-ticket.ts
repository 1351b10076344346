import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { buildingByName } from '../../store/repos/area';
import type { Db } from '../../store/db';
import { addFollower, addTicketEvent, insertTicket, recentActiveTickets, recentEmergencies, type DuplicateCandidateRow, type TicketRow } from '../../store/repos/tickets';
import { findDuplicate, DUPLICATE_WINDOW_MS, EMERGENCY_DUPLICATE_WINDOW_MS } from '../../core/duplicates';
import { CONSULT, responsibleRole } from '../../core/categories';
import { EMERGENCY_CONTACTS, type EmergencyKind } from '../../core/parse';
import { maskPersonalNumbers } from '../../core/mask';
import { unitBeyondRoster } from '../../core/unit-check';
import { routeTicket, routingCandidates } from './candidates';
import { notifyPerson, personDestination, postToWorkersGroups } from '../notify';
import { reportUnreachableAssignee } from '../staff-reach';
import { viewOf } from './view';
import * as t from '../../templates/tickets';
import { assignmentCard } from '../../templates/ticket-page';
import { reportAckAsking, type Missing } from '../../templates/intake';
import type { GroupRow } from '../../store/repos/groups';
import type { PersonRow } from '../../store/repos/people';
import { enqueueOutbound } from '../../store/repos/outbox';
import { planTicketDeadlines } from '../sla/plan';

export const openTicketInput = z.object({
  text: z.string().min(1).max(4000),
  summary: z.string().min(1).max(80),
  category: z.string().min(1),
  urgency: z.enum(['emergency', 'urgent', 'normal']),
  emergencyKind: z.string().nullable(),
  building: z.string().nullable(),
  unit: z.string().nullable(),
  room: z.string().nullable(),
  communityId: z.number().int().nullable(),
});
export type OpenTicketInput = z.infer<typeof openTicketInput>;

export interface ReplyTarget {
  /** The group the report came from (null for a direct chat). */
  group: GroupRow | null;
  /** Channel + external id of the reporter, for the reply's @-mention or direct message. */
  channel: string;
  reporterExternalId: string;
}

export type OpenTicketResult =
  | { kind: 'opened'; ticket: TicketRow; assignee: PersonRow | null }
  /** The open ticket it repeats, as the duplicate check selected it (only the id is promised). */
  | { kind: 'followed'; ticket: Pick<DuplicateCandidateRow, 'id'> };

const PRIORITY = { emergency: 100, urgent: 10, normal: 0 } as const;

/** The open ticket a new report in this building repeats (same category, similar words, recent), if any. */
export async function openDuplicate(
  db: Db,
  buildingId: number,
  data: { category: string; text: string; unit: string | null; room: string | null },
  now: Date,
): Promise<DuplicateCandidateRow | null> {
  const open = await recentActiveTickets(db, buildingId, data.category, new Date(now.getTime() - DUPLICATE_WINDOW_MS));
  return findDuplicate({ buildingId, category: data.category, text: data.text, unit: data.unit, room: data.room, at: now }, open);
}

/**
 * A resident's report becomes a ticket — or, when it repeats an open one, a
 * follow of that ticket. One transaction: the ticket, its events, the ack to
 * the resident, the assignment to the worker and any emergency alerts.
 */
export interface OpenTicketArgs {
  ctx: ServiceCtx;
  input: OpenTicketInput;
  reply: ReplyTarget;
  /** `ask`: the ack ends with the one question for what is missing ("请问是几单元几室？"). */
  askFor?: readonly Missing[];
}

export async function openTicket(args: OpenTicketArgs): Promise<OpenTicketResult> {
  return args.ctx.store.transaction(() => openTicketBody(args));
}

/**
 * openTicket for a caller that already holds the transaction and lets any
 * throw roll all of it back (the resident-intake path): the same work without
 * a savepoint of its own, which on every new ticket was measurable cost. With
 * no transaction open it opens one, as openTicket does.
 */
export async function openTicketInCallersTx(args: OpenTicketArgs): Promise<OpenTicketResult> {
  if (!args.ctx.store.inTransaction()) return args.ctx.store.transaction(() => openTicketBody(args));
  return openTicketBody(args);
}

async function openTicketBody({ ctx, input, reply, askFor }: OpenTicketArgs): Promise<OpenTicketResult> {
  const data = openTicketInput.parse(input);
  const { db } = ctx.store;
  const now = ctx.now();
  const building =
    data.building && data.communityId != null ? await buildingByName(db, data.communityId, data.building) : undefined;
  const sendReply = (text: string, priority = 0, ref?: string) =>
    enqueueOutbound(
      db,
      {
        channel: reply.channel,
        groupExternalId: reply.group?.externalId ?? null,
        toExternalId: reply.group ? null : reply.reporterExternalId,
        text,
        mentions: reply.group ? [reply.reporterExternalId] : [],
        priority,
        ref,
      },
      now,
    );

  // Ten neighbours shouting "着火了" are one fire: each is told the number to
  // call at once, but staff are alerted once, on the first ticket.
  const kind = data.emergencyKind as EmergencyKind | null;
  if (building && data.urgency === 'emergency' && kind && EMERGENCY_CONTACTS[kind]) {
    const since = new Date(now.getTime() - EMERGENCY_DUPLICATE_WINDOW_MS);
    const same = (await recentEmergencies(db, building.id, since)).find((e) => e.emergencyKind === kind);
    if (same) {
      if (same.reporterId !== ctx.actor.id && (await addFollower(db, same.id, ctx.actor.id, reply.group?.id ?? null, now))) {
        await addTicketEvent(db, { ticketId: same.id, actorId: ctx.actor.id, type: 'followed', note: data.text, at: now });
      }
      const call = EMERGENCY_CONTACTS[kind];
      await sendReply(t.emergencyFollowAck(same.id, kind, call.number, call.who), PRIORITY.emergency, `ticket:${same.id}`);
      return { kind: 'followed' as const, ticket: same };
    }
  }
  if (building && data.urgency !== 'emergency') {
    const dup = await openDuplicate(db, building.id, data, now);
    if (dup) {
      const newFollower = dup.reporterId !== ctx.actor.id && (await addFollower(db, dup.id, ctx.actor.id, reply.group?.id ?? null, now));
      if (newFollower) {
        // The history is for staff (查 N): keep the follower's own words, phone number included.
        await addTicketEvent(db, { ticketId: dup.id, actorId: ctx.actor.id, type: 'followed', note: data.text, at: now });
      }
      // "已把您加入关注" to the reporter of that very ticket (saying it again) would be nonsense.
      await sendReply(newFollower ? t.duplicateAck(dup.id) : t.repeatAck(dup.id), 0, `ticket:${dup.id}`);
      return { kind: 'followed' as const, ticket: dup };
    }
  }

  const gridId = building?.gridId ?? null;
  const communityId = building?.communityId ?? data.communityId;
  const cands = routingCandidates(db, gridId, communityId);
  const routed = await routeTicket(cands, responsibleRole(data.category));
  const ticket = await insertTicket(db, {
    communityId,
    gridId,
    buildingId: building?.id ?? null,
    building: data.building,
    unit: data.unit,
    room: data.room,
    category: data.category,
    urgency: data.urgency,
    emergencyKind: data.emergencyKind,
    status: 'open',
    summary: data.summary,
    text: data.text,
    reporterId: ctx.actor.id,
    originGroupId: reply.group?.id ?? null,
    assigneeId: routed.assignee?.id ?? null,
    escalationLevel: routed.level,
    createdAt: now,
    updatedAt: now,
  });
  await addTicketEvent(db, { ticketId: ticket.id, actorId: ctx.actor.id, type: 'opened', toStatus: 'open', at: now });
  await addTicketEvent(db, {
    ticketId: ticket.id,
    actorId: null,
    type: 'assigned',
    note: t.assignedNote(routed.assignee?.name ?? null, routed.reason),
    at: now,
  });
  await planTicketDeadlines(ctx, ticket.id, ticket);

  const view = viewOf(ticket);
  const handler = t.handlerName(routed.assignee?.name ?? null, routed.assignee?.role ?? null);
  const ref = `ticket:${ticket.id}`;
  const priority = PRIORITY[data.urgency];
  const urgencyLabel = t.URGENCY_LABEL[data.urgency];
  if (data.urgency === 'emergency' && kind && EMERGENCY_CONTACTS[kind]) {
    const call = EMERGENCY_CONTACTS[kind];
    const alerted = uniquePeople([(await cands.workers())[0], (await cands.leaders())[0], routed.assignee]);
    // Name whoever was actually alerted: a safety ticket is routed to the leader, so "handler and the leader" repeated them.
    const alertedNames = alerted.map((p) => t.handlerName(p.name, p.role)).join('、') || handler;
    await sendReply(t.emergencyAck(view, kind, call.number, call.who, alertedNames), priority, ref);
    // Staff see the original text: they may need the phone number in it.
    const alert = t.emergencyAlert(view, data.text, call.number);
    for (const p of alerted) await notifyPerson(ctx, p, alert, { priority, ref });
    if (routed.assignee && !(await personDestination(ctx, routed.assignee))) await reportUnreachableAssignee(ctx, routed.assignee, ticket, view);
    await postToWorkersGroups(ctx, communityId, t.emergencyAlert(view, maskPersonalNumbers(data.text), call.number), alerted.map((p) => p.id), { priority, ref });
  } else {
    // A question the FAQ could not answer is not a "反映": tell them it will be answered.
    const ack =
      data.category === CONSULT.code
        ? t.consultAck(ticket.id, handler)
        : askFor?.length
          ? reportAckAsking(view, handler, askFor)
          : t.reportAck(view, handler, !reply.group);
    await sendReply(ack, priority, ref);
    const reporter = ctx.actor.name;
    if (routed.assignee) {
      const link = ctx.ticketLink?.(ticket.id) ?? null;
      const unverified =
        building && data.building && unitBeyondRoster(data.unit, building.units) ? t.unverifiedLocation(data.building, building.units!) : null;
      const card = link
        ? assignmentCard(
            ticket.id,
            `${urgencyLabel}${view.categoryLabel}`,
            `${view.where}｜${view.summary}\n${t.reporterLine(reporter)}${unverified ? `\n${unverified}` : ''}`,
            link,
          )
        : null;
      const reached = await notifyPerson(ctx, routed.assignee, t.assignmentDm(view, data.text, reporter, urgencyLabel, link, unverified), { priority, ref, card });
      if (!reached) await reportUnreachableAssignee(ctx, routed.assignee, ticket, view);
    }
    await postToWorkersGroups(ctx, communityId, t.workersGroupNotice(view, handler, urgencyLabel), routed.assignee ? [routed.assignee.id] : [], { priority, ref });
  }
  return { kind: 'opened' as const, ticket, assignee: routed.assignee };
}

function uniquePeople(list: (PersonRow | null | undefined)[]): PersonRow[] {
  const seen = new Set<number>();
  return list.filter((p): p is PersonRow => !!p && !seen.has(p.id) && !!seen.add(p.id));
}
