/** How a triage item reads in 待办 and in the digest: 待确认 M7 3号楼｜郑海涛：… */
import type { Db } from '../../store/db';
import type { ServiceCtx } from '../context';
import { triageRef } from '../../core/intake/policy';
import { gridIdsOfStaff, personById } from '../../store/repos/people';
import { pendingTriage, type TriageRow } from '../../store/repos/intake';
import { where } from '../../templates/tickets';
import { RESIDENT_NAME } from '../../templates/tickets';
import * as it from '../../templates/intake';

const TIME_FORMAT = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
const MAX_CHARS = 60;

const clip = (s: string) => {
  const chars = Array.from(s.replace(/\s+/g, ' '));
  return chars.length <= MAX_CHARS ? chars.join('') : chars.slice(0, MAX_CHARS - 1).join('') + '…';
};

/** Staff see the resident's words as sent (like a ticket's text): they may need the phone number in it. */
export async function triageLineOf(db: Db, item: TriageRow): Promise<string> {
  return it.triageLine({
    ref: triageRef(item.id),
    where: where(item.building, item.unit, item.room),
    reporter: (await personById(db, item.reporterId))?.name ?? RESIDENT_NAME,
    text: clip(item.text),
    at: TIME_FORMAT.format(item.createdAt),
  });
}

/** The 待确认 part of 待办: items in the actor's grids or sent to them (leaders and office: all). */
export async function pendingTriageText(ctx: ServiceCtx): Promise<string> {
  const { db } = ctx.store;
  const everything = ctx.actor.role === 'office' || ctx.actor.role === 'grid_leader';
  const rows = await pendingTriage(db, everything ? null : await gridIdsOfStaff(db, ctx.actor.id), ctx.actor.id);
  const lines: string[] = [];
  for (const r of rows) lines.push(await triageLineOf(db, r));
  return it.triageList(lines);
}
