import type { BotContext } from '../bot/context';
import type { ServiceCtx } from '../services/context';
import type { PersonRow } from '../store/repos/people';
import { DomainError } from '../core/errors';
import * as t from '../templates/tickets';
import * as it from '../templates/intake';
import { triageRef } from '../core/intake/policy';

export function serviceCtx(ctx: BotContext, actor: PersonRow): ServiceCtx {
  return {
    store: ctx.deps.store,
    now: ctx.deps.now,
    actor,
    channels: new Set(ctx.deps.channels.keys()),
    ticketLink: ctx.deps.ticketLink,
  };
}

/** Domain errors become one short Chinese sentence here, at the edge. Anything else propagates. */
export function explain(err: unknown): string {
  if (!(err instanceof DomainError)) throw err;
  const d = err.details;
  const id = Number(d.ticket ?? 0);
  switch (err.code) {
    case 'ticket_not_found':
      return t.ticketNotFound(id);
    case 'not_allowed':
      if (d.triage != null) return it.triageNotAllowed(triageRef(Number(d.triage)));
      if (d.view === 'resident') return t.residentCannotView(id);
      if (d.view === 'staff') return t.staffCannotView(id);
      return t.notAllowed(id);
    case 'already_claimed':
      return d.mine ? t.alreadyYours(id) : t.alreadyClaimed(id, String(d.by ?? t.SOMEONE_ELSE));
    case 'invalid_transition':
      if (d.action === 'escalate_top') return t.escalationTop(id);
      return t.invalidTransition(id, d.state as never, t.ACTION_LABEL[String(d.action)] ?? String(d.action));
    case 'already_assigned':
      return d.mine ? t.alreadyAssignedToYou(id) : t.alreadyAssignedTo(id, String(d.to ?? t.SOMEONE_ELSE));
    case 'reopen_window_passed':
      return t.reopenTooLate(id);
    case 'not_reporter':
      return t.notYourTicket(id);
    case 'person_not_found':
      return t.personNotFound(String(d.name ?? ''));
    case 'bad_input':
      return String(d.reason ?? t.badInputFallback());
    case 'triage_not_found':
      return it.triageNotFound(triageRef(Number(d.triage)));
    case 'triage_decided':
      return it.triageAlreadyDecided(triageRef(Number(d.triage)), it.TRIAGE_STATE_LABEL[String(d.state)] ?? String(d.state));
  }
}
