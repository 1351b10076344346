/**
 * Labels from the workers' verdicts (立单, 忽略, 退回 非诉求, 改类): written in
 * the verdict's own transaction, with the resident's text masked, and
 * exported as JSONL for review (npm run labels -- export). They are not live
 * edits to the model: a person reviews the file before `npm run train -- --with`.
 */
import type { Db } from '../../store/db';
import { maskPersonalNumbers } from '../../core/mask';
import { CONSULT } from '../../core/categories';
import type { LabelLine } from '../../core/intake/labels';
import type { LabelKind } from '../../store/schema';
import { buildingById } from '../../store/repos/area';
import { groupById } from '../../store/repos/groups';
import { insertLabel, labelsSince, type LabelRow } from '../../store/repos/intake';
import type { TicketRow } from '../../store/repos/tickets';

export interface LabelInput {
  label: LabelKind;
  ticketId?: number | null;
  triageId?: number | null;
  actorId: number | null;
  /** The group the message was said in (its building is the corpus' groupBuilding). */
  groupId: number | null;
  /** The building the message was about, when no group tells it. */
  building: string | null;
  text: string;
  intent: 'report' | 'question' | 'chatter';
  category: string | null;
  emergency: boolean;
  unit: string | null;
  room: string | null;
  at: Date;
}

/** The building of the group a message was said in, as the corpus' groupBuilding. */
async function groupBuilding(db: Db, groupId: number | null, fallback: string | null): Promise<string | null> {
  const group = groupId === null ? undefined : await groupById(db, groupId);
  const building = group?.buildingId ? await buildingById(db, group.buildingId) : undefined;
  return building?.name ?? fallback;
}

export async function recordLabel(db: Db, l: LabelInput): Promise<LabelRow> {
  return insertLabel(db, {
    label: l.label,
    ticketId: l.ticketId ?? null,
    triageId: l.triageId ?? null,
    actorId: l.actorId,
    groupBuilding: await groupBuilding(db, l.groupId, l.building),
    text: maskPersonalNumbers(l.text),
    intent: l.intent,
    category: l.intent === 'report' ? l.category : null,
    emergency: l.intent === 'report' && l.emergency,
    building: l.building,
    unit: l.unit,
    room: l.room,
    createdAt: l.at,
  });
}

/** A label of a ticket as it stands (after 改类: with its new category). */
export async function labelTicket(
  db: Db,
  ticket: TicketRow,
  label: LabelKind,
  actorId: number,
  at: Date,
  intent?: 'chatter',
): Promise<LabelRow> {
  const asked = ticket.category === CONSULT.code;
  return recordLabel(db, {
    label,
    ticketId: ticket.id,
    actorId,
    groupId: ticket.originGroupId,
    building: ticket.building,
    text: ticket.text,
    intent: intent ?? (asked ? 'question' : 'report'),
    category: asked ? null : ticket.category,
    emergency: ticket.urgency === 'emergency',
    unit: ticket.unit,
    room: ticket.room,
    at,
  });
}

/** The corpus line of one label (ignored / 非诉求 → intent "chatter", no category). */
export function labelLine(row: LabelRow): LabelLine {
  return {
    id: row.id,
    groupBuilding: row.groupBuilding,
    text: row.text,
    intent: row.intent as LabelLine['intent'],
    category: row.category ? [row.category] : [],
    emergency: row.emergency,
    building: row.building,
    unit: row.unit,
    room: row.room,
    source: 'worker',
    label: row.label,
  };
}

/** Every label since `since` (all when null), oldest first, as JSONL lines. */
export async function exportLabels(db: Db, since: Date | null): Promise<string[]> {
  return (await labelsSince(db, since)).map((r) => JSON.stringify(labelLine(r)));
}
