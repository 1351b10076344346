/** Shared by the 立单 / 忽略 verbs: load a pending item the actor may decide on. */
import type { ServiceCtx } from '../context';
import { DomainError } from '../../core/errors';
import { canActOn } from '../../core/permissions';
import { gridIdsOfStaff } from '../../store/repos/people';
import { decideTriageIf, triageById, type TriageRow } from '../../store/repos/intake';

export async function loadPendingTriage(ctx: ServiceCtx, id: number): Promise<TriageRow> {
  const item = await triageById(ctx.store.db, id);
  if (!item) throw new DomainError('triage_not_found', { triage: id });
  const actor = { id: ctx.actor.id, role: ctx.actor.role, gridIds: await gridIdsOfStaff(ctx.store.db, ctx.actor.id) };
  if (!canActOn(actor, item)) throw new DomainError('not_allowed', { triage: id });
  if (item.status !== 'pending') throw new DomainError('triage_decided', { triage: id, state: item.status });
  return item;
}

/** The conditional update that settles two workers deciding at once: the loser is told the winner's verdict. */
export async function decideTriage(
  ctx: ServiceCtx,
  item: TriageRow,
  status: 'ticketed' | 'ignored',
  ticketId: number | null = null,
): Promise<void> {
  const won = await decideTriageIf(ctx.store.db, item.id, { status, decidedBy: ctx.actor.id, decidedAt: ctx.now(), ticketId });
  if (!won) throw new DomainError('triage_decided', { triage: item.id, state: (await triageById(ctx.store.db, item.id))?.status ?? 'pending' });
}
