import { DomainError } from './errors';

export const TICKET_STATES = ['open', 'claimed', 'escalated', 'resolved', 'rejected', 'reopened'] as const;
export type TicketState = (typeof TICKET_STATES)[number];

export const TICKET_ACTIONS = ['claim', 'note', 'resolve', 'transfer', 'escalate', 'reject', 'reopen'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

const ACTIVE: TicketState[] = ['open', 'claimed', 'escalated', 'reopened'];

/**
 * Every allowed move, in one table: action → from-states → to-state.
 * `note` keeps the state. A transfer hands the ticket to someone else, who
 * then claims it, so it goes back to `open`.
 */
export const TRANSITIONS: Record<TicketAction, { from: readonly TicketState[]; to: TicketState | 'same' }> = {
  claim: { from: ['open', 'escalated', 'reopened'], to: 'claimed' },
  note: { from: ACTIVE, to: 'same' },
  resolve: { from: ACTIVE, to: 'resolved' },
  transfer: { from: ACTIVE, to: 'open' },
  escalate: { from: ACTIVE, to: 'escalated' },
  reject: { from: ACTIVE, to: 'rejected' },
  reopen: { from: ['resolved'], to: 'reopened' },
};

export function isActive(state: TicketState): boolean {
  return ACTIVE.includes(state);
}

/** The state after `action`, or a DomainError saying why it is not allowed. */
export function transition(state: TicketState, action: TicketAction): TicketState {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(state)) throw new DomainError('invalid_transition', { state, action });
  return rule.to === 'same' ? state : rule.to;
}

export const REOPEN_WINDOW_MS = 7 * 24 * 60 * 60_000;

/** A reporter may reopen a resolved ticket within 7 days of its resolution. */
export function canReopen(resolvedAt: Date | null, now: Date): boolean {
  return resolvedAt !== null && now.getTime() - resolvedAt.getTime() <= REOPEN_WINDOW_MS;
}
